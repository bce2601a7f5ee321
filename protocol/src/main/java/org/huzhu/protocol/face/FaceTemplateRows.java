package org.huzhu.protocol.face;

import java.util.List;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * {@code GET /v1/face/templates?since=V} answer (docs/protocol.md §14): the community's face templates that changed
 * after version {@code since}, each sealed to the asking kiosk; {@code version} is what to ask with next time. The
 * kiosk's cursor is its own, apart from the snapshot's, and starts again at 0 whenever it registers a new key.
 */
public record FaceTemplateRows(long since, long version, List<Row> templates) {

    public FaceTemplateRows {
        templates = List.copyOf(templates);
    }

    /**
     * One resident's template, or its removal.
     *
     * @param modelId  {@code null} when removed
     * @param template sealed to the asking kiosk (recipient: its kiosk id); {@code null} when removed: delete it
     */
    public record Row(String residentId, @MayBeNull String modelId, @MayBeNull SealedTemplate template,
            long version) {

        public boolean removed() {
            return template == null;
        }
    }
}
