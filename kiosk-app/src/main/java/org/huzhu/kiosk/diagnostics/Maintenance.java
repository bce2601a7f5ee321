package org.huzhu.kiosk.diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the kiosk's maintenance screen does that is not screen work: the diagnostics bundle onto a USB stick.
 * Blocking: call from a worker thread.
 */
public final class Maintenance {

    /** How saving the bundle went. */
    public sealed interface Saved {
        /** On the stick, as this file. */
        record OnStick(Path file) implements Saved {
        }

        /** No writable stick found. */
        record NoStick() implements Saved {
        }

        /** The stick took part of it and then refused (full, pulled, read-only). */
        record Failed(String reason) implements Saved {
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DiagnosticsBundle.Sources sources;
    private final RemovableMedia media;
    private final Supplier<List<String>> healthHistory;
    private final Clock clock;
    private final Supplier<String> kioskId;

    /** {@code kioskId} names the bundle; it may wait for the key store at start-up, so it is asked when saving. */
    public Maintenance(DiagnosticsBundle.Sources sources, RemovableMedia media, Supplier<List<String>> healthHistory,
            Clock clock, Supplier<String> kioskId) {
        this.sources = sources;
        this.media = media;
        this.healthHistory = healthHistory;
        this.clock = clock;
        this.kioskId = kioskId;
    }

    public Saved saveDiagnostics() {
        var stick = media.firstWritable();
        if (stick.isEmpty()) {
            return new Saved.NoStick();
        }
        Path target = stick.get().resolve("huzhu-diagnostics-" + kioskId.get() + "-" + STAMP.format(clock.instant())
                + ".zip");
        try {
            return new Saved.OnStick(DiagnosticsBundle.write(sources, target, healthHistory.get(), clock).file());
        } catch (IOException e) {
            return new Saved.Failed(String.valueOf(e.getMessage()));
        }
    }
}
