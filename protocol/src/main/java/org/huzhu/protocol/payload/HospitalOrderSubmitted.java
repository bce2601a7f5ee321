package org.huzhu.protocol.payload;

import java.util.List;
import java.util.UUID;

/**
 * A hospital's reception desk submitted the hospital's own order for a patient's treatment against a charity's aid
 * order (ADR 0015): the hospital's order number from its information system, the amount in fen and its items, which
 * add up to the amount. Only hospital-desk staff may submit it. Money moves only if the server matches it with the aid
 * order (docs/protocol.md §12); the desk never shows "paid" before that verdict. The hospital's order number
 * (1..35 characters, so it travels unchanged into the bank's settlement file) is the idempotency key: matched once,
 * never paid twice.
 */
public record HospitalOrderSubmitted(UUID aidOrderId, UUID patientId, String hospitalOrderNumber, long amountFen,
        List<BillItem> items) implements Payload {

    /** More lines than one visit's bill has. */
    static final int MAX_ITEMS = 100;

    public HospitalOrderSubmitted {
        Checks.present("aidOrderId", aidOrderId);
        Checks.present("patientId", patientId);
        Checks.reference("hospitalOrderNumber", hospitalOrderNumber);
        Checks.positiveAmount("amountFen", amountFen);
        Checks.present("items", items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a hospital order has 1.." + MAX_ITEMS + " items");
        }
        long sum = 0;
        for (BillItem item : items) {
            sum = Math.addExact(sum, item.amountFen());
        }
        if (sum != amountFen) {
            throw new IllegalArgumentException("the items add up to " + sum + " fen, not " + amountFen);
        }
        items = List.copyOf(items);
    }
}
