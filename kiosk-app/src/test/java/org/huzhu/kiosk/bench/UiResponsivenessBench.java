package org.huzhu.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.KioskWindow;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;

/**
 * Tap-to-next-screen time of the resident's main transitions and memory over 1,000 sign-in → book → sign-out cycles
 * (issue 6), on a real demo kiosk (SQLite journal, simulated card reader) in a headless JavaFX (Monocle, software
 * rendering). A transition is timed from the tap (the button's action, or the card event) to the end of the first
 * pulse whose layout shows the next screen with its data. The floor, measured in the same run, is the same tap on a
 * bare JavaFX window whose button only swaps a label. Run with {@code ./mvnw -Pbench package}.
 */
public final class UiResponsivenessBench {

    private static final int CYCLES = Integer.getInteger("bench.ui.cycles", 1000);
    private static final int WARM_UP = 30;

    private final Map<String, List<Long>> transitions = new LinkedHashMap<>();
    private Scene scene;

    private UiResponsivenessBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchFx.startHeadless();
        System.out.printf("UI responsiveness: %d sign-in → book → sign-out cycles after %d warm-up, Monocle headless "
                + "(software rendering), %d cores, Java %s%n", CYCLES, WARM_UP,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        double floor = new UiResponsivenessBench().bareWindowFloor();
        System.out.printf("%-34s p50 %6.2f ms%n", "floor: bare window, button → label", floor);
        new UiResponsivenessBench().kioskCycles(floor);
        Platform.exit();
        System.exit(0);
    }

    private double bareWindowFloor() throws Exception {
        Button tap = new Button("tap");
        tap.setId("tap");
        StackPane root = new StackPane(tap);
        onFx(() -> {
            Stage stage = new Stage();
            scene = new Scene(root, 1280, 800);
            stage.setScene(scene);
            stage.show();
            tap.setOnAction(event -> root.getChildren().setAll(new Label("next " + System.nanoTime())));
        });
        for (int i = 0; i < WARM_UP + 200; i++) {
            onFx(() -> root.getChildren().setAll(tap));
            measure(i < WARM_UP ? "floor, warm-up" : "floor", tap::fire, s -> root.getChildren().getFirst() instanceof Label);
        }
        return p50(transitions.get("floor"));
    }

    private void kioskCycles(double floor) throws Exception {
        Path data = Files.createTempDirectory("huzhu-ui-bench");
        try (KioskRuntime kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS)) {
            TestCommunity.awaitDemoSnapshot(kiosk);
            // The bench times the screens, not sync: with sync stopped, room (places, minutes, offline allowance) for a
            // thousand bookings is made locally.
            kiosk.context().sync().ifPresent(org.huzhu.kiosk.sync.SyncService::close);
            kiosk.journal().database().inTransaction(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE slot SET capacity = 1000000");
                    statement.executeUpdate("UPDATE snapshot_state SET offline_limit_minutes = 100000000");
                    return statement.executeUpdate("UPDATE balance SET minutes = 1000000");
                }
            });
            onFx(() -> {
                Stage stage = new Stage();
                KioskWindow.open(stage, kiosk.context());
                scene = stage.getScene();
            });
            DemoDevices devices = kiosk.context().demoDevices().orElseThrow();
            long rssAtHalf = 0;
            for (int cycle = 0; cycle < WARM_UP + CYCLES; cycle++) {
                boolean counted = cycle >= WARM_UP;
                cycle(devices, counted);
                if (cycle == WARM_UP + CYCLES / 2 - 1) {
                    rssAtHalf = settledRssKb();
                }
            }
            long rssAtEnd = settledRssKb();
            transitions.forEach((name, nanos) -> System.out.printf("%-34s p50 %6.2f ms  p99 %6.2f ms  = %.1f x floor%n",
                    name, p50(nanos), percentile(nanos, 0.99), p50(nanos) / floor));
            System.out.printf("%-34s %d MB after %d cycles, %d MB at half way: %+.1f %% over the last %d%n",
                    "resident set size", rssAtEnd / 1024, CYCLES, rssAtHalf / 1024,
                    100.0 * (rssAtEnd - rssAtHalf) / rssAtHalf, CYCLES / 2);
            onFx(() -> scene.getWindow().hide());
        }
    }

    private void cycle(DemoDevices devices, boolean counted) throws Exception {
        measure(counted ? "card → home with balance" : "card, warm-up", () -> devices.tap(DemoDevices.DemoCard.WANG_XIUYING),
                shown("#home-balance", node -> !((Label) node).getText().equals("…")));
        devices.takeCardAway();
        tap(counted, "home → services", "#choice-book", "#service-haircut");
        tap(counted, "services → days", "#service-haircut", "#day-2026-11-24");
        tap(counted, "days → times", "#day-2026-11-24", "#slot-14-30");
        tap(counted, "times → confirm", "#slot-14-30", "#confirm-booking");
        tap(counted, "confirm → receipt (signed, fsync)", "#confirm-booking", "#receipt-number");
        tap(counted, "receipt → home", "#receipt-done", "#home-balance");
        tap(counted, "sign out → attract", "#sign-out", "#welcome-primary");
    }

    private void tap(boolean counted, String name, String button, String next) throws Exception {
        measure(counted ? name : name + ", warm-up", () -> ((Button) scene.lookup(button)).fire(), shown(next, node -> true));
    }

    private static Predicate<Scene> shown(String id, Predicate<Node> ready) {
        return scene -> {
            Node node = scene.lookup(id);
            if (node == null || node.getLayoutBounds().getWidth() <= 0 || !ready.test(node)) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Runs {@code tap} on the FX thread and waits for the first pulse after which {@code ready} holds. */
    private void measure(String name, Runnable tap, Predicate<Scene> ready) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (ready.test(scene)) {
                    done.complete(System.nanoTime() - start);
                    scene.removePostLayoutPulseListener(listener[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            tap.run();
            Platform.requestNextPulse();
        });
        long nanos;
        try {
            nanos = done.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no next screen 30 s after the tap (" + name + ")", e);
        }
        if (!name.endsWith(", warm-up")) {
            transitions.computeIfAbsent(name, key -> new ArrayList<>()).add(nanos);
        }
    }

    private static void onFx(Runnable action) throws Exception {
        BenchFx.onFx(action);
    }

    private static long settledRssKb() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static double p50(List<Long> nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(List<Long> nanos, double fraction) {
        return BenchFx.percentile(nanos, fraction) / 1e6;
    }
}
