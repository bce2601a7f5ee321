package org.huzhu.kiosk.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.Desk;
import org.huzhu.kiosk.face.StationCamera;

/**
 * What the counter window is started with: the station's services, as a kiosk has them (readers, community, sync),
 * the counter's own (enrolment, family links, residents' files), and its questions to the server (empty while the
 * counter is not enrolled: the screens that need the server say so).
 *
 * @param exports where the counter saves reports (CSV, PDF): {@code exports} in the station's data folder, so they lie
 *                on the same volume as the journal, the encrypted one (ADR 0014); created at the first export
 * @param camera  the counter's camera and face engine, for enrolling faces (either may be absent)
 */
public record CounterContext(KioskContext station, Desk desk, Optional<CounterClient> server, Path exports,
        StationCamera camera) {

    public CounterContext {
        Objects.requireNonNull(station);
        Objects.requireNonNull(desk);
        Objects.requireNonNull(server);
        Objects.requireNonNull(exports);
        Objects.requireNonNull(camera);
    }
}
