package org.huzhu.kiosk.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceGallery;
import org.huzhu.face.FaceTemplate;
import org.huzhu.face.InvalidTemplateException;
import org.huzhu.kiosk.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the camera screen's in-memory gallery from the templates this station holds sealed (ADR 0019): opened with
 * the station's key, only those made by the engine's own embedder (a template of another model pack cannot be
 * compared, so it is left out and logged: its resident needs enrolling again). Blocking: worker threads only.
 */
public final class FaceGallerySource {

    private static final Logger LOG = LoggerFactory.getLogger(FaceGallerySource.class);

    private final FaceTemplateStore store;
    private final KioskFaceKey key;

    public FaceGallerySource(FaceTemplateStore store, KioskFaceKey key) {
        this.store = store;
        this.key = key;
    }

    /** The gallery for {@code engine}'s embedder, as the station holds it now. */
    public FaceGallery<UUID> galleryFor(FaceEngine engine) throws StorageException {
        List<Map.Entry<UUID, FaceTemplate>> entries = new ArrayList<>();
        for (FaceTemplateStore.EnrolledFace face : store.open(key)) {
            if (!face.template().modelId().equals(engine.embedderId())) {
                LOG.warn("The face template of {} was made by {}, not this kiosk's {}: left out", face.residentId(),
                        face.template().modelId(), engine.embedderId());
                continue;
            }
            try {
                entries.add(Map.entry(face.residentId(), FaceTemplate.of(face.template().modelId(),
                        face.template().vector())));
            } catch (InvalidTemplateException e) {
                LOG.warn("The face template of {} is not usable: {}", face.residentId(), e.getMessage());
            }
        }
        return FaceGallery.of(engine.embedderId(), engine.templateDimensions(), entries);
    }
}
