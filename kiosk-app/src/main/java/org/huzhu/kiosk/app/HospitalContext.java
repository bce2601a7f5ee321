package org.huzhu.kiosk.app;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.hospital.HospitalOrders;

/**
 * What the hospital desk's window is started with (issue 13): the station's services, as a kiosk has them (readers,
 * sync), the desk's orders, and its questions to the server (empty while the desk is not enrolled: it can then find
 * no patient, and says so).
 */
public record HospitalContext(KioskContext station, HospitalOrders orders, Optional<CounterClient> server) {

    public HospitalContext {
        Objects.requireNonNull(station);
        Objects.requireNonNull(orders);
        Objects.requireNonNull(server);
    }
}
