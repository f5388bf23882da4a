package com.kt.eventmarketing.analytics;

import com.kt.eventmarketing.common.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.classesOf("analytics");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava("analytics").check(classes);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherServicesPackages("analytics").check(classes);
    }

    @Test
    void usesNoTestSupportInProduction() {
        ArchitectureRules.noTestSupportInProduction("analytics").check(classes);
    }
}
