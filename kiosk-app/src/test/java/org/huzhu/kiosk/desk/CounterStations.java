package org.huzhu.kiosk.desk;

import java.util.List;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.staff.StaffSignInResult;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;

/** What the desk tests do with the demo counter: sign its staff member in, read cards, read its journal. */
final class CounterStations {

    private CounterStations() {
    }

    /** The demo kiosk's seed (residents, balances, the family link) reaches the counter by its snapshot. */
    static void awaitTheDemoCommunity(TestKiosks.DemoCounter stations) throws Exception {
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
        stations.counter().context().sync().orElseThrow().nudge();
        Desk desk = stations.counter().counterContext().desk();
        Await.until("the counter's snapshot of the demo community", () -> desk.files().file(TestCommunity.WANG)
                .map(file -> file.balance().minutes() == 240).orElse(false));
    }

    /** 张丽's demo staff card in the counter's staff reader, signed in with its PIN. */
    static StaffSession signInStaff(KioskRuntime counter, SignInOutcomes outcomes) throws InterruptedException {
        counter.context().demoDevices().orElseThrow().insertStaffCard();
        var card = outcomes.next(SignInOutcome.StaffCardTapped.class).card();
        var result = counter.context().signIn().staffSignIn().signIn(card, DemoCards.STAFF_PIN.toCharArray());
        return ((StaffSignInResult.SignedIn) result).session();
    }

    /** Taps a card nobody is enrolled with on the counter's residents' reader; what it says of its holder. */
    static CardHolder tapUnknown(KioskRuntime counter, SignInOutcomes outcomes, DemoDevices.DemoCard card)
            throws Exception {
        return tap(counter, outcomes, card, SignInOutcome.NotRegistered.class).holder().orElseThrow();
    }

    /** Taps {@code card} on the station's residents' reader and takes it away; the outcome of type {@code type}. */
    static <T extends SignInOutcome> T tap(KioskRuntime station, SignInOutcomes outcomes, DemoDevices.DemoCard card,
            Class<T> type) throws Exception {
        DemoDevices devices = station.context().demoDevices().orElseThrow();
        devices.tap(card);
        T outcome = outcomes.next(type);
        devices.takeResidentCardAway();
        // The next tap must find the reader empty first, as a resident's next tap would.
        Await.until("the reader service saw the card go", () -> devices.backend().monitorUpToDate());
        return outcome;
    }

    /** The counter's journal from {@code after} on, decoded. */
    static List<Transaction> journalAfter(KioskRuntime station, long after) throws Exception {
        List<byte[]> envelopes = station.journal().database().inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT envelope FROM journal WHERE sequence > ? ORDER BY sequence")) {
                query.setLong(1, after);
                try (var rows = query.executeQuery()) {
                    List<byte[]> all = new java.util.ArrayList<>();
                    while (rows.next()) {
                        all.add(rows.getBytes(1));
                    }
                    return all;
                }
            }
        });
        List<Transaction> transactions = new java.util.ArrayList<>();
        for (byte[] envelope : envelopes) {
            transactions.add(TransactionCodec.decode(envelope));
        }
        return transactions;
    }
}
