package org.huzhu.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.huzhu.devices.camera.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera.source setting and the file camera's playback. */
class CameraSourceTest {

    @TempDir
    Path temp;

    @Test
    void theSettingNamesANativeCameraOrImages() {
        assertThat(CameraSource.fromSetting("")).isEqualTo(new CameraSource.NativeCamera(Optional.empty()));
        assertThat(CameraSource.fromSetting(" native ")).isEqualTo(new CameraSource.NativeCamera(Optional.empty()));
        assertThat(CameraSource.fromSetting("native: C270 ")).isEqualTo(
                new CameraSource.NativeCamera(Optional.of("C270")));
        assertThat(CameraSource.fromSetting("/srv/demo/camera")).isEqualTo(new CameraSource.ImageFiles(
                Path.of("/srv/demo/camera"), CameraSource.DEFAULT_FILE_FPS, CameraSource.AtEnd.LOOP));
        assertThatThrownBy(() -> new CameraSource.ImageFiles(temp, 0, CameraSource.AtEnd.LOOP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStillImageLoopsAndAFolderPlayedOnceEnds() {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 2);
        FileCameraDevice still = new FileCameraDevice(new CameraSource.ImageFiles(folder.resolve("frame-01.png"), 60,
                CameraSource.AtEnd.LOOP));
        still.open();
        for (int i = 0; i < 3; i++) {
            assertThat(TestImages.greyOf(still.getImage())).isEqualTo(TestImages.grey(1));
        }
        assertThat(still.ended()).isFalse();

        FileCameraDevice once = new FileCameraDevice(new CameraSource.ImageFiles(folder, 60, CameraSource.AtEnd.STOP));
        once.open();
        BufferedImage first = once.getImage();
        BufferedImage second = once.getImage();
        assertThat(TestImages.greyOf(first)).isEqualTo(TestImages.grey(0));
        assertThat(TestImages.greyOf(second)).isEqualTo(TestImages.grey(1));
        assertThat(once.ended()).isTrue();
        assertThat(once.getImage()).isNull();
        once.close();
        once.open();
        assertThat(once.ended()).as("opening again starts from the first image").isFalse();
    }
}
