package org.huzhu.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huzhu.face.testsupport.PublicPhotos;
import org.huzhu.face.testsupport.TestPack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The engine on real photos (Debian's libdlib19.1) with the development pack. */
@Tag(TestPack.TAG)
class FaceEngineTest {

    private static final FacePolicy POLICY = FacePolicy.standard(TestPack.engine().similarityThreshold());

    static BufferedImage photo(String relative) {
        return PublicPhotos.read(PublicPhotos.root().resolve(relative));
    }

    static BufferedImage salley(String file) {
        return photo("johns/John_Salley/" + file);
    }

    /** The photo in the middle of a plain grey card three times its size: a print held up to the camera. */
    static BufferedImage onGreyCard(BufferedImage image) {
        BufferedImage card = new BufferedImage(image.getWidth() * 3, image.getHeight() * 3,
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = card.createGraphics();
        graphics.setColor(Color.GRAY);
        graphics.fillRect(0, 0, card.getWidth(), card.getHeight());
        graphics.drawImage(image, image.getWidth(), image.getHeight(), null);
        graphics.dispose();
        return card;
    }

    private static AnalysedFace onlyFace(BufferedImage image) {
        List<AnalysedFace> faces = TestPack.engine().analyse(image).faces();
        assertThat(faces).isNotEmpty();
        return faces.getFirst();
    }

    @Test
    void theSamePersonIsSimilarAndAnotherIsNot() {
        FaceTemplate a = onlyFace(salley("000179_02159509.jpg")).template();
        FaceTemplate b = onlyFace(salley("000198_02159470.jpg")).template();
        FaceTemplate other = onlyFace(photo("johns/John_Savage/" + firstPhoto("John_Savage"))).template();

        assertThat(a.modelId()).isEqualTo("faceplugin-fr_feature-0.0.1");
        assertThat(a.dimensions()).isEqualTo(512);
        assertThat(a.similarity(a)).isCloseTo(1.0, within(1e-4));
        assertThat(a.similarity(b)).isGreaterThan(POLICY.similarityThreshold());
        assertThat(a.similarity(other)).isLessThan(POLICY.similarityThreshold() - 0.05);
    }

    @Test
    void aPhotoOfDogsHasNoFaceAndAGroupPhotoHasMany() {
        assertThat(TestPack.engine().analyse(photo("faces/dogs.jpg")).faces()).isEmpty();

        FrameAnalysis group = TestPack.engine().analyse(photo("faces/2008_002506.jpg"));
        assertThat(group.faces()).hasSize(3);
        assertThat(group.faces()).isSortedAccordingTo((x, y) -> Double.compare(y.box().height(), x.box().height()));
        assertThat(POLICY.decide(group, gallery()).getClass()).isEqualTo(FaceDecision.Refused.class);
        assertThat(((FaceDecision.Refused<String>) POLICY.decide(group, gallery())).reason())
                .isEqualTo(FaceRefusal.SEVERAL_FACES);
    }

    @Test
    void anEnrolledResidentIsMatchedFromAnotherPhotoThatPassesLiveness() {
        FrameAnalysis frame = TestPack.engine().analyse(salley("000198_02159470.jpg"));

        FaceDecision<String> decision = POLICY.decide(frame, gallery());

        assertThat(decision).isInstanceOfSatisfying(FaceDecision.Matched.class,
                matched -> assertThat(matched.key()).isEqualTo("salley"));
    }

    @Test
    void aPrintOnAPlainCardFailsLivenessWhileTheSamePhotoFullFramePasses() {
        BufferedImage portrait = photo("faces/Tom_Cruise_avp_2014_4.jpg");

        assertThat(onlyFace(portrait).liveness()).isGreaterThan(0.9f);
        assertThat(onlyFace(onGreyCard(portrait)).liveness()).isLessThan(0.1f);
        assertThat(((FaceDecision.Refused<String>) POLICY.decide(TestPack.engine().analyse(
                salley("000197_02159322.jpg")), gallery())).reason()).isEqualTo(FaceRefusal.NOT_LIVE);
    }

    @Test
    void qualityTellsFarBlurredDarkAndTurnedFacesApart() {
        BufferedImage portrait = photo("faces/Tom_Cruise_avp_2014_4.jpg");
        FaceQuality good = onlyFace(portrait).quality();
        assertThat(POLICY.qualityProblem(good)).isEmpty();

        BufferedImage far = new BufferedImage(portrait.getWidth() * 4, portrait.getHeight() * 4,
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = far.createGraphics();
        graphics.drawImage(portrait, portrait.getWidth() * 2, portrait.getHeight(), null);
        graphics.dispose();
        assertThat(POLICY.qualityProblem(onlyFace(far).quality())).contains(FaceRefusal.TOO_FAR);

        BufferedImage blurred = blur(portrait, 31);
        FaceQuality blur = onlyFace(blurred).quality();
        assertThat(blur.sharpness()).isLessThan(good.sharpness() / 10);
        assertThat(POLICY.qualityProblem(blur)).contains(FaceRefusal.BLURRED);

        BufferedImage dark = new RescaleOp(0.25f, 0, null).filter(toBgr(portrait), null);
        assertThat(POLICY.qualityProblem(onlyFace(dark).quality())).contains(FaceRefusal.POOR_LIGHT);

        FaceQuality tilted = onlyFace(rotate(portrait, 35)).quality();
        assertThat(Math.abs(tilted.rollDegrees())).isGreaterThan(20);
        assertThat(POLICY.qualityProblem(tilted)).contains(FaceRefusal.NOT_FRONTAL);
    }

    @Test
    void framesAnalysedFromTwoThreadsGiveTheSameTemplatesAsOneByOne() throws Exception {
        List<BufferedImage> images = List.of(salley("000179_02159509.jpg"), salley("000198_02159470.jpg"),
                photo("faces/Tom_Cruise_avp_2014_4.jpg"));
        List<FaceTemplate> alone = images.stream().map(i -> onlyFace(i).template()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<FaceTemplate>> futures = images.stream()
                        .map(i -> pool.submit(() -> onlyFace(i).template())).toList();
                for (int i = 0; i < images.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(alone.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static FaceGallery<String> gallery() {
        return FaceGallery.of(TestPack.engine().embedderId(), TestPack.engine().templateDimensions(), List.of(
                Map.entry("salley", onlyFace(salley("000179_02159509.jpg")).template()),
                Map.entry("savage", onlyFace(photo("johns/John_Savage/" + firstPhoto("John_Savage"))).template())));
    }

    private static String firstPhoto(String person) {
        return PublicPhotos.johns().stream().filter(p -> p.person().equals(person)).map(p -> p.file().getFileName())
                .map(Path::toString).findFirst().orElseThrow();
    }

    private static BufferedImage toBgr(BufferedImage image) {
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = bgr.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return bgr;
    }

    private static BufferedImage blur(BufferedImage image, int size) {
        float[] kernel = new float[size * size];
        java.util.Arrays.fill(kernel, 1f / kernel.length);
        return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null).filter(toBgr(image), null);
    }

    private static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage rotated = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = rotated.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0));
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rotated;
    }
}
