package org.huzhu.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The layering rules of ADR 0002 and 0003, written once and parameterised by root package so that
 * {@code ArchitectureRulesCanFailTest} can prove each one fails on a deliberately broken fixture.
 */
final class KioskArchitectureRules {

    private KioskArchitectureRules() {
    }

    /** JavaFX belongs to the UI: domain, storage, config and devices stay testable without a toolkit. */
    static ArchRule noJavaFxOutsideUi() {
        return noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("only UI packages may use JavaFX (ADR 0002)");
    }

    /** Screens get card events through the sign-in service, never from the drivers themselves. */
    static ArchRule uiDoesNotReachIntoDevices() {
        return noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.huzhu.devices..")
                .because("feature UI code talks to services, not to device drivers (ADR 0002)");
    }

    /** Screens reach data through services, so storage can change without touching a screen. */
    static ArchRule uiDoesNotReachIntoStorage() {
        return noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..storage..")
                .because("feature UI code talks to services, not to storage (ADR 0002)");
    }

    /** No two packages depend on each other, directly or round about (every package is its own slice). */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** The one way back to the FX thread is {@code FxThread} (ADR 0003). */
    static ArchRule runLaterOnlyInFxThread() {
        return noClasses().that().doNotHaveSimpleName("FxThread")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .because("results return to the FX thread through FxThread only (ADR 0003)");
    }

    /** Logging goes through SLF4J; standard streams only in the entry point and the command-line package. */
    static List<ArchRule> loggingRules(String root) {
        return List.of(
                GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING,
                noClasses().that().resideOutsideOfPackages(root, root + ".cli..")
                        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                        .because("only the command-line entry points print; everything else logs"));
    }

    /**
     * The reference server is on the kiosk's classpath only for the demo (ADR 0008): nothing but the demo wiring in
     * {@code <root>.app} ({@code Demo…} classes) may use it, so the kiosk never comes to depend on server internals.
     */
    static ArchRule serverOnlyInDemoWiring(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".app")
                .or().haveSimpleNameNotStartingWith("Demo")
                .should().dependOnClassesThat().resideInAPackage("org.huzhu.server..")
                .because("only the demo's embedded server may use the server module (ADR 0008)");
    }

    /** Our own exception types, never a bare Exception or RuntimeException thrown. */
    static ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }
}
