package org.huzhu.kiosk.app;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.face.AnalysedFace;
import org.huzhu.face.FaceEngine;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.desk.FaceEnrolment;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.face.FaceTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's consenting resident (issue 14): Li Jianguo's face enrolled as the demo social worker would at the counter
 * (his consent recorded, the template sealed to the server and staff-signed), from a public photo of John Salley who
 * stands in for him. The server then sends it, sealed to the kiosk, with the next sync, and he can sign in by face.
 * Needs the model pack and {@code libdlib19.1}'s photos; without either the demo says so in its log and signs in by
 * card and code only. Once: not again when the kiosk already holds his template.
 */
final class DemoFaces {

    static final UUID LI = DemoDevices.residentId(DemoCards.LI_JIANGUO);
    private static final Logger LOG = LoggerFactory.getLogger(DemoFaces.class);

    private DemoFaces() {
    }

    /** Blocking (the engine, the journal): a worker thread. True if an enrolment was recorded. */
    static boolean enrolLi(FaceEngine engine, FaceEnrolment faces, FaceTemplateStore store, Journal journal,
            DemoServer server, Runnable nudge) {
        try {
            if (store.holds(LI)) {
                return false;
            }
            Optional<BufferedImage> photo = DemoCamera.photo(DemoCamera.LI_ENROLMENT_PHOTO);
            List<AnalysedFace> found = photo.map(image -> engine.analyse(image).faces()).orElse(List.of());
            if (found.size() != 1) {
                LOG.warn("Li Jianguo's demo face is not enrolled: {} has {} faces", DemoCamera.LI_ENROLMENT_PHOTO,
                        photo.isPresent() ? found.size() : "no readable image with");
                return false;
            }
            org.huzhu.face.FaceTemplate template = found.getFirst().template();
            journal.recordAuthorised(List.of(new Journal.Step(faces.enrolment(LI, server.faceKey(),
                    FaceTemplate.ofVector(template.modelId(), template.values())), BusinessChange.NONE)),
                    DemoStaffCard.ACTOR, new DemoStaffCard());
            nudge.run();
            LOG.info("Li Jianguo's demo face enrolled; it reaches this kiosk with the next sync");
            return true;
        } catch (Refusal | JournalException | StorageException e) {
            LOG.warn("Li Jianguo's demo face is not enrolled: {}", e.getMessage());
            return false;
        }
    }
}
