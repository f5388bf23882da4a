package com.kt.eventmarketing.event;

import com.kt.eventmarketing.common.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.classesOf("event");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava("event").check(classes);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherServicesPackages("event").check(classes);
    }

    @Test
    void usesNoTestSupportInProduction() {
        ArchitectureRules.noTestSupportInProduction("event").check(classes);
    }
}
