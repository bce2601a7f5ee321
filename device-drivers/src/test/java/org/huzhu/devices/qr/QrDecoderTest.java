package org.huzhu.devices.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.huzhu.devices.camera.Frame;
import org.huzhu.devices.camera.testsupport.DlibExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Codes made with ZXing's writer, put into a real video frame (640x480, as the kiosk's camera gives). */
class QrDecoderTest {

    private final QrDecoder decoder = new QrDecoder();
    private BufferedImage videoFrame;

    @BeforeEach
    void videoFrame() {
        List<Path> frames = DlibExamples.videoFrameFiles();
        videoFrame = QrPictures.scaled(QrPictures.read(frames.get(frames.size() / 2)), 640, 480);
    }

    private QrResult decodeInFrame(BufferedImage code, double degrees) {
        return decoder.decode(QrPictures.withCode(videoFrame, code, 400, 260, degrees));
    }

    @Test
    void aSmallCodeInAPhotoIsRead() {
        // 3 px per module: the whole code is about 120 px wide, a phone held at arm's length.
        assertThat(decodeInFrame(QrPictures.code(QrPictures.RESIDENT_CODE, 3), 0))
                .isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
    }

    @Test
    void aTurnedCodeIsRead() {
        assertThat(decodeInFrame(QrPictures.code(QrPictures.RESIDENT_CODE, 4), 33))
                .isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
        assertThat(decodeInFrame(QrPictures.code(QrPictures.RESIDENT_CODE, 4), 90))
                .isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
    }

    @Test
    void anInvertedCodeIsRead() {
        assertThat(decodeInFrame(QrPictures.inverted(QrPictures.code(QrPictures.RESIDENT_CODE, 4)), 10))
                .isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
    }

    @Test
    void aSlightlyBlurredCodeIsRead() {
        BufferedImage picture = QrPictures.blurred(QrPictures.withCode(videoFrame,
                QrPictures.code(QrPictures.RESIDENT_CODE, 4), 300, 220, 8));

        assertThat(decoder.decode(picture)).isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
    }

    @Test
    void chineseTextSurvivesAsUtf8() {
        String text = "互助 王秀英 陪同就医";

        assertThat(decodeInFrame(QrPictures.code(text, 5), 0)).isEqualTo(new QrResult.Found(text));
    }

    @Test
    void aLargeFrameIsShrunkAndStillRead() {
        BufferedImage large = QrPictures.withCode(QrPictures.scaled(videoFrame, 1920, 1440),
                QrPictures.code(QrPictures.RESIDENT_CODE, 9), 1200, 700, 15);

        assertThat(decoder.decode(large)).isEqualTo(new QrResult.Found(QrPictures.RESIDENT_CODE));
    }

    @Test
    void aFrameOfTheCameraIsReadAsItIs() {
        Frame frame = Frame.copyOf(QrPictures.withCode(videoFrame, QrPictures.code("HZB1.booking-42", 4), 200, 200,
                0), 0, 0);

        assertThat(decoder.decode(frame.image())).isEqualTo(new QrResult.Found("HZB1.booking-42"));
    }

    @Test
    void photosWithoutACodeGiveNotFound() {
        assertThat(decoder.decode(videoFrame)).isEqualTo(new QrResult.NotFound());
        assertThat(decoder.decode(QrPictures.read(DlibExamples.dogs()))).isEqualTo(new QrResult.NotFound());
    }
}
