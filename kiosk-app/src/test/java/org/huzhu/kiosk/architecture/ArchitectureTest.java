package org.huzhu.kiosk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk's production classes obey the layering rules. */
class ArchitectureTest {

    private static final String ROOT = "org.huzhu.kiosk";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noJavaFxOutsideUi() {
        KioskArchitectureRules.noJavaFxOutsideUi().check(production);
    }

    @Test
    void uiDoesNotReachIntoStorage() {
        KioskArchitectureRules.uiDoesNotReachIntoStorage().check(production);
    }

    @Test
    void uiDoesNotReachIntoDevices() {
        KioskArchitectureRules.uiDoesNotReachIntoDevices().check(production);
    }

    @Test
    void noPackageCycles() {
        KioskArchitectureRules.noPackageCycles(ROOT).check(production);
    }

    @Test
    void runLaterOnlyInFxThread() {
        KioskArchitectureRules.runLaterOnlyInFxThread().check(production);
    }

    @Test
    void loggingThroughSlf4jOnly() {
        KioskArchitectureRules.loggingRules(ROOT).forEach(rule -> rule.check(production));
    }

    @Test
    void serverOnlyInDemoWiring() {
        KioskArchitectureRules.serverOnlyInDemoWiring(ROOT).check(production);
    }

    @Test
    void noGenericExceptions() {
        ArchRule rule = KioskArchitectureRules.noGenericExceptions();
        rule.check(production);
    }
}
