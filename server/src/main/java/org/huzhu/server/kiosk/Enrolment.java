package org.huzhu.server.kiosk;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a kiosk that presents a valid one-time code and its public key. The kiosk id is derived from the key.
 * Presenting the same code and key again (the answer was lost) succeeds again; anything else with a used code fails.
 * Thread-safe.
 */
public final class Enrolment {

    private static final Logger LOG = LoggerFactory.getLogger(Enrolment.class);

    private final Database database;
    private final Clock clock;

    public Enrolment(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public KioskRecord enrol(String code, SignatureSuite suite, PublicKey key) throws ApiException, StorageException {
        String kioskId = KeyIds.kioskIdOf(key);
        String codeHash = EnrolmentCodes.hash(code);
        Optional<String> refusal = database.inTransaction(connection -> {
            Optional<KioskRecord> existing = Kiosks.find(connection, kioskId);
            if (existing.isPresent()) {
                if (!existing.get().active()) {
                    return Optional.of(Codes.KIOSK_REVOKED);
                }
                boolean sameCode = Kiosks.codeHashOf(connection, kioskId).orElseThrow().equals(codeHash);
                return sameCode ? Optional.<String>empty() : Optional.of(Codes.ALREADY_ENROLLED);
            }
            if (!EnrolmentCodes.consume(connection, codeHash, kioskId, clock.instant())) {
                return Optional.of(Codes.INVALID_ENROLMENT_CODE);
            }
            Kiosks.insert(connection, kioskId, suite, key, codeHash, EnrolmentCodes.hospitalOf(connection, codeHash),
                    clock.instant());
            return Optional.<String>empty();
        });
        if (refusal.isPresent()) {
            throw switch (refusal.get()) {
                case Codes.KIOSK_REVOKED -> new ApiException(403, Codes.KIOSK_REVOKED,
                        "kiosk " + kioskId + " was revoked; it cannot enrol again with the same key");
                case Codes.ALREADY_ENROLLED -> new ApiException(409, Codes.ALREADY_ENROLLED,
                        "kiosk " + kioskId + " is already enrolled (with another code)");
                default -> new ApiException(400, Codes.INVALID_ENROLMENT_CODE,
                        "the enrolment code is unknown, expired or already used; print a new one on the server");
            };
        }
        LOG.info("Kiosk {} enrolled ({})", kioskId, suite.id());
        return find(kioskId);
    }

    private KioskRecord find(String kioskId) throws StorageException {
        return database.inTransaction(connection -> Kiosks.find(connection, kioskId))
                .orElseThrow(() -> new IllegalStateException("kiosk vanished right after enrolment"));
    }

    /** Issues a code valid for {@code validity}; for the {@code enrol-code} command. */
    public String issueCode(Duration validity) throws StorageException {
        return issueCode(validity, Optional.empty());
    }

    /**
     * As {@link #issueCode(Duration)}; with {@code hospitalId}, for a desk of that hospital (the caller has checked it
     * is a registered hospital), which the kiosk enrolled with the code then keeps.
     */
    public String issueCode(Duration validity, Optional<String> hospitalId) throws StorageException {
        return database.inTransaction(connection -> EnrolmentCodes.issue(connection, clock.instant(), validity,
                hospitalId));
    }

    /** Stops a kiosk from talking to the server; its transactions so far stay. */
    public boolean revoke(String kioskId) throws StorageException {
        boolean revoked = database.inTransaction(connection -> Kiosks.revoke(connection, kioskId, clock.instant()));
        if (revoked) {
            LOG.warn("Kiosk {} revoked", kioskId);
        }
        return revoked;
    }
}
