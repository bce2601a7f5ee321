package org.huzhu.kiosk.sync.workload;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.server.ledger.Ledger;

/** What a kiosk's journal and outbox say after syncing: every transaction with the verdict the kiosk recorded. */
public final class KioskVerdicts {

    /** One journal transaction and its outbox state; {@code reason} is set for rejected ones. */
    public record Entry(long sequence, String transactionId, Payload payload, Outbox.State state, String reason) {
    }

    private KioskVerdicts() {
    }

    /** Every transaction of the kiosk database, in sequence order. */
    public static List<Entry> read(Database kiosk) throws StorageException {
        return kiosk.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT j.sequence, j.id, j.envelope, o.state, o.reason FROM journal j
                    JOIN outbox o ON o.sequence = j.sequence ORDER BY j.sequence""");
                    ResultSet rows = query.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rows.next()) {
                    Payload payload;
                    try {
                        payload = TransactionCodec.decode(rows.getBytes(3)).body().payload();
                    } catch (ProtocolException e) {
                        throw new IllegalStateException("journal entry " + rows.getLong(1) + " does not decode", e);
                    }
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), payload,
                            Outbox.State.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), rows.getString(5)));
                }
                return entries;
            }
        });
    }

    /**
     * The residents' balances the journal implies, by ledger account, zero balances left out: the effects of the
     * transactions the kiosk marks accepted, in sequence order, by the rules of docs/protocol.md §7 (a cancelled
     * booking refunds what was redeemed for it until then).
     */
    public static Map<String, Long> impliedBalances(List<Entry> entries) {
        Map<String, Long> balances = new HashMap<>();
        Map<String, List<HoursRedeemed>> redeemedForBooking = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.state() != Outbox.State.ACCEPTED) {
                continue;
            }
            switch (entry.payload()) {
                case ServiceConfirmed credit -> move(balances, null, credit.volunteerId(), credit.minutes());
                case HoursRedeemed redeem -> {
                    move(balances, redeem.residentId(), null, redeem.minutes());
                    redeemedForBooking.computeIfAbsent(redeem.bookingId().toString(), b -> new ArrayList<>())
                            .add(redeem);
                }
                case HoursTransferred transfer -> move(balances, transfer.fromResidentId(), transfer.toResidentId(),
                        transfer.minutes());
                case BookingCancelled cancel -> {
                    List<HoursRedeemed> refunds = redeemedForBooking.remove(cancel.bookingId().toString());
                    for (HoursRedeemed refund : refunds == null ? List.<HoursRedeemed>of() : refunds) {
                        move(balances, null, refund.residentId(), refund.minutes());
                    }
                }
                default -> { } // no effect on balances
            }
        }
        balances.values().removeIf(balance -> balance == 0);
        return balances;
    }

    /** Moves minutes between residents; null stands for the community pool. */
    private static void move(Map<String, Long> balances, UUID from, UUID to, long minutes) {
        if (from != null) {
            balances.merge(Ledger.residentAccount(from), -minutes, Long::sum);
        }
        if (to != null) {
            balances.merge(Ledger.residentAccount(to), minutes, Long::sum);
        }
    }
}
