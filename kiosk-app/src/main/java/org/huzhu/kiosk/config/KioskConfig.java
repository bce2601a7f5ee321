package org.huzhu.kiosk.config;

import java.time.Duration;
import java.util.Objects;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * The kiosk's settings, validated. Read from {@code kiosk.properties} in the data folder by {@link KioskConfigFile}.
 *
 * @param centreName       shown on every screen, as written (any language)
 * @param language         the language a new session starts in
 * @param kioskMode        full screen, no decorations, no way out by keyboard
 * @param idlePromptAfter  no input for this long → "Do you need more time?"
 * @param idleCountdown    how long that prompt waits before signing out (WCAG 2.2.1: at least 20 s)
 * @param signatureSuite   how this deployment signs transactions; fixed for the life of a kiosk's journal
 * @param keyPassphrase    the key store's passphrase, or empty to take it from the environment (preferred)
 * @param readerHint       use only card readers whose name contains this (ignoring case); empty: every reader
 * @param sync             where and how often to sync with the server
 * @param cancelCutoff     a booking can be cancelled at the kiosk until this long before it starts
 * @param mode             a residents' kiosk, a staff counter or a hospital desk (the last two never locked down)
 * @param cameraSource     the camera for face and code sign-in (kiosk) and face enrolment (counter): {@code native},
 *                         {@code native:NAME}, or a folder or image file played as a camera; empty: no camera, and
 *                         the station signs in by card only
 * @param serving          the centre's phone, opening hours and heartbeat (ADR 0022)
 * @param printer          the receipt printer, if the station has one
 */
public record KioskConfig(String centreName, Language language, boolean kioskMode, Duration idlePromptAfter,
        Duration idleCountdown, SignatureSuite signatureSuite, String keyPassphrase, String readerHint,
        SyncConfig sync, Duration cancelCutoff, StationMode mode, String cameraSource, ServingConfig serving,
        PrinterSetting printer) {

    public static final Duration DEFAULT_CANCEL_CUTOFF = Duration.ofHours(2);
    public static final KioskConfig DEFAULTS = new KioskConfig("互助社区服务中心", Language.ZH_CN, false,
            Duration.ofSeconds(60), Duration.ofSeconds(20), SignatureSuites.ED25519_SHA256, "", "",
            SyncConfig.DEFAULTS, DEFAULT_CANCEL_CUTOFF, StationMode.KIOSK, "", ServingConfig.DEFAULTS,
            PrinterSetting.NONE);

    public KioskConfig {
        Objects.requireNonNull(centreName);
        Objects.requireNonNull(language);
        Objects.requireNonNull(idlePromptAfter);
        Objects.requireNonNull(idleCountdown);
        Objects.requireNonNull(signatureSuite);
        Objects.requireNonNull(keyPassphrase);
        Objects.requireNonNull(readerHint);
        Objects.requireNonNull(sync);
        Objects.requireNonNull(cancelCutoff);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(printer);
        cameraSource = cameraSource.strip();
        Objects.requireNonNull(serving);
        if (kioskMode && mode.staffStation()) {
            throw new IllegalArgumentException("a " + mode.tag() + " is a normal window: it is never locked down as a "
                    + "kiosk");
        }
    }

    /** A station with the default phone, hours and heartbeat, and no receipt printer. */
    public KioskConfig(String centreName, Language language, boolean kioskMode, Duration idlePromptAfter,
            Duration idleCountdown, SignatureSuite signatureSuite, String keyPassphrase, String readerHint,
            SyncConfig sync, Duration cancelCutoff, StationMode mode, String cameraSource) {
        this(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite, keyPassphrase, readerHint,
                sync, cancelCutoff, mode, cameraSource, ServingConfig.DEFAULTS, PrinterSetting.NONE);
    }

    /** A station without a camera. */
    public KioskConfig(String centreName, Language language, boolean kioskMode, Duration idlePromptAfter,
            Duration idleCountdown, SignatureSuite signatureSuite, String keyPassphrase, String readerHint,
            SyncConfig sync, Duration cancelCutoff, StationMode mode) {
        this(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite, keyPassphrase, readerHint,
                sync, cancelCutoff, mode, "");
    }

    /** A kiosk's settings (not a counter). */
    public KioskConfig(String centreName, Language language, boolean kioskMode, Duration idlePromptAfter,
            Duration idleCountdown, SignatureSuite signatureSuite, String keyPassphrase, String readerHint,
            SyncConfig sync, Duration cancelCutoff) {
        this(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite, keyPassphrase, readerHint,
                sync, cancelCutoff, StationMode.KIOSK);
    }

    /** The screen and key settings, with the defaults for sync and bookings. */
    public KioskConfig(String centreName, Language language, boolean kioskMode, Duration idlePromptAfter,
            Duration idleCountdown, SignatureSuite signatureSuite, String keyPassphrase, String readerHint) {
        this(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite, keyPassphrase, readerHint,
                SyncConfig.DEFAULTS, DEFAULT_CANCEL_CUTOFF);
    }

    public KioskConfig withKioskMode(boolean kiosk) {
        return new KioskConfig(centreName, language, kiosk, idlePromptAfter, idleCountdown, signatureSuite,
                keyPassphrase, readerHint, sync, cancelCutoff, mode, cameraSource, serving, printer);
    }

    public KioskConfig withMode(StationMode newMode) {
        return new KioskConfig(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite,
                keyPassphrase, readerHint, sync, cancelCutoff, newMode, cameraSource, serving, printer);
    }

    public KioskConfig withCamera(String source) {
        return new KioskConfig(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite,
                keyPassphrase, readerHint, sync, cancelCutoff, mode, source, serving, printer);
    }

    public KioskConfig withServing(ServingConfig newServing) {
        return new KioskConfig(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite,
                keyPassphrase, readerHint, sync, cancelCutoff, mode, cameraSource, newServing, printer);
    }

    public KioskConfig withPrinter(PrinterSetting setting) {
        return new KioskConfig(centreName, language, kioskMode, idlePromptAfter, idleCountdown, signatureSuite,
                keyPassphrase, readerHint, sync, cancelCutoff, mode, cameraSource, serving, setting);
    }

    /** Whether a camera is configured (the camera's own presence is known only once it is asked). */
    public boolean hasCamera() {
        return !cameraSource.isEmpty();
    }

    public boolean counter() {
        return mode == StationMode.COUNTER;
    }

    public boolean hospital() {
        return mode == StationMode.HOSPITAL;
    }

    @Override
    public String toString() {
        return "KioskConfig[" + mode.tag() + ", centre=" + centreName + ", language=" + language.tag()
                + ", kiosk=" + kioskMode
                + ", idle=" + idlePromptAfter.toSeconds() + "+" + idleCountdown.toSeconds() + "s, suite="
                + signatureSuite.id() + ", passphrase " + (keyPassphrase.isEmpty() ? "from environment" : "set")
                + ", reader " + (readerHint.isEmpty() ? "any" : "'" + readerHint + "'") + ", " + sync + ", cancel until "
                + cancelCutoff.toMinutes() + " min before, camera " + (hasCamera() ? "'" + cameraSource + "'" : "none")
                + ", " + serving + ", " + printer + "]";
    }
}
