package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.residentcode.ResidentCode;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.protocol.residentcode.ResidentCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A printed resident code: Poppler reads its words, and ZXing reads the code back from the rendered page. */
class ResidentCodeSlipPdfTest {

    private static final SignatureSuite SUITE = SignatureSuites.ED25519_SHA256;
    private static Path pdfs;
    private static String code;

    @BeforeAll
    static void tools() throws Exception {
        pdfs = Poppler.readyFolder();
        code = ResidentCodes.encode(ResidentCode.issue(UUID.randomUUID(), UUID.randomUUID(), "default",
                Instant.parse("2027-01-05T02:30:00Z"), ResidentCodePurpose.PRINTED), SUITE,
                SUITE.generateKeyPair().getPrivate());
    }

    @Test
    void thePageNamesTheResidentSaysUntilWhenAndCarriesTheCodeAReaderDecodes() throws Exception {
        Path pdf = pdfs.resolve("resident-code-en.pdf");
        new ResidentCodeSlipPdf(Language.EN, "互助社区服务中心", ReportFixtures.CLOCK)
                .write(new ResidentCodeSlip("王秀英", code, Instant.parse("2027-04-05T02:30:00Z")), pdf);

        assertThat(Poppler.pages(pdf)).isEqualTo(1);
        assertThat(Poppler.text(pdf)).contains("Sign-in code", "王秀英", "Valid until 5 April 2027",
                "hold this code up to the kiosk's camera", "ask at the counter to cancel it");
        assertThat(decode(Poppler.render(pdf, 1, 150, pdfs.resolve("resident-code-en.png")))).isEqualTo(code);
    }

    @Test
    void theChinesePageSaysTheSame() throws Exception {
        Path pdf = pdfs.resolve("resident-code-zh.pdf");
        new ResidentCodeSlipPdf(Language.ZH_CN, "互助社区服务中心", ReportFixtures.CLOCK)
                .write(new ResidentCodeSlip("王秀英", code, Instant.parse("2027-04-05T02:30:00Z")), pdf);

        assertThat(Poppler.text(pdf)).contains("登录码", "王秀英", "有效期至：2027年4月5日", "服务台作废");
    }

    private static String decode(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
