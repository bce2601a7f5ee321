package org.huzhu.server.http;

import io.javalin.http.Context;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.BatchRequest;
import org.huzhu.protocol.sync.EnrolmentRequest;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.KioskStatus;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The endpoints of docs/protocol.md. Each reads its body once, as raw bytes, so signatures cover exactly them; bodies
 * come through {@link JsonIo#read}, which guarantees every member is present and non-null.
 */
final class ApiHandlers {

    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private final RequestAuthenticator authenticator;
    private final Enrolment enrolment;
    private final BatchIngest ingest;
    private final SnapshotService snapshots;
    private final ServerIdentity identity;
    private final Database database;
    private final long maxBodyBytes;

    ApiHandlers(RequestAuthenticator authenticator, Enrolment enrolment, BatchIngest ingest,
            SnapshotService snapshots, ServerIdentity identity, Database database, long maxBodyBytes) {
        this.authenticator = authenticator;
        this.enrolment = enrolment;
        this.ingest = ingest;
        this.snapshots = snapshots;
        this.identity = identity;
        this.database = database;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Healthy only while the database answers: a server that cannot store anything must not look alive. */
    void health(Context ctx) {
        if (database.isReachable(HEALTH_TIMEOUT)) {
            JsonIo.write(ctx, 200, Map.of("status", "ok"));
        } else {
            JsonIo.error(ctx, 503, Codes.STORAGE_UNAVAILABLE, "the server's database did not answer within "
                    + HEALTH_TIMEOUT.toSeconds() + " s; retry later", true);
        }
    }

    void serverKey(Context ctx) {
        JsonIo.write(ctx, 200, identity.published());
    }

    void enrol(Context ctx) throws ApiException, StorageException {
        byte[] body = RequestBody.read(ctx, maxBodyBytes);
        EnrolmentRequest request = JsonIo.read(ctx, body, EnrolmentRequest.class);
        SignatureSuite suite = SignatureSuites.byId(request.suite()).orElseThrow(() -> new ApiException(400,
                Codes.UNKNOWN_SUITE, "unknown signature suite '" + request.suite() + "'"));
        PublicKey key;
        try {
            key = suite.decodePublicKey(base64(request.publicKey(), "publicKey"));
        } catch (InvalidKeySpecException e) {
            throw new ApiException(400, Codes.BAD_PUBLIC_KEY, "publicKey is not a " + suite.id()
                    + " SubjectPublicKeyInfo");
        }
        RequestSignature signature = RequestAuthenticator.parseOptional(ctx::header).orElseThrow(() ->
                new ApiException(401, Codes.MISSING_SIGNATURE, "enrolment must be signed with the kiosk's key"));
        if (!signature.kioskId().equals(KeyIds.kioskIdOf(key))) {
            throw new ApiException(401, Codes.BAD_REQUEST_SIGNATURE, "the " + RequestSignature.HEADER_KIOSK
                    + " header must be the id derived from publicKey, " + KeyIds.kioskIdOf(key));
        }
        authenticator.verify(signature, suite, key, ctx.method().name(), target(ctx), body);
        KioskRecord kiosk = enrolment.enrol(request.code(), suite, key);
        JsonIo.write(ctx, 200, new EnrolmentResponse(kiosk.kioskId(), kiosk.suite().id(),
                KeyIds.fingerprintOf(kiosk.publicKey()), identity.published()));
    }

    void kioskStatus(Context ctx) throws ApiException, StorageException {
        KioskRecord kiosk = authenticate(ctx, new byte[0]);
        JsonIo.write(ctx, 200, new KioskStatus(kiosk.kioskId(), kiosk.suite().id(), "active", kiosk.head()));
    }

    void batch(Context ctx) throws ApiException, StorageException {
        byte[] body = RequestBody.read(ctx, maxBodyBytes);
        KioskRecord kiosk = authenticate(ctx, body);
        BatchRequest request = JsonIo.read(ctx, body, BatchRequest.class);
        List<String> envelopes = request.envelopes();
        if (envelopes.isEmpty() || envelopes.size() > BatchRequest.MAX_ENVELOPES) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "envelopes must hold 1.." + BatchRequest.MAX_ENVELOPES
                    + " base64 strings");
        }
        List<byte[]> decoded = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            decoded.add(base64(envelopes.get(i), "envelopes[" + i + "]"));
        }
        JsonIo.write(ctx, 200, ingest.ingest(kiosk, decoded));
    }

    void snapshot(Context ctx) throws ApiException, StorageException {
        KioskRecord kiosk = authenticate(ctx, new byte[0]);
        JsonIo.write(ctx, 200, snapshots.serve(kiosk.kioskId(), SinceQuery.parse(ctx.queryString())));
    }

    private KioskRecord authenticate(Context ctx, byte[] body) throws ApiException, StorageException {
        return authenticator.authenticate(ctx.method().name(), target(ctx), body, ctx::header);
    }

    /** The request target as the client sent it: raw path plus raw query. */
    static String target(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null ? "" : "?" + query);
    }

    /** Standard base64 with padding, nothing else (no line breaks, no URL alphabet). */
    private static byte[] base64(String text, String what) throws ApiException {
        if (text.isEmpty() || text.length() % 4 != 0) {
            throw new ApiException(400, Codes.MALFORMED_BASE64, what + " is not padded standard base64");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, Codes.MALFORMED_BASE64, what + " is not standard base64: " + e.getMessage());
        }
    }
}
