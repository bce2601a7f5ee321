package org.huzhu.devices.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * TEST SUPPORT. QR codes made with ZXing's own writer and put into real photos the way a camera sees a phone or a
 * printed slip: small, turned, inverted, a little blurred.
 */
public final class QrPictures {

    /** What a resident code will look like: a prefix, a payload and a signature, ~90 characters. */
    public static final String RESIDENT_CODE =
            "HZR1.eyJyIjoiMmY0YzlhIiwiYyI6InFpbmdkYW8tMDEiLCJlIjoxNzk2MDAwMDAwfQ.Q2hlY2tlZEJ5VGhlS2lvc2s";

    private QrPictures() {
    }

    /** The code as black modules on white, {@code modulePixels} per module, with a 4-module quiet zone. */
    public static BufferedImage code(String text, int modulePixels) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
                            "UTF-8", EncodeHintType.MARGIN, 4));
            int size = modules.getWidth() * modulePixels;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, modules.get(x / modulePixels, y / modulePixels) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text, e);
        }
    }

    /** Light modules on dark, as some phone screens in dark mode show codes. */
    public static BufferedImage inverted(BufferedImage code) {
        BufferedImage image = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                image.setRGB(x, y, ~code.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return image;
    }

    /** A photo (any type) as a 3-byte BGR picture of the given size, scaled smoothly. */
    public static BufferedImage scaled(BufferedImage photo, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(photo, 0, 0, width, height, null);
        graphics.dispose();
        return image;
    }

    /**
     * A copy of {@code photo} with {@code code} drawn centred at ({@code centreX}, {@code centreY}), turned by
     * {@code degrees}, smoothly resampled as a camera would.
     */
    public static BufferedImage withCode(BufferedImage photo, BufferedImage code, int centreX, int centreY,
                                         double degrees) {
        BufferedImage image = scaled(photo, photo.getWidth(), photo.getHeight());
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform placement = new AffineTransform();
        placement.translate(centreX, centreY);
        placement.rotate(Math.toRadians(degrees));
        placement.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
        graphics.setColor(Color.WHITE);
        graphics.drawImage(code, placement, null);
        graphics.dispose();
        return image;
    }

    /** A 3x3 box blur: slightly out of focus. */
    public static BufferedImage blurred(BufferedImage picture) {
        float[] box = new float[9];
        Arrays.fill(box, 1f / 9f);
        BufferedImage target = new BufferedImage(picture.getWidth(), picture.getHeight(),
                BufferedImage.TYPE_3BYTE_BGR);
        return new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(picture, target);
    }

    public static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writePng(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
