package org.huzhu.server.counter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.counter.IssuedResidentCode;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentCodeRequest;
import org.huzhu.protocol.counter.ResidentCodeRevocation;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.residentcode.ResidentCode;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.protocol.residentcode.ResidentCodeException;
import org.huzhu.protocol.residentcode.ResidentCodes;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.community.AccountClosures;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.residentcode.ResidentCodeRecords;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The counter's resident codes (docs/protocol.md §13.2): issue one for an enrolled, open resident, signed with the
 * server's key; revoke one; list a resident's. The caller has authenticated the kiosk and the staff card. Every refusal
 * is a typed {@link ApiException}; each change is one database transaction. Thread-safe.
 */
public final class ResidentCodeDesk {

    public static final String UNKNOWN_RESIDENT_CODE = "unknown-resident-code";
    public static final String ACCOUNT_CLOSED = "account-closed";
    static final int MAX_REASON = 200;
    private static final Set<String> LIST_PARAMETERS = Set.of("residentId");

    private final Database database;
    private final ServerIdentity identity;
    private final String community;
    private final Clock clock;

    public ResidentCodeDesk(Database database, ServerIdentity identity, String community, Clock clock) {
        this.database = database;
        this.identity = identity;
        this.community = community;
        this.clock = clock;
    }

    /** A new code for the resident; its text is in the answer only. */
    public IssuedResidentCode issue(String staffId, String kioskId, ResidentCodeRequest request)
            throws ApiException, StorageException {
        UUID resident = residentId(request.residentId());
        ResidentCodePurpose purpose = ResidentCodePurpose.byWireName(request.purpose()).orElseThrow(() ->
                QueryParameters.invalid("purpose must be printed or family-phone"));
        ResidentCode code = ResidentCode.issue(UUID.randomUUID(), resident, community, clock.instant(), purpose);
        String text = sign(code);
        String actorHash = actorHash(text);
        Optional<ResidentCodeState> state = database.inTransaction(connection -> {
            if (!Catalogue.residentExists(connection, resident) || AccountClosures.closed(connection, resident)) {
                return Optional.empty();
            }
            ResidentCodeRecords.insert(connection, code, purpose, actorHash, staffId, kioskId);
            return ResidentCodeRecords.state(connection, code.codeId().toString(), clock.instant());
        });
        if (state.isEmpty()) {
            throw refusedResident(resident);
        }
        return new IssuedResidentCode(state.get(), text);
    }

    /** Revokes the code from now on; revoking it again changes nothing and answers the same state. */
    public ResidentCodeState revoke(String staffId, String codeId, ResidentCodeRevocation revocation)
            throws ApiException, StorageException {
        String id = codeId(codeId);
        if (revocation.reason().isBlank() || revocation.reason().length() > MAX_REASON) {
            throw QueryParameters.invalid("reason must be 1.." + MAX_REASON + " characters");
        }
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            if (ResidentCodeRecords.byId(connection, id).isEmpty()) {
                return Optional.<ResidentCodeState>empty();
            }
            ResidentCodeRecords.revoke(connection, id, now, staffId, revocation.reason());
            return ResidentCodeRecords.state(connection, id, now);
        }).orElseThrow(() -> new ApiException(404, UNKNOWN_RESIDENT_CODE, "no resident code " + id));
    }

    /** {@code GET /v1/counter/resident-codes?residentId=}: every code of an enrolled resident, the newest first. */
    public Page<ResidentCodeState> list(String rawQuery) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(rawQuery, LIST_PARAMETERS);
        UUID resident = residentId(query.text("residentId").orElse(""));
        Instant now = clock.instant();
        Optional<List<ResidentCodeState>> codes = database.inTransaction(connection ->
                Catalogue.residentExists(connection, resident)
                        ? Optional.of(ResidentCodeRecords.ofResident(connection, resident.toString(), now))
                        : Optional.empty());
        List<ResidentCodeState> items = codes.orElseThrow(() -> new ApiException(404, Codes.UNKNOWN_RESIDENT,
                "resident " + resident + " was never enrolled at this server"));
        return new Page<>(items, 0, items.size());
    }

    private ApiException refusedResident(UUID resident) throws StorageException {
        boolean enrolled = database.inTransaction(connection -> Catalogue.residentExists(connection, resident));
        return enrolled ? new ApiException(409, ACCOUNT_CLOSED, "the account of " + resident + " is closed")
                : new ApiException(404, Codes.UNKNOWN_RESIDENT, "resident " + resident + " was never enrolled");
    }

    private String sign(ResidentCode code) {
        try {
            return ResidentCodes.encode(code, identity.suite(), identity.privateKey());
        } catch (KeyMismatchException e) {
            // The key store only ever pairs a key with its own suite.
            throw new IllegalStateException("server key does not match its suite " + identity.suite().id(), e);
        }
    }

    private static String actorHash(String text) {
        try {
            return ResidentCodes.parse(text).actorHash();
        } catch (ResidentCodeException e) {
            throw new IllegalStateException("a code this server just wrote does not read back", e);
        }
    }

    private static UUID residentId(String text) throws ApiException {
        if (text == null || !CounterQueries.UUID_TEXT.matcher(text).matches()) {
            throw QueryParameters.invalid("residentId is required: a UUID in lower case");
        }
        return UUID.fromString(text);
    }

    private static String codeId(String text) throws ApiException {
        if (!CounterQueries.UUID_TEXT.matcher(text).matches()) {
            throw new ApiException(404, UNKNOWN_RESIDENT_CODE, "a resident code id is a UUID in lower case");
        }
        return text;
    }
}
