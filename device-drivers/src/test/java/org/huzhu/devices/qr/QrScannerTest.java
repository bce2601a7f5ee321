package org.huzhu.devices.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.Frame;
import org.huzhu.devices.camera.testsupport.CameraRecorder;
import org.huzhu.devices.camera.testsupport.DlibExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QR scanner over camera frames: its own thread, frames skipped while busy, each text reported once. */
class QrScannerTest {

    private static final String FIRST = "HZR1.first-resident";
    private static final String SECOND = "HZR1.second-resident";

    @TempDir
    Path temp;

    private static BufferedImage photo(int index) {
        return QrPictures.scaled(QrPictures.read(DlibExamples.videoFrameFiles().get(index)), 640, 480);
    }

    private static BufferedImage photoWithCode(int index, String text) {
        return QrPictures.withCode(photo(index), QrPictures.code(text, 4), 320, 240, 5 * index);
    }

    @Test
    void framesArrivingWhileADecodeRunsAreSkipped() throws InterruptedException {
        CountDownLatch listenerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<QrCode> codes = new CopyOnWriteArrayList<>();
        Frame withCode = Frame.copyOf(photoWithCode(0, FIRST), 1, 0);
        try (QrScanner scanner = new QrScanner(new QrDecoder(), code -> {
            codes.add(code);
            listenerHeld.countDown();
            try {
                release.await(CameraRecorder.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            scanner.onFrame(withCode);
            assertThat(listenerHeld.await(CameraRecorder.PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            for (int i = 1; i <= 5; i++) {
                scanner.onFrame(Frame.copyOf(withCode.image(), 1, i));
            }
            release.countDown();

            assertThat(scanner.framesSkipped()).isEqualTo(5);
            assertThat(codes).containsExactly(new QrCode(FIRST, 1, 0));
        }
    }

    @Test
    void eachDistinctCodeSeenByTheCameraIsReportedOnce() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("frames"));
        String[] plan = {null, null, FIRST, FIRST, FIRST, null, null, SECOND, SECOND, SECOND};
        for (int i = 0; i < plan.length; i++) {
            BufferedImage picture = plan[i] == null ? photo(i) : photoWithCode(i, plan[i]);
            QrPictures.writePng(picture, folder.resolve(String.format("frame-%02d.png", i)));
        }
        LinkedBlockingQueue<QrCode> codes = new LinkedBlockingQueue<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CameraRecorder frames = new CameraRecorder();
        try (CameraService camera = CameraService.start(new CameraSource.ImageFiles(folder, 15,
                CameraSource.AtEnd.LOOP));
             QrScanner scanner = new QrScanner(new QrDecoder(), code -> {
                 threads.add(Thread.currentThread().getName());
                 codes.add(code);
             })) {
            CameraSession scanning = camera.open(scanner);
            CameraSession counting = camera.open(frames);

            QrCode one = poll(codes);
            QrCode two = poll(codes);
            awaitFrame(frames, Math.max(one.frameSequence(), two.frameSequence()) + 3L * plan.length);
            scanning.close();
            counting.close();
            frames.await(CameraEvent.Closed.class);

            assertThat(List.of(one.text(), two.text())).containsExactlyInAnyOrder(FIRST, SECOND);
            assertThat(codes).as("three more loops, no repeat").isEmpty();
            assertThat(threads).containsOnly(QrScanner.THREAD_NAME);
            assertThat(scanner.framesDecoded()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopScanning() throws InterruptedException {
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (QrScanner scanner = new QrScanner(new QrDecoder(), code -> {
            heard.add(code.text());
            throw new IllegalStateException("a screen's bug");
        })) {
            scanner.onFrame(Frame.copyOf(photoWithCode(0, FIRST), 0, 0));
            assertThat(heard.poll(CameraRecorder.PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(FIRST);
            Frame second = Frame.copyOf(photoWithCode(1, SECOND), 0, 1);
            long deadline = System.nanoTime() + CameraRecorder.PATIENCE.toNanos();
            String next = null;
            while (next == null && System.nanoTime() < deadline) {
                scanner.onFrame(second); // skipped while the first decode is still finishing
                next = heard.poll(50, TimeUnit.MILLISECONDS);
            }
            assertThat(next).isEqualTo(SECOND);
        }
    }

    private static QrCode poll(LinkedBlockingQueue<QrCode> codes) throws InterruptedException {
        QrCode code = codes.poll(CameraRecorder.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        return code != null ? code : fail("no QR code reported within " + CameraRecorder.PATIENCE);
    }

    private static void awaitFrame(CameraRecorder frames, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + CameraRecorder.PATIENCE.toNanos() * 2;
        while (System.nanoTime() < deadline) {
            List<Frame> seen = frames.frames();
            if (!seen.isEmpty() && seen.getLast().sequence() >= sequence) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the camera did not reach frame " + sequence);
    }
}
