package org.huzhu.kiosk.hospital;

import java.util.Objects;

/**
 * One line of the hospital's bill as the receptionist typed it: what it is, and its amount in yuan as typed
 * ({@code 120}, {@code 1,234.50}, {@code ¥80}). {@link HospitalOrderForm} turns it into fen, exactly.
 */
public record BillLine(String description, String amountTyped) {

    public BillLine {
        Objects.requireNonNull(description);
        Objects.requireNonNull(amountTyped);
    }

    /** Nothing typed in either field: the form leaves the line out. */
    public boolean blank() {
        return description.isBlank() && amountTyped.isBlank();
    }
}
