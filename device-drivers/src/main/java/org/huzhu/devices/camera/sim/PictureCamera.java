package org.huzhu.devices.camera.sim;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A simulated camera for the demo and UI tests: it films whatever picture is held up to it ({@link #show}), at a
 * steady frame rate, and an empty grey room when nothing is. Pictures stay in memory: nothing is read from or written
 * to disk while it films. A webcam-capture driver with one device, so the kiosk's camera service drives it exactly as
 * a real camera. Thread-safe: the demo tray holds pictures up from the FX thread while the capture thread films.
 */
public final class PictureCamera implements WebcamDriver {

    public static final String NAME = "Demo camera (simulated)";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES_PER_SECOND = 15;

    private final AtomicReference<BufferedImage> shown = new AtomicReference<>(emptyRoom());
    private final Device device = new Device();
    private volatile Consumer<Boolean> filming = on -> { };

    /**
     * Tells {@code listener} each time the camera turns on ({@code true}) or off, on the capture thread (the demo
     * tray offers its pictures only while the camera films, as people hold things up only to a camera that is on).
     */
    public void onFilming(Consumer<Boolean> listener) {
        this.filming = Objects.requireNonNull(listener);
    }

    /** From now on the camera films {@code picture} (drawn over a 640x480 frame, keeping its proportions). */
    public void show(BufferedImage picture) {
        shown.set(framed(Objects.requireNonNull(picture)));
    }

    /** From now on the camera films the empty room. */
    public void showNothing() {
        shown.set(emptyRoom());
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return List.of(device);
    }

    @Override
    public boolean isThreadSafe() {
        return false;
    }

    @Override
    public String toString() {
        return NAME;
    }

    private static BufferedImage emptyRoom() {
        BufferedImage room = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = room.createGraphics();
        try {
            graphics.setColor(new Color(0x8a8f94));
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
        } finally {
            graphics.dispose();
        }
        return room;
    }

    /** The picture scaled to fit the frame, centred on the empty room (as a photo held up fills the view). */
    private static BufferedImage framed(BufferedImage picture) {
        BufferedImage frame = emptyRoom();
        double scale = Math.min((double) WIDTH / picture.getWidth(), (double) HEIGHT / picture.getHeight());
        int width = (int) Math.round(picture.getWidth() * scale);
        int height = (int) Math.round(picture.getHeight() * scale);
        Graphics2D graphics = frame.createGraphics();
        try {
            graphics.drawImage(picture, (WIDTH - width) / 2, (HEIGHT - height) / 2, width, height, null);
        } finally {
            graphics.dispose();
        }
        return frame;
    }

    /** The one camera: each read waits for the next frame's time, as a real sensor does, then hands a fresh copy. */
    private final class Device implements WebcamDevice {

        private final long periodNanos = TimeUnit.SECONDS.toNanos(1) / FRAMES_PER_SECOND;
        private volatile boolean open;
        private long nextFrameAtNanos;

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {getResolution()};
        }

        @Override
        public Dimension getResolution() {
            return new Dimension(WIDTH, HEIGHT);
        }

        @Override
        public void setResolution(Dimension size) {
            // One mode only, as many cheap cameras have.
        }

        @Override
        public BufferedImage getImage() {
            long wait = nextFrameAtNanos - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            nextFrameAtNanos = Math.max(nextFrameAtNanos, System.nanoTime() - periodNanos) + periodNanos;
            BufferedImage picture = shown.get();
            // A copy: the service hands each frame to several sessions and the next show() must not change it.
            BufferedImage copy = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            picture.copyData(copy.getRaster());
            return copy;
        }

        @Override
        public void open() {
            nextFrameAtNanos = System.nanoTime();
            open = true;
            filming.accept(true);
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                filming.accept(false);
            }
        }

        @Override
        public void dispose() {
            close();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
