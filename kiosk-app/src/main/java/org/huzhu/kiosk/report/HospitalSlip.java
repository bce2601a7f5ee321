package org.huzhu.kiosk.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What a patient's slip after a payment at the hospital desk says (issue 13): who was paid what against whose aid,
 * and what the aid still allows. Amounts in fen.
 *
 * @param paidAt when the desk recorded the hospital's order (the server's acceptance is what made it a payment)
 */
public record HospitalSlip(String patientName, String charityName, String purpose, String hospitalOrderNumber,
        long amountFen, long remainingFen, Instant paidAt) {

    public HospitalSlip {
        Objects.requireNonNull(patientName);
        Objects.requireNonNull(charityName);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(hospitalOrderNumber);
        Objects.requireNonNull(paidAt);
    }
}
