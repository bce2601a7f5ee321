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
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;

/** What the desk tests do with the demo counter: sign its staff member in, read cards, read its journal. */
final class CounterStations {

    private CounterStations() {
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
            throws InterruptedException {
        DemoDevices devices = counter.context().demoDevices().orElseThrow();
        devices.tap(card);
        CardHolder holder = outcomes.next(SignInOutcome.NotRegistered.class).holder().orElseThrow();
        devices.takeResidentCardAway();
        return holder;
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
