package com.memberpulse.support;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature packages stay apart: no cycles, and none reaches into another's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SupportApplication.class);

    @Test
    void featurePackagesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
