package org.huzhu.kiosk.signin;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.ServerBinding;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.residentcode.ResidentCode;
import org.huzhu.protocol.residentcode.ResidentCodeException;
import org.huzhu.protocol.residentcode.ResidentCodes;
import org.huzhu.protocol.residentcode.SignedResidentCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a resident in with the text of a QR code the camera decoded (docs/protocol.md §13.3): our own resident code
 * ({@code HZ1:…}), verified offline against the server key this kiosk pinned at enrolment, the snapshot's revocations,
 * its expiry, the community and the resident's standing here; or, by the text's shape, the national e-card's code,
 * which a deployment's {@link ElectronicCardAdapter} checks online. Blocking (disk, and the adapter's network): call
 * from a worker thread and hand the outcome to the FX thread. Thread-safe.
 */
public final class CodeSignIn {

    /**
     * How far this kiosk's clock may be off the server's: a code is taken until this long after its expiry and from
     * this long before its issue. The server allows the same after expiry, so what a kiosk takes is not refused at
     * sync; it is the 5 minutes request signing allows.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The community of a server that was not told another ({@code serve --community}). */
    public static final String DEFAULT_COMMUNITY = "default";

    private static final Logger LOG = LoggerFactory.getLogger(CodeSignIn.class);

    /** The server binding this kiosk has, if it enrolled (e.g. {@code Synchronizer::binding}). */
    @FunctionalInterface
    public interface PinnedServer {
        Optional<ServerBinding> binding() throws StorageException;
    }

    private final Database database;
    private final Residents residents;
    private final PinnedServer server;
    private final String community;
    private final Clock clock;
    private final Optional<ElectronicCardAdapter> electronicCard;

    /**
     * @param community      the community of this kiosk's server ({@code serve --community}, {@code default} unless
     *                       the deployment chose another); a code of another community signs nobody in
     * @param electronicCard the deployment's adapter for e-card codes; empty (as shipped): such codes are refused
     *                       with {@link CodeSignInOutcome.Reason#E_CARD_NOT_SUPPORTED}
     */
    public CodeSignIn(Database database, Residents residents, PinnedServer server, String community, Clock clock,
            Optional<ElectronicCardAdapter> electronicCard) {
        this.database = Objects.requireNonNull(database);
        this.residents = Objects.requireNonNull(residents);
        this.server = Objects.requireNonNull(server);
        this.community = Objects.requireNonNull(community);
        this.clock = Objects.requireNonNull(clock);
        this.electronicCard = Objects.requireNonNull(electronicCard);
    }

    /** What {@code scannedText} (a QR code's text, as decoded) comes to; never throws for any text. */
    public CodeSignInOutcome signIn(String scannedText) {
        try {
            if (ResidentCodes.hasPrefix(scannedText)) {
                return residentCode(scannedText);
            }
            if (electronicCard.isPresent() && electronicCard.get().recognises(scannedText)) {
                return electronicCard(electronicCard.get(), scannedText);
            }
            return ScannedCodeShapes.looksLikeElectronicCard(scannedText) && electronicCard.isEmpty()
                    ? refused(CodeSignInOutcome.Reason.E_CARD_NOT_SUPPORTED)
                    : refused(CodeSignInOutcome.Reason.UNREADABLE);
        } catch (StorageException e) {
            LOG.error("Code sign-in failed: {}", e.getMessage(), e);
            return refused(CodeSignInOutcome.Reason.SYSTEM_PROBLEM);
        }
    }

    private CodeSignInOutcome residentCode(String text) throws StorageException {
        Optional<ServerBinding> binding = server.binding();
        if (binding.isEmpty()) {
            return refused(CodeSignInOutcome.Reason.NOT_READY);
        }
        SignedResidentCode signed;
        try {
            PublicKey key = binding.get().receiptKey();
            signed = ResidentCodes.verify(text, SignatureSuites.byId(binding.get().serverKey().suite()).orElseThrow(),
                    key);
        } catch (SyncException e) {
            LOG.warn("The pinned server key cannot check codes: {}", e.getMessage());
            return refused(CodeSignInOutcome.Reason.NOT_READY);
        } catch (ResidentCodeException e) {
            LOG.info("A scanned resident code was refused: {} ({})", e.problem(), e.getMessage());
            return refused(CodeSignInOutcome.Reason.UNREADABLE);
        }
        ResidentCode code = signed.code();
        Instant now = clock.instant();
        if (!code.community().equals(community)) {
            return refused(CodeSignInOutcome.Reason.OTHER_COMMUNITY);
        }
        if (revoked(code)) {
            return refused(CodeSignInOutcome.Reason.REVOKED);
        }
        if (!now.isBefore(code.expiresAt().plus(CLOCK_SKEW))) {
            return refused(CodeSignInOutcome.Reason.EXPIRED);
        }
        if (now.plus(CLOCK_SKEW).isBefore(code.issuedAt())) {
            return refused(CodeSignInOutcome.Reason.NOT_YET_VALID);
        }
        Optional<Resident> resident = residents.find(code.residentId());
        if (resident.isEmpty()) {
            return refused(CodeSignInOutcome.Reason.NOT_KNOWN_HERE);
        }
        if (residents.closedAt(code.residentId()).isPresent()) {
            return refused(CodeSignInOutcome.Reason.ACCOUNT_CLOSED);
        }
        String actorHash = signed.actorHash();
        remember(actorHash, code);
        return new CodeSignInOutcome.SignedIn(resident.get(), new Actor(actorHash, SignInMethod.RESIDENT_CODE),
                code.expiresAt());
    }

    private CodeSignInOutcome electronicCard(ElectronicCardAdapter adapter, String text) throws StorageException {
        return switch (adapter.check(text)) {
            case ElectronicCardAdapter.Answer.Verified verified -> {
                Optional<Residents.Binding> binding = residents.bindingOf(verified.cardKey());
                if (binding.isEmpty()) {
                    yield refused(CodeSignInOutcome.Reason.NOT_KNOWN_HERE);
                }
                if (binding.get().closed()) {
                    yield refused(CodeSignInOutcome.Reason.ACCOUNT_CLOSED);
                }
                yield new CodeSignInOutcome.SignedIn(binding.get().resident(),
                        new Actor(verified.cardKey(), SignInMethod.E_CARD), Instant.MAX);
            }
            case ElectronicCardAdapter.Answer.Refused refused -> {
                LOG.info("The e-card platform refused a code: {}", refused.reason());
                yield refused(CodeSignInOutcome.Reason.E_CARD_REFUSED);
            }
            case ElectronicCardAdapter.Answer.Unavailable unavailable -> {
                LOG.warn("The e-card platform could not be asked: {}", unavailable.reason());
                yield refused(CodeSignInOutcome.Reason.E_CARD_UNAVAILABLE);
            }
        };
    }

    private static CodeSignInOutcome refused(CodeSignInOutcome.Reason reason) {
        return new CodeSignInOutcome.Refused(reason);
    }

    private boolean revoked(ResidentCode code) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM revoked_resident_code WHERE code_id = ?")) {
                query.setString(1, code.codeId().toString());
                return query.executeQuery().next();
            }
        });
    }

    /** So that this kiosk's authority check knows whom the code's pseudonym acts for (KioskAuthority). */
    private void remember(String actorHash, ResidentCode code) throws StorageException {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO resident_code_sign_in (actor_hash, code_id, resident_id, expires_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT (actor_hash) DO NOTHING""")) {
                insert.setString(1, actorHash);
                insert.setString(2, code.codeId().toString());
                insert.setString(3, code.residentId().toString());
                insert.setString(4, code.expiresAt().toString());
                return insert.executeUpdate();
            }
        });
    }
}
