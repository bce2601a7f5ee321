package org.huzhu.server.institution;

import java.util.function.UnaryOperator;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * Authenticates an institution's request (docs/protocol.md §12.2): signed as a kiosk's is (§4), with the institution's
 * id in {@link RequestSignature#HEADER_INSTITUTION}, the same freshness window and the same nonce table. In order:
 * the headers (401 {@code missing-signature}); a registered institution (401 {@code institution-unknown}); the
 * timestamp, signature and nonce ({@link RequestAuthenticator#verify}: 401 {@code stale-request},
 * {@code bad-request-signature}, {@code replayed-request}); then its standing (403 {@code institution-not-audited},
 * {@code institution-suspended}), told only to a caller who proved it holds the key. Thread-safe.
 */
public final class InstitutionAuthenticator {

    private final RequestAuthenticator requests;
    private final Database database;

    public InstitutionAuthenticator(RequestAuthenticator requests, Database database) {
        this.requests = requests;
        this.database = database;
    }

    /** The institution that signed the request, which may act now; {@code headers} looks a header up by name. */
    public Institution authenticate(String method, String target, byte[] body, UnaryOperator<String> headers)
            throws ApiException, StorageException {
        RequestSignature signature = RequestAuthenticator.parse(headers, RequestSignature.HEADER_INSTITUTION);
        Standing standing = database.inTransaction(connection ->
                Institutions.standing(connection, signature.kioskId()));
        Institution institution = standing.institution().orElseThrow(() -> new ApiException(401,
                Codes.INSTITUTION_UNKNOWN, standing.explanation()));
        requests.verify(signature, institution.signingSuite(), institution.signingKey(), method, target, body);
        if (!standing.mayAct()) {
            throw new ApiException(403, standing.refusal().orElseThrow(), standing.explanation());
        }
        return institution;
    }
}
