package org.huzhu.kiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule, run on {@code org.huzhu.archfixture} (test classes that break it on purpose), reports the violation.
 * Without this a rule with a typo in its package pattern would pass for ever.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "org.huzhu.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void javaFxInDomainIsReported() {
        assertThat(violations(KioskArchitectureRules.noJavaFxOutsideUi())).contains("DomainUsingJavaFx");
    }

    @Test
    void uiUsingStorageIsReported() {
        assertThat(violations(KioskArchitectureRules.uiDoesNotReachIntoStorage())).contains("ScreenReadingStorage");
    }

    @Test
    void packageCycleIsReported() {
        assertThat(violations(KioskArchitectureRules.noPackageCycles(FIXTURE)))
                .contains("Cycle detected", "cycle.a", "cycle.b");
    }

    @Test
    void runLaterOutsideFxThreadIsReported() {
        assertThat(violations(KioskArchitectureRules.runLaterOnlyInFxThread())).contains("ScreenReadingStorage");
    }

    @Test
    void printingOutsideEntryPointIsReported() {
        assertThat(violations(KioskArchitectureRules.loggingRules(FIXTURE).get(1))).contains("DomainUsingJavaFx");
    }

    @Test
    void serverOutsideDemoWiringIsReported() {
        assertThat(violations(KioskArchitectureRules.serverOnlyInDemoWiring(FIXTURE)))
                .contains("DomainUsingServer", "NotDemoUsingServer").doesNotContain("app.DemoUsingServer");
    }

    @Test
    void genericExceptionIsReported() {
        assertThat(violations(KioskArchitectureRules.noGenericExceptions())).contains("StorageThrowingGeneric");
    }

    private String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
