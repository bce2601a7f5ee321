package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.security.spec.InvalidKeySpecException;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceKeyRegistered;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.face.FaceTemplateService;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * Face templates over HTTP (docs/protocol.md §14): the server's template key (public, signed by the receipt key),
 * a kiosk's registration of its own key, and the templates sealed to it. The last two are signed kiosk requests.
 */
public final class FaceEndpoints {

    private static final byte[] NO_BODY = new byte[0];

    private final RequestAuthenticator kiosks;
    private final FaceTemplateService faces;
    private final Database database;
    private final long maxBodyBytes;

    public FaceEndpoints(RequestAuthenticator kiosks, FaceTemplateService faces, Database database,
            long maxBodyBytes) {
        this.kiosks = kiosks;
        this.faces = faces;
        this.database = database;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The routes, for {@link HttpApi}. */
    void register(JavalinConfig config) {
        config.routes.get("/v1/face/server-key", ctx -> JsonIo.write(ctx, 200, faces.serverKey()));
        config.routes.put("/v1/face/kiosk-key", this::registerKey);
        config.routes.get("/v1/face/templates", this::templates);
    }

    private void registerKey(Context ctx) throws ApiException, StorageException {
        byte[] body = RequestBody.read(ctx, maxBodyBytes);
        KioskRecord kiosk = kiosks.authenticate(ctx.method().name(), ApiHandlers.target(ctx), body, ctx::header);
        FaceKey key = JsonIo.read(ctx, body, FaceKey.class);
        if (!key.signature().isEmpty()) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "a kiosk's face key carries no signature");
        }
        try {
            key.decode();
        } catch (InvalidKeySpecException e) {
            throw new ApiException(400, Codes.BAD_PUBLIC_KEY, "publicKey is not a " + key.scheme() + " key: "
                    + e.getMessage());
        }
        boolean changed = database.inTransaction(connection -> faces.registerKioskKey(connection, kiosk.kioskId(),
                key));
        JsonIo.write(ctx, 200, new FaceKeyRegistered(changed));
    }

    private void templates(Context ctx) throws ApiException, StorageException {
        KioskRecord kiosk = kiosks.authenticate(ctx.method().name(), ApiHandlers.target(ctx), NO_BODY, ctx::header);
        long since = SinceQuery.parse(ctx.queryString());
        JsonIo.write(ctx, 200, database.inTransaction(connection -> faces.rowsFor(connection, kiosk.kioskId(),
                since)).orElseThrow(() -> new ApiException(409, Codes.FACE_KEY_REQUIRED, "register the kiosk's"
                + " face key first (PUT /v1/face/kiosk-key)")));
    }
}
