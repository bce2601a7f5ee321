package org.huzhu.kiosk.app;

import java.util.Objects;
import org.huzhu.kiosk.desk.Desk;

/**
 * What the counter window is started with: the station's services, as a kiosk has them (readers, community, sync),
 * and the counter's own (enrolment, family links, residents' files).
 */
public record CounterContext(KioskContext station, Desk desk) {

    public CounterContext {
        Objects.requireNonNull(station);
        Objects.requireNonNull(desk);
    }
}
