package org.huzhu.face.diag;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.huzhu.face.AnalysedFace;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FacePolicy;
import org.huzhu.face.FaceQuality;
import org.huzhu.face.FrameAnalysis;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelPackException;

/**
 * The installer's face commands, without the UI:
 *
 * <pre>
 *   face check IMAGE… [--pack DIR]                     faces found, boxes, quality, liveness score
 *   face compare A B [--pack DIR] [--threshold T]      similarity of the largest faces and the decision at T
 * </pre>
 *
 * {@code args} may start with "face" or directly with the sub-command. The pack defaults to the one given to the
 * constructor (the data folder's {@code face-models}). Images are only read, never written. Exit codes: {@value #OK}
 * done, {@value #NO_FACE} an image without a face, {@value #USAGE} bad arguments, {@value #PACK_PROBLEM} the pack is
 * missing or damaged, {@value #IMAGE_PROBLEM} an image cannot be read. Not thread-safe; one run at a time.
 */
public final class FaceDiagnostics {

    public static final int OK = 0;
    public static final int NO_FACE = 1;
    public static final int USAGE = 2;
    public static final int PACK_PROBLEM = 3;
    public static final int IMAGE_PROBLEM = 4;
    private static final String USAGE_TEXT = "usage: face check IMAGE... [--pack DIR]"
            + " | face compare A B [--pack DIR] [--threshold T]";

    private final Path defaultPack;

    /** @param defaultPack the pack folder used without {@code --pack} */
    public FaceDiagnostics(Path defaultPack) {
        this.defaultPack = defaultPack;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.getFirst().equals("face")) {
            rest.removeFirst();
        }
        if (rest.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String command = rest.removeFirst();
        if (!command.equals("check") && !command.equals("compare")) {
            return usage(err, "unknown command " + command);
        }
        Path pack = defaultPack;
        Optional<Double> threshold = Optional.empty();
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--pack") || arg.equals("--threshold")) {
                if (i + 1 >= rest.size()) {
                    return usage(err, arg + " needs a value");
                }
                String value = rest.get(++i);
                if (arg.equals("--pack")) {
                    pack = Path.of(value);
                } else {
                    threshold = threshold(value);
                    if (threshold.isEmpty()) {
                        return usage(err, "--threshold needs a similarity from -1 to 1, e.g. 0.4");
                    }
                }
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown option " + arg);
            } else {
                images.add(Path.of(arg));
            }
        }
        if (command.equals("check") ? images.isEmpty() : images.size() != 2) {
            return usage(err, command.equals("check") ? "check needs at least one image" : "compare needs two images");
        }
        try (FaceEngine engine = FaceEngine.open(ModelPack.load(pack))) {
            out.println("Face model pack: " + engine.packName() + " (" + pack + ")");
            FacePolicy policy = FacePolicy.standard(threshold.orElse(engine.similarityThreshold()));
            return command.equals("check") ? check(engine, policy, images, out, err)
                    : compare(engine, policy, images, out, err);
        } catch (ModelPackException e) {
            err.println("The face model pack cannot be used: " + e.getMessage());
            return PACK_PROBLEM;
        } catch (UnreadableImageException e) {
            err.println(e.getMessage());
            return IMAGE_PROBLEM;
        }
    }

    private static int check(FaceEngine engine, FacePolicy policy, List<Path> images, PrintStream out,
            PrintStream err) throws UnreadableImageException {
        int result = OK;
        for (Path image : images) {
            FrameAnalysis analysis = engine.analyse(read(image));
            out.printf(Locale.ROOT, "%s: %dx%d, %d face(s)%n", image, analysis.frameWidth(), analysis.frameHeight(),
                    analysis.faces().size());
            if (analysis.faces().isEmpty()) {
                result = NO_FACE;
            }
            for (AnalysedFace face : analysis.faces()) {
                FaceQuality q = face.quality();
                out.printf(Locale.ROOT, "  box x=%.0f y=%.0f %.0fx%.0f  detection %.2f  liveness %.3f (%s)%n",
                        face.box().x(), face.box().y(), face.box().width(), face.box().height(), face.detectionScore(),
                        face.liveness(), face.liveness() >= policy.livenessThreshold() ? "live" : "not live");
                out.printf(Locale.ROOT, "  quality: height %.0f %% of frame, yaw %.2f, roll %.0f deg, sharpness %.0f,"
                        + " brightness %.0f -> %s%n", 100 * q.heightRatio(), q.yawOffset(), q.rollDegrees(),
                        q.sharpness(), q.brightness(), policy.qualityProblem(q).map(Enum::name).orElse("ok"));
            }
        }
        if (result == NO_FACE) {
            err.println("No face found in at least one image.");
        }
        return result;
    }

    private static int compare(FaceEngine engine, FacePolicy policy, List<Path> images, PrintStream out,
            PrintStream err) throws UnreadableImageException {
        List<AnalysedFace> faces = new ArrayList<>();
        for (Path image : images) {
            FrameAnalysis analysis = engine.analyse(read(image));
            if (analysis.faces().isEmpty()) {
                err.println("No face found in " + image + ".");
                return NO_FACE;
            }
            faces.add(analysis.faces().getFirst());
        }
        double similarity = faces.get(0).template().similarity(faces.get(1).template());
        out.printf(Locale.ROOT, "similarity %.3f at threshold %.3f: %s%n", similarity, policy.similarityThreshold(),
                similarity >= policy.similarityThreshold() ? "same person" : "different people");
        return OK;
    }

    private static BufferedImage read(Path image) throws UnreadableImageException {
        try {
            BufferedImage read = ImageIO.read(image.toFile());
            if (read == null) {
                throw new UnreadableImageException(image + ": not an image format Java reads (use PNG or JPEG).");
            }
            return read;
        } catch (IOException e) {
            throw new UnreadableImageException(image + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    private static Optional<Double> threshold(String value) {
        try {
            double threshold = Double.parseDouble(value);
            return threshold >= -1 && threshold <= 1 ? Optional.of(threshold) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /** An image file that is missing or not in a format Java reads. */
    private static final class UnreadableImageException extends Exception {
        UnreadableImageException(String message) {
            super(message);
        }
    }
}
