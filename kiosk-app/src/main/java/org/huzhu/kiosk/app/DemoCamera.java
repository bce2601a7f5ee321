package org.huzhu.kiosk.app;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.huzhu.devices.camera.sim.PictureCamera;
import org.huzhu.kiosk.qr.QrModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo tray holds up to the demo's camera (issue 14): the public face photos Debian's {@code libdlib19.1}
 * ships (they stand in for the demo residents' faces), and a resident code the demo server issues for 王秀英, as her
 * family's phone would show it. Pictures are read into memory; nothing is written. Thread-safe; blocking
 * (disk, the demo server): a worker thread.
 */
public final class DemoCamera {

    /** Where Debian's {@code libdlib19.1} puts its example photos. */
    public static final Path PHOTOS = Path.of("/usr/share/doc/libdlib19.1/examples");

    private static final Logger LOG = LoggerFactory.getLogger(DemoCamera.class);
    private static final int QR_MODULE_PIXELS = 7;

    /** A picture on the tray. */
    public enum Picture {
        /** Li Jianguo's face (a photo of John Salley, who stands in for him), live: he signs in. */
        LI_FACE("johns/John_Salley/000198_02159470.jpg"),
        /** A photo of the same face that the liveness check refuses, as a printed photo held up would be. */
        LI_PRINTED("johns/John_Salley/000197_02159322.jpg"),
        /** Somebody nobody enrolled. */
        STRANGER("faces/Tom_Cruise_avp_2014_4.jpg"),
        /** Several people at once. */
        GROUP("faces/2008_002506.jpg"),
        /** No face at all. */
        DOGS("faces/dogs.jpg"),
        /** 王秀英's resident code on her family's phone. */
        WANG_CODE(null);

        private final String photo;

        Picture(String photo) {
            this.photo = photo;
        }
    }

    /** The photo Li Jianguo's face was enrolled from (another photo than the one shown). */
    static final Path LI_ENROLMENT_PHOTO = PHOTOS.resolve("johns/John_Salley/000179_02159509.jpg");

    /** Issues a resident code's text for the demo resident 王秀英, if the server can now. */
    @FunctionalInterface
    interface CodeIssuer {
        Optional<String> issueForWang();
    }

    private final PictureCamera camera;
    private volatile CodeIssuer codes;

    DemoCamera(PictureCamera camera) {
        this.camera = camera;
    }

    /** The demo kiosk's camera can be shown a code issued by its embedded server. */
    void issueCodesWith(CodeIssuer issuer) {
        this.codes = issuer;
    }

    /** The camera itself, for the station's camera service. */
    PictureCamera camera() {
        return camera;
    }

    /** Whether {@code picture} can be shown on this machine (the photos need {@code libdlib19.1}). */
    public boolean offers(Picture picture) {
        return picture.photo == null ? codes != null : Files.isRegularFile(PHOTOS.resolve(picture.photo));
    }

    /** Holds {@code picture} up to the camera until another one; false (and the empty room) if it cannot be had. */
    public boolean show(Picture picture) {
        Optional<BufferedImage> image = picture.photo == null ? wangCode() : photo(PHOTOS.resolve(picture.photo));
        image.ifPresentOrElse(camera::show, camera::showNothing);
        return image.isPresent();
    }

    /** Tells {@code listener} when the camera turns on and off (on a camera thread). */
    public void onFilming(java.util.function.Consumer<Boolean> listener) {
        camera.onFilming(listener);
    }

    /** Takes the picture away: the camera sees the empty room. */
    public void showNothing() {
        camera.showNothing();
    }

    static Optional<BufferedImage> photo(Path file) {
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            LOG.warn("The demo photo {} cannot be read ({}): install libdlib19.1 for the camera's demo pictures", file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<BufferedImage> wangCode() {
        CodeIssuer issuer = codes;
        Optional<String> text = issuer == null ? Optional.empty() : issuer.issueForWang();
        return text.map(DemoCamera::phoneShowing);
    }

    /** The code as a phone shows it: black modules on a white screen with a quiet zone, in a dark phone body. */
    private static BufferedImage phoneShowing(String code) {
        BitMatrix modules = QrModules.of(code, 4);
        int size = modules.getWidth() * QR_MODULE_PIXELS;
        int border = size / 8;
        BufferedImage phone = new BufferedImage(size + 2 * border, size + 6 * border, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = phone.createGraphics();
        try {
            graphics.setColor(new Color(0x202124));
            graphics.fillRect(0, 0, phone.getWidth(), phone.getHeight());
            graphics.setColor(Color.WHITE);
            graphics.fillRect(border, 3 * border, size, size);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y)) {
                        graphics.fillRect(border + x * QR_MODULE_PIXELS, 3 * border + y * QR_MODULE_PIXELS,
                                QR_MODULE_PIXELS, QR_MODULE_PIXELS);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        return phone;
    }
}
