package org.huzhu.kiosk.ui.hospital.kit;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.hospital.HospitalOrders;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.protocol.aid.DeskStaff;

/**
 * What every hospital desk screen works with while a receptionist is signed in: their session (whose card signs), the
 * desk's orders, its questions to the server (empty while not enrolled), the background sync (empty then too), the
 * window's texts, the zone dates are shown in, and the way between screens. Holds what the server said of the
 * receptionist and their hospital, once it said it. Thread-safe.
 */
public final class HospitalSession {

    private final StaffSession staff;
    private final HospitalOrders orders;
    private final Optional<CounterClient> server;
    private final Optional<SyncService> sync;
    private final UiText text;
    private final ZoneId zone;
    private final HospitalNavigator navigator;
    private final AtomicReference<DeskStaff> desk = new AtomicReference<>();

    public HospitalSession(StaffSession staff, HospitalOrders orders, Optional<CounterClient> server,
            Optional<SyncService> sync, UiText text, ZoneId zone, HospitalNavigator navigator) {
        this.staff = Objects.requireNonNull(staff);
        this.orders = Objects.requireNonNull(orders);
        this.server = Objects.requireNonNull(server);
        this.sync = Objects.requireNonNull(sync);
        this.text = Objects.requireNonNull(text);
        this.zone = Objects.requireNonNull(zone);
        this.navigator = Objects.requireNonNull(navigator);
    }

    public StaffSession staff() {
        return staff;
    }

    public HospitalOrders orders() {
        return orders;
    }

    public Optional<CounterClient> server() {
        return server;
    }

    public Optional<SyncService> sync() {
        return sync;
    }

    public UiText text() {
        return text;
    }

    public ZoneId zone() {
        return zone;
    }

    public HospitalNavigator navigator() {
        return navigator;
    }

    /**
     * The receptionist and their hospital as the server knows them: asked once per session, then kept. Blocking
     * (network and card): worker threads only.
     *
     * @throws SyncException the server refused the card here (another role, another hospital) or did not answer
     */
    public DeskStaff deskStaff() throws SyncException {
        DeskStaff known = desk.get();
        if (known != null) {
            return known;
        }
        CounterClient client = server.orElseThrow(() -> new IllegalStateException("the desk is not enrolled"));
        DeskStaff answer = client.hospitalStaff(staff);
        desk.compareAndSet(null, answer);
        return desk.get();
    }

    /** The hospital's name once the server said it, for the slip; empty before. */
    public Optional<String> hospitalName() {
        return Optional.ofNullable(desk.get()).map(DeskStaff::hospitalName);
    }
}
