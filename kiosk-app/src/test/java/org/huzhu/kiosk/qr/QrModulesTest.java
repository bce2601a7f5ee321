package org.huzhu.kiosk.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import org.huzhu.devices.qr.QrDecoder;
import org.huzhu.devices.qr.QrResult;
import org.junit.jupiter.api.Test;

/** The kiosk's QR codes, read back by the camera's own decoder (device-drivers' {@link QrDecoder}). */
class QrModulesTest {

    private static final String CODE = "HZ1:RC:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:0123456789";

    @Test
    void whatIsEncodedIsReadBackByTheKiosksDecoder() {
        assertThat(new QrDecoder().decode(picture(QrModules.of(CODE, 4), 6))).isEqualTo(new QrResult.Found(CODE));
    }

    @Test
    void theQuietZoneIsAsWideAsAskedAndLight() {
        BitMatrix bare = QrModules.of(CODE, 0);
        BitMatrix framed = QrModules.of(CODE, 4);
        assertThat(framed.getWidth()).isEqualTo(bare.getWidth() + 8);
        for (int i = 0; i < framed.getWidth(); i++) {
            for (int edge = 0; edge < 4; edge++) {
                assertThat(framed.get(i, edge) || framed.get(edge, i)).as("module in the quiet zone").isFalse();
            }
        }
        // Without a quiet zone the finder pattern's dark corner is the first module.
        assertThat(bare.get(0, 0)).isTrue();
    }

    @Test
    void aPayloadTooLongForAnyQrCodeIsATypedError() {
        assertThatThrownBy(() -> QrModules.of("9".repeat(8000), 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a payload of 8000 characters does not fit a QR code");
    }

    private static BufferedImage picture(BitMatrix modules, int pixels) {
        int size = modules.getWidth() * pixels;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules.get(x / pixels, y / pixels) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
