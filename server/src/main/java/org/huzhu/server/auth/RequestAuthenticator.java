package org.huzhu.server.auth;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * Checks that a request comes from an enrolled, active kiosk (docs/protocol.md, "Request signing"): the signature
 * headers are present and well-formed, the timestamp is within {@link RequestSignature#FRESHNESS_SECONDS} of our
 * clock, the signature verifies with the kiosk's key over method, target, body hash, timestamp and nonce, and the
 * nonce has not been used in the window (nonces are stored in the database, so a restart does not reopen it).
 * Thread-safe.
 */
public final class RequestAuthenticator {

    private static final Duration WINDOW = Duration.ofSeconds(RequestSignature.FRESHNESS_SECONDS);

    private final Database database;
    private final Clock clock;

    public RequestAuthenticator(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The authenticated kiosk; {@code headers} looks a header up by name (null if absent). */
    public KioskRecord authenticate(String method, String target, byte[] body, UnaryOperator<String> headers)
            throws ApiException, StorageException {
        RequestSignature signature = parse(headers);
        KioskRecord kiosk = database.inTransaction(connection -> Kiosks.find(connection, signature.kioskId()))
                .orElseThrow(() -> new ApiException(401, Codes.UNKNOWN_KIOSK,
                        "kiosk " + signature.kioskId() + " is not enrolled at this server"));
        if (!kiosk.active()) {
            throw new ApiException(403, Codes.KIOSK_REVOKED, "kiosk " + kiosk.kioskId() + " was revoked");
        }
        verify(signature, kiosk.suite(), kiosk.publicKey(), method, target, body);
        return kiosk;
    }

    /**
     * The freshness, signature and nonce checks alone, with a key the caller found: for enrolment, where the key
     * arrives in the body (proving the caller holds the private key), and for institutions, whose keys are theirs.
     * Nonces are remembered per signer id ({@code kiosk_id} holds an institution's id too; the prefixes differ).
     */
    public void verify(RequestSignature signature, SignatureSuite suite, PublicKey key, String method, String target,
            byte[] body) throws ApiException, StorageException {
        Instant now = clock.instant();
        if (Duration.between(signature.timestamp(), now).abs().compareTo(WINDOW) > 0) {
            throw new ApiException(401, Codes.STALE_REQUEST, "the request's timestamp " + signature.timestamp()
                    + " is more than " + WINDOW.toSeconds() + " s from the server's clock " + now
                    + "; check the kiosk's clock and sign again", true);
        }
        if (!signature.verify(suite, key, method, target, body)) {
            throw new ApiException(401, Codes.BAD_REQUEST_SIGNATURE,
                    "the request signature does not verify with the key of " + signature.kioskId());
        }
        if (!rememberNonce(signature, now)) {
            throw new ApiException(401, Codes.REPLAYED_REQUEST,
                    "this nonce was already used; every request, retries included, needs a new nonce");
        }
    }

    public static Optional<RequestSignature> parseOptional(UnaryOperator<String> headers) throws ApiException {
        if (headers.apply(RequestSignature.HEADER_SIGNATURE) == null) {
            return Optional.empty();
        }
        return Optional.of(parse(headers));
    }

    static RequestSignature parse(UnaryOperator<String> headers) throws ApiException {
        return parse(headers, RequestSignature.HEADER_KIOSK);
    }

    /**
     * The signature headers, with the signer's id in {@code idHeader}: {@link RequestSignature#HEADER_KIOSK}, or
     * {@link RequestSignature#HEADER_INSTITUTION} for an institution's request (docs/protocol.md §12.2).
     */
    public static RequestSignature parse(UnaryOperator<String> headers, String idHeader) throws ApiException {
        String signer = headers.apply(idHeader);
        String timestamp = headers.apply(RequestSignature.HEADER_TIMESTAMP);
        String nonce = headers.apply(RequestSignature.HEADER_NONCE);
        String signature = headers.apply(RequestSignature.HEADER_SIGNATURE);
        if (signer == null || timestamp == null || nonce == null || signature == null) {
            throw new ApiException(401, Codes.MISSING_SIGNATURE, "the headers " + idHeader + ", "
                    + RequestSignature.HEADER_TIMESTAMP + ", " + RequestSignature.HEADER_NONCE + " and "
                    + RequestSignature.HEADER_SIGNATURE + " are required");
        }
        try {
            return new RequestSignature(signer, Instant.parse(timestamp), nonce, signature);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ApiException(401, Codes.MISSING_SIGNATURE, "malformed signature headers: " + e.getMessage());
        }
    }

    /** Inserts the nonce; false if this kiosk already used it. Expired nonces are swept on the way. */
    private boolean rememberNonce(RequestSignature signature, Instant now) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement sweep = connection.prepareStatement(
                    "DELETE FROM request_nonce WHERE expires_at < ?")) {
                sweep.setLong(1, now.toEpochMilli());
                sweep.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO request_nonce (kiosk_id, nonce, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT (kiosk_id, nonce) DO NOTHING""")) {
                insert.setString(1, signature.kioskId());
                insert.setString(2, signature.nonce());
                // Kept until the timestamp can no longer pass the freshness check.
                insert.setLong(3, signature.timestamp().plus(WINDOW).plusSeconds(1).toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }
}
