package org.huzhu.devices.camera;

import com.github.eduramiba.webcamcapture.drivers.WebcamDeviceWithBufferOperations;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call into a camera driver goes through here, and this is the only place the camera code catches unchecked
 * exceptions and linkage errors: drivers are third-party code over native libraries, and webcam-capture reports
 * everything as an unchecked {@code WebcamException}, a missing or foreign native library as an
 * {@link UnsatisfiedLinkError}, a driver class whose native part failed to load as an
 * {@link ExceptionInInitializerError} or {@link NoClassDefFoundError}. Each is turned into a typed outcome here, so
 * nothing a driver throws reaches the kiosk. A driver that crashes the JVM or hangs is out of reach (ADR 0016).
 */
final class DriverBoundary {

    private static final Logger LOG = LoggerFactory.getLogger(DriverBoundary.class);

    private DriverBoundary() {
    }

    /** A driver call's result, or what went wrong in a sentence. */
    sealed interface Outcome<T> {
    }

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Broken<T>(String problem) implements Outcome<T> {
    }

    /** What one read from an open device gave. */
    sealed interface Grab {
    }

    record Picture(BufferedImage image) implements Grab {
    }

    /** No new picture this time (the driver had none yet, or the thread was interrupted). */
    record NoPicture() implements Grab {
    }

    record Unreadable(String frameName, String problem) implements Grab {
    }

    record Lost(String detail) implements Grab {
    }

    /** A camera as a driver lists it. */
    record Listed(WebcamDevice device, String name, List<Resolution> resolutions) {
    }

    static Outcome<WebcamDriver> createDriver(Supplier<WebcamDriver> factory) {
        try {
            return new Ok<>(factory.get());
        } catch (RuntimeException | LinkageError e) {
            return broken("the camera driver could not load", e);
        }
    }

    /** The driver's cameras with their names and modes. */
    static Outcome<List<Listed>> listDevices(WebcamDriver driver) {
        try {
            List<Listed> listed = new ArrayList<>();
            for (WebcamDevice device : driver.getDevices()) {
                listed.add(new Listed(device, device.getName(), resolutions(device)));
            }
            return new Ok<>(List.copyOf(listed));
        } catch (RuntimeException | LinkageError e) {
            return broken("the camera driver could not list cameras", e);
        }
    }

    /** Opens {@code device} at the mode closest to {@code wanted}; returns the mode it opened at. */
    static Outcome<Resolution> open(WebcamDevice device, List<Resolution> modes, Resolution wanted) {
        try {
            modes.stream().min((a, b) -> Long.compare(a.distanceTo(wanted), b.distanceTo(wanted)))
                    .ifPresent(closest -> device.setResolution(closest.toDimension()));
            device.open();
            Dimension opened = device.getResolution();
            return new Ok<>(opened == null ? wanted : Resolution.of(opened));
        } catch (RuntimeException | LinkageError e) {
            return broken("the camera could not be opened", e);
        }
    }

    /**
     * One read. The native driver returns its latest picture at once, the same one again until the camera delivers
     * another, and only logs its errors (an unplugged camera just stops updating): its frame time stamp tells a new
     * picture from a repeat, and a repeat is {@link NoPicture}, so a dead camera shows up as a stall.
     */
    static Grab grab(WebcamDevice device) {
        try {
            long stampBefore = device instanceof WebcamDeviceWithBufferOperations stamped
                    ? stamped.getLastFrameTimestamp() : -1;
            BufferedImage image = device.getImage();
            if (image != null && stampBefore != -1
                    && ((WebcamDeviceWithBufferOperations) device).getLastFrameTimestamp() == stampBefore) {
                return new NoPicture();
            }
            return image == null ? new NoPicture() : new Picture(image);
        } catch (FrameUnreadableException e) {
            return new Unreadable(e.frameName(), e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Camera {} stopped delivering: {}", safeName(device), e.toString());
            return new Lost(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Releases the device; a driver that fails to close is logged, the device counts as released. */
    static void close(WebcamDevice device) {
        try {
            device.close();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Camera {} did not close cleanly", safeName(device), e);
        }
    }

    private static List<Resolution> resolutions(WebcamDevice device) {
        Dimension[] modes = device.getResolutions();
        if (modes == null) {
            return List.of();
        }
        List<Resolution> resolutions = new ArrayList<>();
        for (Dimension mode : modes) {
            if (mode != null && mode.width > 0 && mode.height > 0) {
                resolutions.add(Resolution.of(mode));
            }
        }
        return List.copyOf(resolutions);
    }

    private static String safeName(WebcamDevice device) {
        try {
            return device.getName();
        } catch (RuntimeException e) {
            return device.getClass().getSimpleName();
        }
    }

    private static <T> Broken<T> broken(String what, Throwable cause) {
        LOG.info("{}: {}", what, cause.toString());
        return new Broken<>(what + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
    }
}
