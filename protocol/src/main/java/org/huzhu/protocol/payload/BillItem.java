package org.huzhu.protocol.payload;

/** One line of a hospital's bill, as its information system itemises it: what, and how much in fen. */
public record BillItem(String description, long amountFen) {

    public BillItem {
        Checks.text("description", description);
        Checks.positiveAmount("amountFen", amountFen);
    }
}
