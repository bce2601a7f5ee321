package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.AidOrderRevocation;
import org.huzhu.protocol.aid.AidOrderState;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.SignedAidOrder;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Standing;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * What an institution asks of its aid orders over the API (docs/protocol.md §12.6): a charity issues one, signed, or
 * revokes its own; a charity or a hospital reads the state and history of an order it is party to. Each request is
 * one database transaction; refusals are typed ({@link ApiException}) and change nothing. Thread-safe.
 */
public final class AidOrderService {

    /** Refusals of the order's state or the charity's pool: the request is fine, the moment is not. */
    private static final Set<String> CONFLICTS = Set.of(AidOrders.APPLICATION_ALREADY_APPROVED,
            AidOrders.DUPLICATE_AID_ORDER, AidOrders.INSUFFICIENT_POOL, AidOrders.AID_ORDER_NOT_OPEN);
    private static final int MAX_REASON = 200;

    private final Database database;
    private final AidDelivery delivery;
    private final Clock clock;

    public AidOrderService(Database database, AidDelivery delivery, Clock clock) {
        this.database = database;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** What one transaction found: the order's state, or why it was refused. */
    private record Result(AidOrderState state, String refusal) {

        AidOrderState orThrow() throws ApiException {
            if (refusal == null) {
                return state;
            }
            int status = refusal.equals(AidOrders.AID_ORDER_NOT_YOURS) ? 403
                    : refusal.equals(MatchRefusal.UNKNOWN_ORDER.code()) ? 404
                    : CONFLICTS.contains(refusal) ? 409 : 422;
            throw new ApiException(status, refusal, "the aid order was refused: " + refusal);
        }
    }

    /** Issues the charity's signed order, reserving its maximum, and delivers it to the charity and the hospital. */
    public AidOrderState issue(Institution caller, SignedAidOrder request) throws ApiException, StorageException {
        if (caller.kind() != InstitutionKind.CHARITY) {
            throw new ApiException(403, Codes.NOT_A_CHARITY, "only a charity issues aid orders");
        }
        AidOrderDocument order = document(request);
        if (!order.charityId().equals(caller.institutionId())) {
            throw new ApiException(403, AidOrders.AID_ORDER_NOT_YOURS, "a charity issues orders in its own name only");
        }
        verify(caller, order, request);
        String signature = request.signature();
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            Standing hospital = Institutions.standing(connection, order.hospitalId());
            if (hospital.institution().filter(found -> found.kind() == InstitutionKind.HOSPITAL).isEmpty()) {
                return new Result(null, Codes.INSTITUTION_UNKNOWN);
            }
            if (!hospital.mayAct()) {
                return new Result(null, hospital.refusal().orElseThrow());
            }
            boolean issuedBefore = AidOrders.terms(connection, order.orderId()).isPresent();
            Optional<String> refusal = AidOrders.issue(connection, order, signature, now);
            if (refusal.isPresent()) {
                return new Result(null, refusal.get());
            }
            if (!issuedBefore) {
                delivery.order(connection, order, signature, now);
            }
            return new Result(state(connection, order.orderId()), null);
        }).orThrow();
    }

    /** The charity revokes its own open order; what remains returns to its pool. */
    public AidOrderState revoke(Institution caller, UUID orderId, AidOrderRevocation request)
            throws ApiException, StorageException {
        String reason = request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "reason must be 1.." + MAX_REASON
                    + " characters without control characters");
        }
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            Optional<String> refusal = AidOrders.revoke(connection, orderId, caller.institutionId(), reason, now);
            return refusal.isPresent() ? new Result(null, refusal.get()) : new Result(state(connection, orderId), null);
        }).orThrow();
    }

    /** An order's state and history, for its charity or its hospital; to anyone else it does not exist. */
    public AidOrderState state(Institution caller, UUID orderId) throws ApiException, StorageException {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            AidOrders.expireDue(connection, now);
            Optional<AidOrders.OrderRow> order = AidOrders.row(connection, orderId);
            if (order.isEmpty() || !order.get().party(caller.institutionId())) {
                return new Result(null, MatchRefusal.UNKNOWN_ORDER.code());
            }
            return new Result(state(connection, orderId), null);
        }).orThrow();
    }

    private static AidOrderState state(Connection connection, UUID orderId) throws SQLException {
        AidOrders.OrderRow order = AidOrders.row(connection, orderId).orElseThrow();
        return new AidOrderState(orderId, order.applicationId(), order.charityId(), order.hospitalId(),
                order.patient(), order.purpose(), order.maxFen(), order.paidFen(), order.returnedFen(),
                MoneyLedger.balance(connection, MoneyLedger.hold(orderId)), order.status().wireName(),
                order.validUntil(), AidEvents.history(connection, order.applicationId()).stream()
                        .map(event -> new AidOrderState.Event(event.kind().wireName(), event.amountFen(), event.at(),
                                event.reference()))
                        .toList());
    }

    private static AidOrderDocument document(SignedAidOrder request) throws ApiException {
        try {
            return AidOrderDocument.fromTree(request.document());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "document: " + e.getMessage());
        }
    }

    /** The signature must be the charity's over exactly the bytes of the document as it was sent. */
    private static void verify(Institution charity, AidOrderDocument order, SignedAidOrder request)
            throws ApiException {
        byte[] signature;
        byte[] sent;
        try {
            signature = HexFormat.of().parseHex(request.signature());
            sent = CanonicalJson.canonicalize(request.document());
        } catch (IllegalArgumentException | MalformedJsonException e) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "signature must be hex");
        }
        if (signature.length == 0 || !Arrays.equals(sent, order.signingBytes())
                || !charity.signingSuite().verify(charity.signingKey(), order.signingBytes(), signature)) {
            throw new ApiException(403, Codes.BAD_ORDER_SIGNATURE,
                    "the signature does not verify with the charity's registered signing key over the document");
        }
    }
}
