package org.huzhu.kiosk.sync;

import java.util.Optional;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.face.KioskFaceKey;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.face.FaceTemplateRows;

/**
 * Pulls the community's face templates (docs/protocol.md §14, ADR 0019) after the snapshot: registers this kiosk's
 * sealing key when it has not registered this one yet (and then asks for every template again), then the changes
 * since its own cursor, applied in one transaction. Blocking; called from the sync thread.
 */
final class FaceTemplatePull {

    /** The server's refusal when it holds no key of this kiosk (its database was restored, say): register again. */
    static final String FACE_KEY_REQUIRED = "face-key-required";

    private FaceTemplatePull() {
    }

    /** @return how many template rows (templates or removals) were applied */
    static int pull(SyncClient client, FaceTemplateStore store, KioskFaceKey key)
            throws SyncException, StorageException {
        try {
            return pullOnce(client, store, key, false);
        } catch (SyncException e) {
            if (!FACE_KEY_REQUIRED.equals(e.refusal())) {
                throw e;
            }
            return pullOnce(client, store, key, true);
        }
    }

    private static int pullOnce(SyncClient client, FaceTemplateStore store, KioskFaceKey key, boolean register)
            throws SyncException, StorageException {
        String publicKey = key.registration().publicKey();
        Optional<FaceTemplateStore.Cursor> cursor = store.cursor();
        if (register || cursor.isEmpty() || !cursor.get().publicKey().equals(publicKey)) {
            client.registerFaceKey(key.registration());
            store.startOver(publicKey);
            cursor = Optional.of(new FaceTemplateStore.Cursor(0, publicKey));
        }
        long since = cursor.get().version();
        FaceTemplateRows rows = client.faceTemplates(since);
        if (rows.since() != since || rows.version() < since) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server sent face templates from version "
                    + rows.since() + " to " + rows.version() + ", not from version " + since, null);
        }
        store.apply(rows, publicKey);
        return rows.templates().size();
    }
}
