package org.huzhu.devices.card.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The device-drivers layering (ADR 0002, 0004), checked on the main classes. */
class DriverArchitectureTest {

    private static final String ROOT = "org.huzhu.devices.card";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Card protocols see only the one-method channel: no javax.smartcardio outside the PC/SC backend. */
    static ArchRule smartcardioOnlyInThePcscBackend() {
        return noClasses().that().resideOutsideOfPackage(ROOT + ".pcsc..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.smartcardio..", "jnasmartcardio..")
                .because("card protocols only see ApduChannel (ADR 0004)");
    }

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("device-drivers never imports JavaFX (ADR 0004)").check(MAIN);
    }

    @Test
    void cardProtocolsNeverSeeJavaxSmartcardio() {
        smartcardioOnlyInThePcscBackend().check(MAIN);
    }

    @Test
    void theRuleAboveCanFail() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".archfixture");

        assertThat(smartcardioOnlyInThePcscBackend().evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void cardProtocolsDoNotKnowReadersOrSimulators() {
        noClasses().that().resideInAnyPackage(ROOT + ".apdu..", ROOT + ".tlv..", ROOT + ".profile..",
                        ROOT + ".piv..", ROOT + ".identity..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".reader..", ROOT + ".pcsc..",
                        ROOT + ".sim..", ROOT + ".event..", ROOT + ".diag..")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void slf4jOnlyAndNoStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
    }

    @Test
    void ownExceptionTypesOnly() {
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
    }
}
