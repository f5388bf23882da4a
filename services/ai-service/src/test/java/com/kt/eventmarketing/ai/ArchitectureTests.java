package com.kt.eventmarketing.ai;

import com.kt.eventmarketing.common.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.classesOf("ai");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava("ai").check(classes);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherServicesPackages("ai").check(classes);
    }

    @Test
    void usesNoTestSupportInProduction() {
        ArchitectureRules.noTestSupportInProduction("ai").check(classes);
    }
}
