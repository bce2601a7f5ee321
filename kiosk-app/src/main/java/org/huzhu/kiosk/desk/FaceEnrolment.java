package org.huzhu.kiosk.desk;

import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.ServerBinding;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.face.SealedTemplate;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;

/**
 * Enrols a resident's face at the counter, and deletes it (ADR 0019). The template is sealed to the server's
 * template key, after checking that key was signed by the receipt key this counter pinned at enrolment, so the
 * counter's journal and the sync traffic hold it only sealed. Only with the resident's separate consent, recorded in
 * the transaction; staff-signed. Blocking: worker threads only. Thread-safe.
 */
public final class FaceEnrolment {

    /** The consent text the resident agrees to at the counter (its reference travels in every face.enrolled). */
    public static final String CONSENT = "face-2026-12";

    private final CounterRecorder recorder;
    private final Database database;

    public FaceEnrolment(CounterRecorder recorder, Database database) {
        this.recorder = recorder;
        this.database = database;
    }

    /**
     * Records {@code template} as {@code resident}'s face.
     *
     * @param serverKey what the server published ({@code GET /v1/face/server-key})
     * @throws Refusal nothing recorded: {@code FACE_KEY_NOT_TRUSTED} (not signed by the pinned receipt key, or this
     *     counter is not enrolled), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public void enrol(StaffSession staff, UUID resident, FaceKey serverKey, FaceTemplate template) throws Refusal {
        recorder.record(staff, List.of(new Journal.Step(enrolment(resident, serverKey, template),
                BusinessChange.NONE)));
    }

    /**
     * The {@code face.enrolled} of {@code template} for {@code resident}, sealed to {@code serverKey}, for a staff
     * signature (the counter's, or the demo's seed).
     *
     * @throws Refusal {@code FACE_KEY_NOT_TRUSTED} or {@code NOT_RECORDED}, as {@link #enrol}
     */
    public FaceEnrolled enrolment(UUID resident, FaceKey serverKey, FaceTemplate template) throws Refusal {
        try {
            return new FaceEnrolled(resident, template.modelId(), CONSENT, SealedTemplate.seal(trusted(serverKey),
                    serverKey.sealingScheme(), SealedTemplate.SERVER, resident, template));
        } catch (KeyMismatchException | InvalidKeySpecException e) {
            throw new Refusal(Refusal.Reason.FACE_KEY_NOT_TRUSTED, "the server's face key is not usable: "
                    + e.getMessage(), e);
        }
    }

    /** Records that {@code resident}'s face is to be deleted everywhere. */
    public void remove(StaffSession staff, UUID resident) throws Refusal {
        recorder.record(staff, List.of(new Journal.Step(new FaceRemoved(resident, "resident asked"),
                BusinessChange.NONE)));
    }

    private PublicKey trusted(FaceKey serverKey) throws Refusal, InvalidKeySpecException {
        Optional<ServerBinding> binding;
        PublicKey receiptKey;
        try {
            binding = ServerBinding.load(database);
            if (binding.isEmpty()) {
                throw new Refusal(Refusal.Reason.FACE_KEY_NOT_TRUSTED, "this counter is not enrolled with a server");
            }
            receiptKey = binding.get().receiptKey();
        } catch (StorageException e) {
            throw new Refusal(Refusal.Reason.NOT_RECORDED, e.getMessage(), e);
        } catch (SyncException e) {
            throw new Refusal(Refusal.Reason.FACE_KEY_NOT_TRUSTED, e.getMessage(), e);
        }
        var suite = SignatureSuites.ALL.stream().filter(s -> s.id().equals(binding.get().serverKey().suite()))
                .findFirst();
        if (suite.isEmpty() || !serverKey.signedBy(suite.get(), receiptKey)) {
            throw new Refusal(Refusal.Reason.FACE_KEY_NOT_TRUSTED, "the face key is not signed by the server this"
                    + " counter enrolled with");
        }
        return serverKey.decode();
    }
}
