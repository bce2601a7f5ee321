package org.huzhu.protocol.payload;

import java.util.UUID;
import org.huzhu.protocol.face.SealedTemplate;

/**
 * Staff enrolled a resident's face at the counter, with the resident's separate consent to face sign-in (ADR 0019):
 * the template, sealed to the server's template key, replaces any earlier one. Only staff may record it.
 *
 * @param modelId  the model pack's embedder id, which made the template
 * @param consent  the consent text's reference the resident agreed to, e.g. {@code face-2026-12}
 */
public record FaceEnrolled(UUID residentId, String modelId, String consent, SealedTemplate template)
        implements Payload {

    public FaceEnrolled {
        Checks.present("residentId", residentId);
        Checks.modelId("modelId", modelId);
        Checks.text("consent", consent);
        Checks.present("template", template);
    }
}
