package org.huzhu.server.face;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.face.FaceTemplateRows;
import org.huzhu.protocol.face.SealedTemplate;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.store.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Face templates on the server (ADR 0019, docs/protocol.md §14): enrolled and removed by staff-signed transactions,
 * kept sealed at rest, handed to each kiosk sealed to its own key. Immutable, thread-safe; every method works inside
 * the caller's database transaction.
 */
public final class FaceTemplateService {

    public static final String FACE_TEMPLATE_UNREADABLE = "face-template-unreadable";
    public static final String NO_FACE_TEMPLATE = "no-face-template";
    public static final String UNKNOWN_RESIDENT = "unknown-resident";

    private static final Logger LOG = LoggerFactory.getLogger(FaceTemplateService.class);

    private final FaceKeys keys;

    public FaceTemplateService(FaceKeys keys) {
        this.keys = keys;
    }

    public FaceKey serverKey() {
        return keys.published();
    }

    /**
     * Stores an enrolled template (staff authority was checked before), replacing any earlier one.
     *
     * @return the rejection code, empty when accepted
     */
    public Optional<String> enrol(Connection connection, String transactionId, FaceEnrolled enrolled, Instant at)
            throws SQLException {
        if (!Catalogue.residentExists(connection, enrolled.residentId())) {
            return Optional.of(UNKNOWN_RESIDENT);
        }
        FaceTemplate template;
        try {
            template = keys.openEnrolled(enrolled.template(), enrolled.residentId(), enrolled.modelId());
        } catch (SealedBoxException e) {
            LOG.info("face.enrolled {}: the template does not open for the server: {}", transactionId,
                    e.getMessage());
            return Optional.of(FACE_TEMPLATE_UNREADABLE);
        }
        FaceTemplates.put(connection, enrolled.residentId(), template.modelId(),
                keys.seal(template, enrolled.residentId()), transactionId, at);
        return Optional.empty();
    }

    /** Deletes a resident's template at their request; the rejection code, empty when accepted. */
    public Optional<String> remove(Connection connection, String transactionId, FaceRemoved removed, Instant at)
            throws SQLException {
        if (!Catalogue.residentExists(connection, removed.residentId())) {
            return Optional.of(UNKNOWN_RESIDENT);
        }
        return FaceTemplates.remove(connection, removed.residentId(), transactionId, at) ? Optional.empty()
                : Optional.of(NO_FACE_TEMPLATE);
    }

    /** A closed account keeps no face (ADR 0019): deletes its template, if any. */
    public void removeWithAccount(Connection connection, UUID residentId, String transactionId, Instant at)
            throws SQLException {
        FaceTemplates.remove(connection, residentId, transactionId, at);
    }

    /**
     * Registers a kiosk's sealing key, which the caller checked decodes ({@link FaceKey#decode}).
     *
     * @return true if it is a new key: the kiosk must then ask for every template again ({@code since=0})
     */
    public boolean registerKioskKey(Connection connection, String kioskId, FaceKey key) throws SQLException {
        return KioskFaceKeys.register(connection, kioskId, key);
    }

    /**
     * The templates changed after {@code since}, each sealed to the kiosk's registered key.
     *
     * @return empty if the kiosk has registered no key
     */
    public Optional<FaceTemplateRows> rowsFor(Connection connection, String kioskId, long since)
            throws SQLException {
        Optional<KioskFaceKeys.Registered> kioskKey = KioskFaceKeys.of(connection, kioskId);
        if (kioskKey.isEmpty()) {
            return Optional.empty();
        }
        long version = Versions.current(connection);
        List<FaceTemplateRows.Row> rows = new ArrayList<>();
        for (FaceTemplates.Stored stored : FaceTemplates.changedSince(connection, since)) {
            String resident = stored.residentId().toString();
            if (stored.box().isEmpty()) {
                rows.add(new FaceTemplateRows.Row(resident, null, null, stored.version()));
                continue;
            }
            try {
                FaceTemplate template = keys.open(stored.box().get(), stored.residentId(), stored.modelId().get());
                rows.add(new FaceTemplateRows.Row(resident, template.modelId(), SealedTemplate.seal(
                        kioskKey.get().key(), kioskKey.get().scheme(), kioskId, stored.residentId(), template),
                        stored.version()));
            } catch (SealedBoxException e) {
                // Another key store's rows, or a damaged one: a kiosk must not get it, and the rest still go.
                LOG.error("The face template of {} does not open with this server's key: {}", resident,
                        e.getMessage());
            } catch (KeyMismatchException e) {
                throw new IllegalStateException("a registered face key does not match its scheme", e);
            }
        }
        return Optional.of(new FaceTemplateRows(since, version, rows));
    }
}
