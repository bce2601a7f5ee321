package org.huzhu.devices.qr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.huzhu.devices.camera.Frame;

/**
 * BENCHMARK (profile bench): QR decoding per 640x480 camera frame, on frames of the dlib example video scaled to
 * 640x480, with a code (120 px, turned 10°; and the same inverted, which needs the inverted pass) and without one
 * (the decoder tries every pass, both binarizers and the 90° turn, before it gives up), beside a floor measured in
 * the same run: turning the frame into ZXing's luminance source alone, the first step of every decode.
 *
 * <p>Run: {@code ./mvnw -Pbench package -pl device-drivers -Dbench.card.skip=true [-Dbench.qr.cycles=N]}.
 */
public final class QrDecodeBench {

    private static final int WARMUP = 100;
    private static final Path VIDEO = Path.of("/usr/share/doc/libdlib19.1/examples/video_frames");

    private QrDecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        if (!Files.isDirectory(VIDEO)) {
            System.err.println(VIDEO + " is missing: install Debian's libdlib19.1 (apt-get install libdlib19.1)");
            System.exit(2);
        }
        List<Path> files;
        try (var listing = Files.list(VIDEO)) {
            files = listing.sorted().toList();
        }
        List<Frame> plain = new ArrayList<>();
        List<Frame> withCode = new ArrayList<>();
        List<Frame> inverted = new ArrayList<>();
        BufferedImage code = QrPictures.code(QrPictures.RESIDENT_CODE, 3);
        BufferedImage invertedCode = QrPictures.inverted(code);
        for (int i = 0; i < 20; i++) {
            BufferedImage photo = QrPictures.scaled(QrPictures.read(files.get(i * files.size() / 20)), 640, 480);
            plain.add(Frame.copyOf(photo, 0, i));
            withCode.add(Frame.copyOf(QrPictures.withCode(photo, code, 200 + 12 * i, 240, 10), 0, i));
            inverted.add(Frame.copyOf(QrPictures.withCode(photo, invertedCode, 200 + 12 * i, 240, 10), 0, i));
        }
        QrDecoder decoder = new QrDecoder();
        List<List<Double>> results = measureInterleaved(cycles, List.of(
                frame -> LuminanceImage.of(frame.image(), QrDecoder.MAX_SIDE),
                frame -> expect(decoder.decode(withCode.get((int) frame.sequence()).image()), true),
                frame -> expect(decoder.decode(inverted.get((int) frame.sequence()).image()), true),
                frame -> expect(decoder.decode(frame.image()), false)), plain);
        List<Double> floor = results.get(0);
        List<Double> found = results.get(1);
        List<Double> foundInverted = results.get(2);
        List<Double> none = results.get(3);

        double floorMedian = percentile(floor, 50);
        System.out.printf("QR decode per 640x480 frame, %d cycles after %d warm-up, 20 different frames:%n", cycles,
                WARMUP);
        print("floor: frame -> luminance source", floor, floorMedian);
        print("frame with a code (120 px, turned 10°)", found, floorMedian);
        print("frame with an inverted code", foundInverted, floorMedian);
        print("frame without a code (every pass)", none, floorMedian);
    }

    private interface Work {
        Object run(Frame frame);
    }

    private static Object expect(QrResult result, boolean found) {
        if ((result instanceof QrResult.Found) != found) {
            throw new IllegalStateException("decoder gave " + result + " where the bench expected found=" + found);
        }
        return result;
    }

    /** Each cycle runs every case once, so all cases see the same JIT state and the same load from other work. */
    private static List<List<Double>> measureInterleaved(int cycles, List<Work> cases, List<Frame> frames) {
        List<List<Double>> millis = new ArrayList<>();
        cases.forEach(work -> millis.add(new ArrayList<>()));
        Object sink = null;
        for (int i = 0; i < WARMUP + cycles; i++) {
            Frame frame = frames.get(i % frames.size());
            for (int c = 0; c < cases.size(); c++) {
                long start = System.nanoTime();
                sink = cases.get(c).run(frame);
                long elapsed = System.nanoTime() - start;
                if (i >= WARMUP) {
                    millis.get(c).add(elapsed / 1e6);
                }
            }
        }
        if (sink == null) {
            throw new IllegalStateException("nothing measured");
        }
        return millis;
    }

    private static void print(String what, List<Double> millis, double floorMedian) {
        double median = percentile(millis, 50);
        System.out.printf("  %-42s p50 %7.2f ms   p99 %7.2f ms   %6.1fx floor (p50)%n", what, median,
                percentile(millis, 99), median / floorMedian);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
