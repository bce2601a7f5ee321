package org.huzhu.protocol.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.huzhu.protocol.UnsignedTransaction;

/**
 * The server's statement that it holds a final verdict for every transaction of one kiosk from {@code firstSequence}
 * to {@code lastSequence}, the last of which hashed (with the kiosk's suite) to {@code lastHash}. Because every
 * envelope names the hash of the one before, the receipt pins the kiosk's whole chain up to {@code lastSequence}.
 *
 * @param serverKeyId {@link KeyIds#serverKeyIdOf} of the key that signs the receipt
 * @param suite       the suite of the server's key (may differ from the kiosk's)
 * @param issuedAt    server time, whole milliseconds
 */
public record Receipt(String kioskId, long firstSequence, long lastSequence, String lastHash, Instant issuedAt,
        String serverKeyId, String suite) {

    public Receipt {
        Objects.requireNonNull(kioskId, "kioskId");
        if (firstSequence < 1 || lastSequence < firstSequence || lastSequence > UnsignedTransaction.MAX_SEQUENCE) {
            throw new IllegalArgumentException("bad sequence range " + firstSequence + ".." + lastSequence);
        }
        if (lastHash == null || !lastHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("lastHash must be 64 lower-case hex digits");
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!issuedAt.truncatedTo(ChronoUnit.MILLIS).equals(issuedAt)) {
            throw new IllegalArgumentException("issuedAt must be whole milliseconds");
        }
        Objects.requireNonNull(serverKeyId, "serverKeyId");
        Objects.requireNonNull(suite, "suite");
    }
}
