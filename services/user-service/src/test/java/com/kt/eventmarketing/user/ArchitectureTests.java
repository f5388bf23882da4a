package com.kt.eventmarketing.user;

import com.kt.eventmarketing.common.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.classesOf("user");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava("user").check(classes);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherServicesPackages("user").check(classes);
    }

    @Test
    void usesNoTestSupportInProduction() {
        ArchitectureRules.noTestSupportInProduction("user").check(classes);
    }
}
