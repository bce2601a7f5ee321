package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.server.money.MoneyLedger;

/**
 * Proves every fen is where the records say (ADR 0015, {@code huzhu-server aid reconcile}): for each aid order, what
 * was reserved is its maximum and is paid, still held, or returned, the hold holds exactly the rest, and its matched
 * hospital orders add up to what it paid; every balance is the sum of its transfers; the ledger sums to 0. Stateless;
 * reads inside the caller's transaction, so it sees one moment.
 */
public final class Reconciliation {

    /** What reconciliation found: no problems means every fen is accounted for. */
    public record Report(int orders, long reservedFen, long paidFen, long heldFen, long returnedFen,
            List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private Reconciliation() {
    }

    public static Report run(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        int orders = 0;
        long reserved = 0;
        long paid = 0;
        long held = 0;
        long returned = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT o.order_id, o.max_fen, o.paid_fen, o.returned_fen, o.status,
                    (SELECT COALESCE(SUM(p.amount_fen), 0) FROM hospital_payment p WHERE p.order_id = o.order_id)
                FROM aid_order o ORDER BY o.order_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                orders++;
                UUID order = UUID.fromString(rows.getString(1));
                long max = rows.getLong(2);
                long orderPaid = rows.getLong(3);
                long orderReturned = rows.getLong(4);
                long hold = MoneyLedger.balance(connection, MoneyLedger.hold(order));
                reserved += max;
                paid += orderPaid;
                held += hold;
                returned += orderReturned;
                expect(problems, order, "reserved", max, MoneyLedger.movedFor(connection, order,
                        MoneyLedger.Kind.RESERVE));
                expect(problems, order, "paid", orderPaid, MoneyLedger.movedFor(connection, order,
                        MoneyLedger.Kind.PAYMENT));
                expect(problems, order, "paid to matched hospital orders", orderPaid, rows.getLong(6));
                expect(problems, order, "returned", orderReturned, MoneyLedger.movedFor(connection, order,
                        MoneyLedger.Kind.RETURN));
                expect(problems, order, "held", max - orderPaid - orderReturned, hold);
                if (!rows.getString(5).equals("open") && hold != 0) {
                    problems.add("order " + order + " is " + rows.getString(5) + " but its hold still has " + hold
                            + " fen");
                }
            }
        }
        for (Map.Entry<String, Long> wrong : MoneyLedger.balancesNotMatchingTransfers(connection).entrySet()) {
            problems.add("account " + wrong.getKey() + " has a balance its transfers do not add up to ("
                    + wrong.getValue() + " fen)");
        }
        long sum = MoneyLedger.sum(connection);
        if (sum != 0) {
            problems.add("the money ledger sums to " + sum + " fen, not 0");
        }
        return new Report(orders, reserved, paid, held, returned, List.copyOf(problems));
    }

    private static void expect(List<String> problems, UUID order, String what, long expected, long actual) {
        if (expected != actual) {
            problems.add("order " + order + ": " + what + " should be " + expected + " fen, the records say "
                    + actual);
        }
    }
}
