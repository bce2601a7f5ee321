package org.huzhu.protocol.payload;

/** A charity's aid order was matched with the hospital's order for the same amount before money moves. */
public record PaymentOrderMatched(String aidOrderId, String hospitalOrderId, long amountFen) implements Payload {

    public PaymentOrderMatched {
        Checks.text("aidOrderId", aidOrderId);
        Checks.text("hospitalOrderId", hospitalOrderId);
        Checks.nonNegativeAmount("amountFen", amountFen);
    }
}
