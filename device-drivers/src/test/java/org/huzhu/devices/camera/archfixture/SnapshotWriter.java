package org.huzhu.devices.camera.archfixture;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/** ARCHITECTURE FIXTURE. Breaks the "only camera snap writes images" rule, to prove the rule can fail. */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    public static void keep(BufferedImage frame) throws IOException {
        ImageIO.write(frame, "png", new File("frame.png"));
    }
}
