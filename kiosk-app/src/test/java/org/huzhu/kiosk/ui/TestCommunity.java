package org.huzhu.kiosk.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;

/**
 * Waits until a demo kiosk has what its embedded server sends a newcomer: the seeded transactions accepted and the
 * first snapshot applied (the catalogue with two times a day from tomorrow, today's volunteer tasks, 王秀英 with 240
 * minutes and 李建国 with 90, linked as family).
 */
public final class TestCommunity {

    /**
     * The demo journal's own first transactions: two enrolments, the family link, two credits, and today's seven
     * check-ins and check-outs for the counter to confirm.
     */
    public static final long DEMO_SEED_TRANSACTIONS = 12;
    /** The demo residents' ids (as {@code DemoDevices} names them). */
    public static final UUID WANG = demoResident(DemoCards.WANG_XIUYING.cardNumber());
    public static final UUID LI = demoResident(DemoCards.LI_JIANGUO.cardNumber());

    private TestCommunity() {
    }

    public static void awaitDemoSnapshot(KioskRuntime kiosk) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            SnapshotState state = kiosk.context().snapshotState().read();
            if (state.coversSequence() >= DEMO_SEED_TRANSACTIONS) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the demo kiosk had no snapshot covering its seed after 30 s: "
                + kiosk.context().snapshotState().read());
    }

    /**
     * {@link #awaitDemoSnapshot}, then stops the background sync, for tests that set delivery states or snapshot rows
     * by hand and must not have the server's answers land in between.
     */
    public static void awaitDemoSnapshotThenHoldSync(KioskRuntime kiosk) throws Exception {
        awaitDemoSnapshot(kiosk);
        kiosk.context().sync().ifPresent(SyncService::close);
    }

    /**
     * Waits for the server's verdict on the transaction {@code sequence} of {@code station}, nudging its sync, and
     * returns it: {@code accepted}, or {@code rejected} and the reason.
     */
    public static String awaitVerdict(KioskRuntime station, long sequence) throws Exception {
        station.context().sync().orElseThrow().nudge();
        Await.until("the server's verdict on " + sequence, () -> verdict(station, sequence).matches("accepted|rejected.*"));
        return verdict(station, sequence);
    }

    private static String verdict(KioskRuntime station, long sequence) throws Exception {
        return station.journal().database().inTransaction(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT state || COALESCE(' ' || reason, '') FROM outbox WHERE sequence = ?")) {
                query.setLong(1, sequence);
                try (var row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : "";
                }
            }
        });
    }

    /** The card a demo resident signs in with, as the kiosk bound it (the authority rule checks it). */
    public static Actor cardOf(KioskRuntime kiosk, UUID resident) throws Exception {
        String cardKey = kiosk.journal().database().inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT card_key FROM card_binding WHERE resident_id = ?")) {
                query.setString(1, resident.toString());
                try (var row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        return new Actor(cardKey, SignInMethod.CARD);
    }

    private static UUID demoResident(String cardNumber) {
        return UUID.nameUUIDFromBytes(("demo-resident:" + cardNumber).getBytes(StandardCharsets.UTF_8));
    }
}
