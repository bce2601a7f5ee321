package org.huzhu.kiosk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedReaderBackend;
import org.huzhu.devices.card.sim.SsseCardData;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.StaffDeskWindow;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.kiosk.ui.TestStaffCard;
import org.huzhu.kiosk.ui.counter.CounterFlow;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;

/**
 * What a counter session costs (issue 12): the inputs and the time of a staff sign-in, of enrolling a resident from
 * their card to their open file, and of confirming ten volunteers' check-outs for one activity one by one and all at
 * once, on the real demo counter as {@code --demo --counter} starts it (SQLite journals, the demo kiosk's embedded
 * server on loopback, simulated card readers) in a headless JavaFX (Monocle, software rendering). The controls are
 * found by their ids and driven with JavaFX's robot (pointer, button, keys, wheel); fresh cards go on the simulated
 * residents' reader. Each task's machine time is set beside a floor measured in the same run (its clicks and keys on
 * a bare window) and beside the Keystroke-Level Model's estimate of a person's time, which is a model, not a
 * measurement. Run with {@code ./mvnw -Pbench package}.
 */
public final class CounterSessionBench {

    private static final int WARM_UP = 3;
    private static final int VOLUNTEERS = 10;
    /** Enrolments after the warm-up; the volunteers are the first ten enrolled, so there are at least ten. */
    private static final int CYCLES = Math.max(VOLUNTEERS - WARM_UP, Integer.getInteger("bench.counter.cycles", 20));
    /** Volunteer rounds after one warm-up: each needs two of the demo server's 18 tasks after today. */
    private static final int ROUNDS = Math.min(8, Integer.getInteger("bench.counter.rounds", 5));
    private static final String[] TASK_KEYS = {"companionship", "canteen-kitchen", "activity-room"};
    /** Given names for the bench's residents, two characters each, so each has a name of their own. */
    private static final String GIVEN = "秀英建国桂兰淑珍玉梅志强海燕春生凤英德明丽华文杰";

    private final TestKiosks.DemoCounter stations;
    private final DemoDevices devices;
    private final IdNumberHasher cardHasher;
    private final Map<String, Result> results = new LinkedHashMap<>();
    private final List<SsseCardData> enrolled = new ArrayList<>();
    private CountedInputs inputs;
    private Stage stage;
    private CounterFlow flow;

    private CounterSessionBench(TestKiosks.DemoCounter stations) {
        this.stations = stations;
        this.devices = stations.counter().context().demoDevices().orElseThrow();
        this.cardHasher = new IdNumberHasher(devices.cardSecret());
    }

    /** One task's inputs and machine time (nanoseconds), run by run. */
    private record Result(List<InputTally> inputs, List<Long> nanos) {

        /** The run whose estimated human time is the median: wheel notches vary with where a list puts the task. */
        InputTally typical() {
            List<InputTally> sorted = new ArrayList<>(inputs);
            sorted.sort(Comparator.comparingDouble(InputTally::humanSeconds));
            return sorted.get(sorted.size() / 2);
        }

        String wheelNotches() {
            int least = inputs.stream().mapToInt(InputTally::wheelNotches).min().orElseThrow();
            int most = inputs.stream().mapToInt(InputTally::wheelNotches).max().orElseThrow();
            return least == most ? String.valueOf(least) : least + "–" + most;
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1); // JavaFX's threads would keep the JVM, and the build waiting for it, alive
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        BenchFx.startHeadless();
        System.out.printf("Counter session: sign-in, %d enrolments and %d rounds of ten volunteers (one by one, then a "
                + "whole activity), after %d warm-up (one for volunteers); Monocle headless (software rendering), "
                + "%d cores, Java %s%n",
                CYCLES, ROUNDS, WARM_UP, Runtime.getRuntime().availableProcessors(), Runtime.version());
        Path data = Files.createTempDirectory("huzhu-counter-bench");
        Map<String, Result> results;
        try (TestKiosks.DemoCounter stations = TestKiosks.demoCounter(data, KioskConfig.DEFAULTS)) {
            TestCommunity.awaitDemoSnapshot(stations.kiosk());
            CounterSessionBench bench = new CounterSessionBench(stations);
            bench.openCounter();
            bench.signIns();
            bench.enrolments();
            bench.volunteers();
            bench.closeCounter();
            results = bench.results;
        }
        print(results);
        javafx.application.Platform.exit();
    }

    private void openCounter() throws Exception {
        Scene scene = BenchFx.onFx(() -> {
            stage = new Stage();
            flow = StaffDeskWindow.counter(stage, stations.counter().counterContext());
            return stage.getScene();
        });
        inputs = new CountedInputs(scene);
    }

    private void closeCounter() throws Exception {
        BenchFx.onFx(() -> {
            flow.stop();
            stage.hide();
        });
    }

    /** 张丽 puts her staff card in its reader and types her PIN on the keyboard (the pad listens to it), then Enter. */
    private void signIns() throws Exception {
        for (int run = 0; run < WARM_UP + ROUNDS; run++) {
            if (run > 0) { // signed out by taking the card away, not counted
                devices.takeStaffCardAway();
                inputs.await(CountedInputs.showing("welcome-notice"));
                while (!devices.backend().monitorUpToDate()) {
                    Thread.onSpinWait();
                }
            }
            inputs.restart();
            long start = System.nanoTime();
            inputs.cardPut(devices::insertStaffCard, CountedInputs.showing("pin-pad"));
            inputs.screenTakenIn();
            for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
                inputs.press(KeyCode.valueOf("DIGIT" + digit), scene -> true);
            }
            inputs.press(KeyCode.ENTER, CountedInputs.showing("residents-tap"));
            inputs.screenTakenIn();
            record("staff sign-in: card, PIN, Enter", run >= WARM_UP, System.nanoTime() - start);
        }
    }

    private void enrolments() throws Exception {
        for (int cycle = 0; cycle < WARM_UP + CYCLES; cycle++) {
            SsseCardData card = newResidentCard(cycle);
            inputs.restart();
            long start = System.nanoTime();
            enrol(card);
            record("enrol a resident, card to open file", cycle >= WARM_UP, System.nanoTime() - start);
            enrolled.add(card);
            inputs.click("nav-residents", CountedInputs.showing("residents-tap")); // back to the start, not counted
        }
    }

    /**
     * From the residents' place: the card tapped, "enrol", the language (English; Chinese is chosen already),
     * consent, the phone, the emergency contact's name (pinyin) and phone, Tab between the three fields, "continue",
     * the resident's confirming tap, and their file opened.
     */
    private void enrol(SsseCardData card) throws Exception {
        tapResidentCard(card, CountedInputs.showing("residents-enrol-this"));
        inputs.clickToScreen("residents-enrol-this", CountedInputs.showing("enrol-consent"));
        inputs.click("enrol-language-en", scene -> ((ToggleButton) scene.lookup("#enrol-language-en")).isSelected());
        inputs.click("enrol-consent", scene -> ((CheckBox) scene.lookup("#enrol-consent")).isSelected());
        inputs.click("enrol-phone", CountedInputs.focusOn("enrol-phone"));
        inputs.type("13800138000");
        inputs.press(KeyCode.TAB, CountedInputs.focusOn("enrol-emergency-name"));
        inputs.typeWithPinyin("zhangxiaoming", "张小明");
        inputs.press(KeyCode.TAB, CountedInputs.focusOn("enrol-emergency-phone"));
        inputs.type("13900001111");
        inputs.clickToScreen("enrol-continue", CountedInputs.showing("enrol-confirm-tap"));
        tapResidentCard(card, CountedInputs.showing("enrol-done"));
        inputs.clickToScreen("enrol-open-file", CountedInputs.saying("file-name", card.name()));
    }

    /** A resident taps {@code card} on the residents' reader; the staff member then takes in what it brought up. */
    private void tapResidentCard(SsseCardData card, Predicate<Scene> then) throws Exception {
        SimulatedReaderBackend backend = devices.backend();
        inputs.cardTap(() -> backend.reader(DemoDevices.COUNTER_RESIDENT_READER).insert(DemoCards.resident(card)),
                then, () -> backend.reader(DemoDevices.COUNTER_RESIDENT_READER).remove(), backend::monitorUpToDate);
        inputs.screenTakenIn();
    }

    /**
     * Ten of the residents just enrolled check in to and out of one of tomorrow's (and later) tasks at the demo kiosk
     * (recorded there, staff-signed as the demo seed's are, and accepted by the server) and the counter confirms them
     * volunteer by volunteer; then the same for another task, confirmed as a whole activity.
     */
    private void volunteers() throws Exception {
        KioskRuntime counter = stations.counter();
        List<UUID> ten = new ArrayList<>();
        for (SsseCardData card : enrolled.subList(0, VOLUNTEERS)) {
            ten.add(counter.counterContext().desk().enrolment().enrolledWith(cardHasher.hmacHex(card.idNumber()
                    .getBytes(StandardCharsets.US_ASCII))).orElseThrow().id());
        }
        LocalDate today = LocalDate.ofInstant(TestKiosks.MONDAY_MORNING.instant(), TestKiosks.SHANGHAI);
        for (int round = 0; round < 1 + ROUNDS; round++) {
            UUID oneByOne = task(today, 2 * round);
            UUID wholeActivity = task(today, 2 * round + 1);
            boolean counted = round > 0;
            checkInAndOut(ten, oneByOne);
            inputs.restart();
            long start = System.nanoTime();
            confirmOneByOne(oneByOne, ten);
            record("confirm ten volunteers one by one", counted, System.nanoTime() - start);
            inputs.click("nav-residents", CountedInputs.showing("residents-tap"));
            checkInAndOut(ten, wholeActivity);
            inputs.restart();
            start = System.nanoTime();
            confirmTheWholeActivity(wholeActivity);
            record("confirm ten volunteers as one activity", counted, System.nanoTime() - start);
            inputs.click("nav-residents", CountedInputs.showing("residents-tap"));
        }
    }

    /**
     * The volunteers' check-ins and check-outs of {@code task}, just ended, as the kiosk records them; once the server
     * has what the counter recorded before, so that the list holds the same every round.
     */
    private void checkInAndOut(List<UUID> volunteers, UUID task) throws Exception {
        KioskRuntime counter = stations.counter();
        TestCommunity.awaitVerdict(counter, counter.journal().journal().headSequence());
        List<Payload> attendance = new ArrayList<>();
        for (int i = 0; i < volunteers.size(); i++) {
            attendance.add(new VolunteerCheckedIn(volunteers.get(i), task));
            attendance.add(new VolunteerCheckedOut(volunteers.get(i), task, 60 + i));
        }
        TestStaffCard.recordAllAccepted(stations.kiosk(), attendance);
    }

    /** The list, then for each volunteer from the top: "confirm…", and "confirm" at the checked minutes. */
    private void confirmOneByOne(UUID task, List<UUID> volunteers) throws Exception {
        inputs.clickToScreen("nav-volunteers", CountedInputs.inWindow("volunteers-task-" + task)
                .and(scene -> scene.lookup("#volunteers-loading") == null));
        for (int i = 0; i < volunteers.size(); i++) {
            String next = BenchFx.onFx(() -> topmostToConfirm(task, volunteers));
            inputs.clickToScreen(next, CountedInputs.showing("volunteer-confirm"));
            inputs.clickToScreen("volunteer-confirm", CountedInputs.showing("volunteers-notice")
                    .and(CountedInputs.showing("volunteers-list")).and(scene -> scene.lookup("#" + next) == null));
        }
    }

    /** The list, "confirm all (10)" on the task's panel, and "confirm all 10". */
    private void confirmTheWholeActivity(UUID task) throws Exception {
        String activity = "volunteers-activity-" + task;
        inputs.clickToScreen("nav-volunteers", CountedInputs.inWindow(activity)
                .and(scene -> scene.lookup("#volunteers-loading") == null));
        inputs.clickToScreen(activity, CountedInputs.showing("activity-confirm"));
        inputs.clickToScreen("activity-confirm", CountedInputs.showing("volunteers-notice")
                .and(CountedInputs.showing("volunteers-list")).and(scene -> scene.lookup("#" + activity) == null));
    }

    /** The id of the highest "confirm…" button on the screen among {@code volunteers}' rows of {@code task}. */
    private String topmostToConfirm(UUID task, List<UUID> volunteers) {
        Scene scene = stage.getScene();
        return volunteers.stream().map(volunteer -> "session-" + task + "-" + volunteer + "-confirm")
                .filter(id -> scene.lookup("#" + id) != null)
                .min(Comparator.comparingDouble(id -> {
                    Node button = scene.lookup("#" + id);
                    return button.localToScene(button.getLayoutBounds()).getMinY();
                }))
                .orElseThrow(() -> new IllegalStateException("no volunteer of " + task + " left to confirm"));
    }

    /** The demo server's task {@code index} (0..17) after today: three a day, from tomorrow. */
    private static UUID task(LocalDate today, int index) {
        String name = "task:" + TASK_KEYS[index % 3] + "@" + today.plusDays(1 + index / 3);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private void record(String task, boolean counted, long nanos) {
        InputTally tally = inputs.restart();
        if (!counted) {
            return;
        }
        Result result = results.computeIfAbsent(task, name -> new Result(new ArrayList<>(), new ArrayList<>()));
        if (!result.inputs().isEmpty() && !result.inputs().getFirst().sameAs(tally)) {
            throw new IllegalStateException(task + " took other inputs this time: " + tally.inputs() + ", not "
                    + result.inputs().getFirst().inputs());
        }
        result.inputs().add(tally);
        result.nanos().add(nanos);
    }

    /** A resident's card nobody enrolled: its own card number and a valid ID number of its own. */
    private static SsseCardData newResidentCard(int index) {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(37L * index);
        String id17 = "110105" + born.toString().replace("-", "") + "%03d".formatted(100 + index % 900);
        int sum = 0;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 17; i++) {
            sum += (id17.charAt(i) - '0') * weights[i];
        }
        String idNumber = id17 + "10X98765432".charAt(sum % 11);
        int given = index % (GIVEN.length() / 2);
        String name = "陈" + GIVEN.substring(2 * given, 2 * given + 2);
        return new SsseCardData("E%08d".formatted(index + 1), idNumber, name,
                index % 2 == 0 ? Gender.FEMALE : Gender.MALE, born);
    }

    private static void print(Map<String, Result> results) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BareWindowFloor floor = BareWindowFloor.open()) {
            for (Map.Entry<String, Result> entry : results.entrySet()) {
                Result result = entry.getValue();
                InputTally in = result.typical();
                floor.measure(in.clicks(), in.keystrokes(), 3); // warm-up
                List<Long> floorNanos = floor.measure(in.clicks(), in.keystrokes(), result.nanos().size());
                double p50 = BenchFx.percentile(result.nanos(), 0.5) / 1e9;
                double floorP50 = BenchFx.percentile(floorNanos, 0.5) / 1e9;
                lines.add(String.format("%s%n    inputs: %s; wheel notches over all runs: %s%n"
                        + "    machine: p50 %.2f s, p95 %.2f s over %d runs; floor (%d clicks + %d keys on a bare window) "
                        + "p50 %.2f s, p95 %.2f s: %.1f x floor%n"
                        + "    human (Keystroke-Level Model estimate, not a measurement): %.1f s",
                        entry.getKey(), in.inputs(), result.wheelNotches(), p50,
                        BenchFx.percentile(result.nanos(), 0.95) / 1e9, result.nanos().size(), in.clicks(),
                        in.keystrokes(), floorP50, BenchFx.percentile(floorNanos, 0.95) / 1e9, p50 / floorP50,
                        in.humanSeconds()));
            }
        }
        lines.forEach(System.out::println);
        System.out.printf("Human time by the Keystroke-Level Model (Card, Moran & Newell): K %.2f s a keystroke, P %.1f s "
                + "a pointing, B %.1f s a click or wheel notch, H %.1f s a hand between mouse and keyboard, M %.2f s at "
                + "each new screen, P + M a card tap. A model of an average practised user, not a measurement.%n",
                InputTally.KEYSTROKE, InputTally.POINT, InputTally.CLICK, InputTally.HOME, InputTally.MENTAL);
    }
}
