package org.huzhu.kiosk.hospital;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A hospital order recorded at this desk, with what the desk showed when it was signed and how far it has got.
 *
 * @param sequence           its place in this desk's journal
 * @param remainingBeforeFen what the aid order still allowed when the desk showed it
 * @param verdict            the server's, or waiting for it
 */
public record SubmittedOrder(long sequence, UUID aidOrderId, UUID patientId, String patientName, String charityName,
        String purpose, String hospitalOrderNumber, long amountFen, long remainingBeforeFen, Instant submittedAt,
        Verdict verdict) {

    /** What the aid order allows after this payment, once paid. */
    public long remainingAfterFen() {
        return remainingBeforeFen - amountFen;
    }

    /** How far a hospital order has got: only the server's acceptance is a payment. */
    public sealed interface Verdict {

        /** Recorded here, not yet judged by the server (offline, or the sync has not run yet). */
        record Waiting() implements Verdict {
        }

        /** The server matched it with the aid order and paid it. */
        record Paid() implements Verdict {
        }

        /** The server refused it; {@code code} is its rejection reason (a {@code MatchRefusal} code, or another). */
        record Refused(String code) implements Verdict {
        }
    }

    /** The server's reason code when it refused this order. */
    public Optional<String> refusedFor() {
        return verdict instanceof Verdict.Refused refused ? Optional.of(refused.code()) : Optional.empty();
    }
}
