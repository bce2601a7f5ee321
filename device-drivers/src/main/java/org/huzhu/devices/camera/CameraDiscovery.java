package org.huzhu.devices.camera;

import com.github.eduramiba.webcamcapture.drivers.NativeDriver;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the camera a source names. Never throws what a driver throws: a driver that cannot load or list is
 * "no camera" with the reason. Blocking (the native driver takes ~150 ms): call it from a worker thread.
 * Thread-safe.
 */
public final class CameraDiscovery {

    private final Supplier<WebcamDriver> driverFactory;
    private final String sourceDescription;
    private final Optional<String> nameHint;
    /** The driver, created on first use and kept (a native driver loads its library once). */
    private volatile WebcamDriver driver;

    CameraDiscovery(Supplier<WebcamDriver> driverFactory, String sourceDescription, Optional<String> nameHint) {
        this.driverFactory = driverFactory;
        this.sourceDescription = sourceDescription;
        this.nameHint = nameHint;
    }

    /** Discovery through the driver the source needs: the native driver or a {@link FileCameraDriver}. */
    public static CameraDiscovery forSource(CameraSource source) {
        return switch (source) {
            case CameraSource.NativeCamera cam -> new CameraDiscovery(NativeDriver::new, source.describe(),
                    cam.nameHint());
            case CameraSource.ImageFiles files -> new CameraDiscovery(() -> new FileCameraDriver(files),
                    source.describe(), Optional.empty());
        };
    }

    /** Discovery through any webcam-capture driver (tests pass one; {@code nameHint} as for the native camera). */
    public static CameraDiscovery forDriver(WebcamDriver driver, Optional<String> nameHint) {
        return new CameraDiscovery(() -> driver, driver.toString(), nameHint.map(String::strip)
                .filter(hint -> !hint.isEmpty()));
    }

    /** A camera as listed: its name and the modes it offers. */
    public record CameraInfo(String name, List<Resolution> resolutions) {
    }

    /** The outcome of looking for cameras. */
    public sealed interface Cameras {
    }

    /** The cameras the source offers that match the hint; never empty. The first is the one the service uses. */
    public record Found(List<CameraInfo> cameras) implements Cameras {
    }

    /** No usable camera, and why, in a sentence (the same text as {@link CameraEvent.NoCamera#reason()}). */
    public record NoneFound(String reason) implements Cameras {
    }

    /** Looks for cameras now; each call looks again (a camera plugged in since is found). */
    public Cameras list() {
        return switch (matching()) {
            case DriverBoundary.Ok<List<DriverBoundary.Listed>> ok -> new Found(ok.value().stream()
                    .map(listed -> new CameraInfo(listed.name(), listed.resolutions())).toList());
            case DriverBoundary.Broken<List<DriverBoundary.Listed>> broken -> new NoneFound(broken.problem());
        };
    }

    /** The cameras that match, first the one to use; Broken with the reason when there is none. */
    DriverBoundary.Outcome<List<DriverBoundary.Listed>> matching() {
        WebcamDriver current = driver;
        if (current == null) {
            switch (DriverBoundary.createDriver(driverFactory)) {
                case DriverBoundary.Ok<WebcamDriver> ok -> current = ok.value();
                case DriverBoundary.Broken<WebcamDriver> broken -> {
                    return new DriverBoundary.Broken<>("no camera: " + broken.problem() + " (" + sourceDescription
                            + ")");
                }
            }
            driver = current;
        }
        return switch (DriverBoundary.listDevices(current)) {
            case DriverBoundary.Ok<List<DriverBoundary.Listed>> ok -> {
                List<DriverBoundary.Listed> matching = ok.value().stream().filter(this::accepts).toList();
                yield matching.isEmpty()
                        ? new DriverBoundary.Broken<>("no camera found (" + sourceDescription + ")")
                        : new DriverBoundary.Ok<>(matching);
            }
            case DriverBoundary.Broken<List<DriverBoundary.Listed>> broken ->
                    new DriverBoundary.Broken<>("no camera: " + broken.problem() + " (" + sourceDescription + ")");
        };
    }

    String sourceDescription() {
        return sourceDescription;
    }

    private boolean accepts(DriverBoundary.Listed listed) {
        return nameHint.map(hint -> listed.name() != null
                && listed.name().toLowerCase(Locale.ROOT).contains(hint.toLowerCase(Locale.ROOT))).orElse(true);
    }
}
