package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.face.KioskFaceKey;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.junit.jupiter.api.Test;

/**
 * 王秀英's face enrolled at the demo counter (ADR 0019): sealed to the server's key in the counter's journal,
 * accepted by the demo server, and at the demo kiosk after its next sync, sealed to the kiosk's own key; deleted
 * again at the counter, it leaves the kiosk too. A face key the pinned server did not sign seals nothing.
 */
class FaceEnrolmentTest extends SignedInCounterTest {

    @Test
    void anEnrolledFaceReachesTheKioskSealedAndLeavesItWhenDeleted() throws Exception {
        Desk desk = counter.counterContext().desk();
        FaceTemplate template = template(7);
        long head = counter.journal().journal().headSequence();

        desk.faces().enrol(staff, TestCommunity.WANG, server.serverFaceKey(), template);

        Transaction enrolled = CounterStations.journalAfter(counter, head).getLast();
        FaceEnrolled payload = (FaceEnrolled) enrolled.body().payload();
        assertThat(payload.residentId()).isEqualTo(TestCommunity.WANG);
        assertThat(payload.consent()).isEqualTo(FaceEnrolment.CONSENT);
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Base64.getDecoder().decode(payload.template().ciphertext())))
                .as("the journal holds no run of the template's bytes")
                .doesNotContain(hex.formatHex(Arrays.copyOf(template.vectorBytes(), 16)));
        assertThat(TestCommunity.awaitVerdict(counter, enrolled.sequence())).isEqualTo("accepted");

        KioskRuntime kiosk = stations.kiosk();
        FaceTemplateStore atTheKiosk = new FaceTemplateStore(kiosk.journal().database());
        KioskFaceKey kioskKey = new KioskFaceKey(kiosk.journal().journal().identity());
        kiosk.context().sync().orElseThrow().nudge();
        Await.until("the kiosk's sync brings 王秀英's face", () -> atTheKiosk.count() == 1);
        List<FaceTemplateStore.EnrolledFace> faces = atTheKiosk.open(kioskKey);
        assertThat(faces).singleElement().satisfies(face -> {
            assertThat(face.residentId()).isEqualTo(TestCommunity.WANG);
            assertThat(face.template().vector()).containsExactly(template.vector());
        });
        assertThat(atTheKiosk.open(new KioskFaceKey(counter.journal().journal().identity())))
                .as("another station's key opens none of the kiosk's").isEmpty();

        long beforeRemoval = counter.journal().journal().headSequence();
        desk.faces().remove(staff, TestCommunity.WANG);
        Transaction removed = CounterStations.journalAfter(counter, beforeRemoval).getLast();
        assertThat(TestCommunity.awaitVerdict(counter, removed.sequence())).isEqualTo("accepted");
        kiosk.context().sync().orElseThrow().nudge();
        Await.until("the kiosk's sync deletes 王秀英's face", () -> atTheKiosk.count() == 0);
    }

    @Test
    void aFaceKeyThePinnedServerDidNotSignSealsNothing() throws Exception {
        Desk desk = counter.counterContext().desk();
        var impostor = SignatureSuites.ED25519_SHA256.generateKeyPair();
        var sealing = SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair();
        FaceKey forged = FaceKey.signedByServer(SealingScheme.HPKE_X25519_SHA256_AES128GCM, sealing.getPublic(),
                SignatureSuites.ED25519_SHA256, impostor.getPrivate());
        long head = counter.journal().journal().headSequence();

        assertThatThrownBy(() -> desk.faces().enrol(staff, TestCommunity.WANG, forged, template(8)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Refusal.Reason.FACE_KEY_NOT_TRUSTED));
        FaceKey unsigned = FaceKey.unsigned(SealingScheme.HPKE_X25519_SHA256_AES128GCM, sealing.getPublic());
        assertThatThrownBy(() -> desk.faces().enrol(staff, TestCommunity.WANG, unsigned, template(8)))
                .isInstanceOf(Refusal.class);
        assertThat(counter.journal().journal().headSequence()).as("nothing recorded").isEqualTo(head);
    }

    static FaceTemplate template(long seed) {
        Random random = new Random(seed);
        float[] vector = new float[512];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return FaceTemplate.ofVector("faceplugin-fr-feature-512", vector);
    }
}
