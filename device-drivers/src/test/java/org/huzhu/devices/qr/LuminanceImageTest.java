package org.huzhu.devices.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LuminanceImageTest {

    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(4, 2, type);
        int[] rgb = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0x808080, 0x102030, 0xC0A080};
        for (int i = 0; i < rgb.length; i++) {
            image.setRGB(i % 4, i / 4, rgb[i]);
        }
        return image;
    }

    @Test
    void bgrBytesAndOtherImageTypesGiveZxingsLuminance() {
        byte[] fromBgr = LuminanceImage.of(picture(BufferedImage.TYPE_3BYTE_BGR), 960).getMatrix();
        byte[] fromRgb = LuminanceImage.of(picture(BufferedImage.TYPE_INT_RGB), 960).getMatrix();

        // (R + 2G + B) / 4 for red, green, blue, white, black, grey 128, (16, 32, 48), (192, 160, 128)
        assertThat(fromBgr).containsExactly(63, 127, 63, 255, 0, 128, 32, 160);
        assertThat(fromRgb).containsExactly(fromBgr);
    }

    @Test
    void aLargePictureIsShrunkByAWholeFactorAveragingBlocks() {
        LuminanceImage shrunk = LuminanceImage.of(picture(BufferedImage.TYPE_3BYTE_BGR), 2);

        assertThat(shrunk.getWidth()).isEqualTo(2);
        assertThat(shrunk.getHeight()).isEqualTo(1);
        // Blocks: red, green, black, grey -> (63 + 127 + 0 + 128) / 4; blue, white, dark, light -> (63+255+32+160)/4
        assertThat(shrunk.getMatrix()).containsExactly(79, 127);
    }

    @Test
    void turningCounterClockwiseMovesTheTopRightCornerToTheTopLeft() {
        LuminanceImage image = LuminanceImage.of(picture(BufferedImage.TYPE_3BYTE_BGR), 960);

        var turned = image.rotateCounterClockwise();

        assertThat(turned.getWidth()).isEqualTo(2);
        assertThat(turned.getHeight()).isEqualTo(4);
        assertThat(turned.getRow(0, null)).containsExactly((byte) 255, (byte) 160);
        assertThat(turned.getRow(3, null)).containsExactly((byte) 63, (byte) 0);
    }
}
