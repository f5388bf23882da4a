package com.kt.eventmarketing.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules every service obeys (ARCHITECTURE §7), for its ArchUnit test: domain code
 * is plain Java, and no service reaches into another's packages.
 */
public final class ArchitectureRules {

    private static final String ROOT = "com.kt.eventmarketing";
    private static final List<String> SERVICES =
            List.of("user", "event", "ai", "content", "distribution", "participation", "analytics", "web", "launcher");

    private ArchitectureRules() {}

    /** The production classes of the service rooted at {@code com.kt.eventmarketing.<service>}. */
    public static JavaClasses classesOf(String service) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT + "." + service);
    }

    /** Domain packages know nothing of Spring, persistence, messaging or the web. */
    public static ArchRule domainIsPlainJava(String service) {
        return noClasses()
                .that()
                .resideInAPackage(ROOT + "." + service + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "javax.sql..",
                        "org.apache.kafka..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "io.lettuce..",
                        "org.flywaydb..")
                .allowEmptyShould(true)
                .because("domain code holds the business rules and must not depend on frameworks (STYLE 4)");
    }

    /** A service uses only its own packages, {@code contracts} and {@code common}. */
    public static ArchRule noOtherServicesPackages(String service) {
        String[] others = SERVICES.stream()
                .filter(other -> !other.equals(service))
                .map(other -> ROOT + "." + other + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(ROOT + "." + service + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services talk through integration events and HTTP, never through each other's code");
    }

    /** Production code never uses test support or the embedded engines. */
    public static ArchRule noTestSupportInProduction(String service) {
        return noClasses()
                .that()
                .resideInAPackage(ROOT + "." + service + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".common.testing..", ROOT + ".common.embedded..")
                .because("the embedded engines and test fixtures are not part of a deployed service");
    }
}
