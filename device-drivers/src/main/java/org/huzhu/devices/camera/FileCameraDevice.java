package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A camera that plays image files: a folder's images in file-name order, or one still image, paced at a fixed
 * frame rate ({@link #getImage()} waits for the next frame's time, as a real camera's read waits for the sensor).
 * Looping or stopping after the last image as configured. Removing the folder or file while open acts as unplugging
 * the camera ({@link CameraGoneException}); an image that does not decode is reported on its own
 * ({@link FrameUnreadableException}) and the next one follows.
 *
 * <p>Reads files only; writes nothing. Not thread-safe: the service calls it from its capture thread only.
 */
final class FileCameraDevice implements WebcamDevice, WebcamDevice.FPSSource, FiniteStream {

    private static final List<String> IMAGE_SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private final CameraSource.ImageFiles source;
    private final long framePeriodNanos;
    private List<Path> images = List.of();
    private Dimension resolution;
    private int next;
    private long nextFrameAtNanos;
    private boolean open;

    FileCameraDevice(CameraSource.ImageFiles source) {
        this.source = source;
        this.framePeriodNanos = TimeUnit.SECONDS.toNanos(1) / source.framesPerSecond();
    }

    /** The images this source would play, in order; empty if the path is missing or holds no image. */
    static List<Path> imagesAt(Path path) {
        if (Files.isRegularFile(path)) {
            return isImage(path) ? List.of(path) : List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile).filter(FileCameraDevice::isImage).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    @Override
    public String getName() {
        return "images " + source.path();
    }

    @Override
    public Dimension[] getResolutions() {
        return new Dimension[] {getResolution()};
    }

    /** The size of the first readable image (frames of other sizes are delivered at their own size). */
    @Override
    public Dimension getResolution() {
        if (resolution == null) {
            resolution = firstReadableSize(imagesAt(source.path()));
        }
        return new Dimension(resolution);
    }

    /** Files have one size: other sizes are ignored (the frames keep the images' own size). */
    @Override
    public void setResolution(Dimension size) {
        // Nothing to change: the images are what they are.
    }

    @Override
    public void open() {
        images = imagesAt(source.path());
        if (images.isEmpty()) {
            throw new CameraGoneException("no images at " + source.path());
        }
        next = 0;
        nextFrameAtNanos = System.nanoTime();
        open = true;
    }

    /**
     * The next image, after waiting for its time; {@code null} if the thread was interrupted while waiting or the
     * stream {@link #ended()}.
     *
     * @throws CameraGoneException if the folder or file is gone
     * @throws FrameUnreadableException if this image does not decode (the next call goes on with the next image)
     */
    @Override
    public BufferedImage getImage() {
        if (!open) {
            throw new WebcamException(getName() + " is not open");
        }
        if (next >= images.size()) {
            if (source.atEnd() == CameraSource.AtEnd.STOP) {
                return null;
            }
            next = 0;
        }
        if (!waitForFrameTime()) {
            return null;
        }
        Path image = images.get(next++);
        if (!Files.exists(source.path())) {
            throw new CameraGoneException(source.path() + " is gone");
        }
        return read(image);
    }

    @Override
    public boolean ended() {
        return open && source.atEnd() == CameraSource.AtEnd.STOP && next >= images.size();
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public void dispose() {
        close();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public double getFPS() {
        return source.framesPerSecond();
    }

    private boolean waitForFrameTime() {
        long wait = nextFrameAtNanos - System.nanoTime();
        try {
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        // Late frames (a slow disk) are not caught up in a burst: the next one is a full period after this one.
        nextFrameAtNanos = Math.max(nextFrameAtNanos, System.nanoTime() - framePeriodNanos) + framePeriodNanos;
        return true;
    }

    private static BufferedImage read(Path image) {
        String name = image.getFileName().toString();
        try {
            // ImageIO.read(File) reads through a file stream, without ImageIO's on-disk cache.
            BufferedImage picture = ImageIO.read(image.toFile());
            if (picture == null) {
                throw new FrameUnreadableException(name, "no image decoder recognises it");
            }
            return picture;
        } catch (IOException e) {
            if (!Files.exists(image)) {
                throw new CameraGoneException(image + " is gone");
            }
            throw new FrameUnreadableException(name, e.getMessage());
        }
    }

    private static Dimension firstReadableSize(List<Path> candidates) {
        for (Path candidate : candidates) {
            try {
                BufferedImage picture = ImageIO.read(candidate.toFile());
                if (picture != null) {
                    return new Dimension(picture.getWidth(), picture.getHeight());
                }
            } catch (IOException e) {
                // Try the next image.
            }
        }
        return new Dimension(Resolution.VGA.width(), Resolution.VGA.height());
    }
}
