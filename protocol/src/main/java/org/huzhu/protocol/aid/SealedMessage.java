package org.huzhu.protocol.aid;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A message for one institution, encrypted to its registered encryption key and signed by the server
 * (docs/protocol.md §12.3): what the inbox holds and answers. The server's signature covers the RFC 8785 canonical
 * JSON of every member but {@code signature} ({@link SealedMessages#signingBytes}); the sealing's context names the
 * recipient and kind, and its associated data the message id, so a message cannot be re-addressed or relabelled.
 *
 * @param messageId  a UUID, unique on the server
 * @param recipient  the institution id ({@code I-…}) whose key opens it
 * @param kind       what it is, e.g. {@code aid.application}, {@code aid.order}, {@code aid.order-event}
 * @param reference  what it is about, e.g. an aid order id; {@code ""} when nothing
 * @param scheme     a {@link org.huzhu.protocol.crypto.SealingScheme} id
 * @param enc        standard base64 of HPKE's encapsulated key; {@code ""} for SM2
 * @param ciphertext standard base64
 * @param createdAt  the server's clock, whole milliseconds
 * @param signature  lower-case hex of the server key's signature
 */
public record SealedMessage(String messageId, String recipient, String kind, String reference, String scheme,
        String enc, String ciphertext, Instant createdAt, String serverKeyId, String signature) {

    public SealedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(serverKeyId, "serverKeyId");
        if (!createdAt.truncatedTo(ChronoUnit.MILLIS).equals(createdAt)) {
            throw new IllegalArgumentException("createdAt must be whole milliseconds");
        }
        if (signature == null || signature.isEmpty() || signature.length() % 2 != 0
                || !signature.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("signature must be lower-case hex");
        }
    }
}
