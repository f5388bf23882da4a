package com.kt.eventmarketing.participation;

import com.kt.eventmarketing.common.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.classesOf("participation");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava("participation").check(classes);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherServicesPackages("participation").check(classes);
    }

    @Test
    void usesNoTestSupportInProduction() {
        ArchitectureRules.noTestSupportInProduction("participation").check(classes);
    }
}
