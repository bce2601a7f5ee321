package org.huzhu.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real espeak-ng (installed by {@code .ci/run}), and stand-in programs on a PATH of our own. */
class EspeakSpeakerTest {

    private static final String SYSTEM_PATH = System.getenv("PATH");

    @TempDir
    Path temp;

    @BeforeAll
    static void espeakIsInstalled() {
        assertThat(EspeakSpeaker.find(SYSTEM_PATH))
                .as("espeak-ng is needed for the read-aloud tests: apt-get install espeak-ng").isPresent();
    }

    @Test
    void speakingChineseProducesAudibleSpeech() throws Exception {
        Wav wav = speakToWav("请刷社保卡或看摄像头", Language.ZH_CN, Volume.DEFAULT);

        assertThat(wav.seconds()).as("length of ten Chinese syllables read slowly").isBetween(2.0, 15.0);
        assertThat(wav.rms()).as("loudness (RMS of full scale): not silence").isGreaterThan(0.02);
    }

    @Test
    void speakingEnglishProducesAudibleSpeech() throws Exception {
        Wav wav = speakToWav("Tap your card or look at the camera", Language.EN, Volume.DEFAULT);

        assertThat(wav.seconds()).isBetween(1.5, 10.0);
        assertThat(wav.rms()).isGreaterThan(0.02);
    }

    @Test
    void volumeStepsChangeTheLoudness() throws Exception {
        Wav quiet = speakToWav("Hello", Language.EN, new Volume(Volume.QUIETEST));
        Wav loud = speakToWav("Hello", Language.EN, new Volume(Volume.LOUDEST));

        assertThat(loud.rms()).isGreaterThan(quiet.rms() * 2.5);
    }

    @Test
    void readsMoreSlowlyThanTheEnginesDefaultPace() throws Exception {
        String text = "Please ask the staff at the counter to register your card";
        Wav ours = speakToWav(text, Language.EN, Volume.DEFAULT);
        Path enginesPace = temp.resolve("default.wav");
        Process plain = new ProcessBuilder("espeak-ng", "-v", "en", "-w", enginesPace.toString(), text).start();
        assertThat(plain.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(ours.seconds()).isGreaterThan(Wav.read(enginesPace).seconds() * 1.2);
    }

    @Test
    void textStartingWithADashIsReadNotTakenForAnOption() throws Exception {
        Wav wav = speakToWav("-5 minutes", Language.EN, Volume.DEFAULT);

        assertThat(wav.seconds()).isGreaterThan(0.5);
        assertThat(wav.rms()).isGreaterThan(0.02);
    }

    @Test
    void withoutASoundDeviceSpeakingEndsQuietlyAndQuickly() throws Exception {
        // CI machines have no sound card: espeak-ng then complains on its standard error and exits.
        try (Speaker speaker = EspeakSpeaker.onPath(SYSTEM_PATH).orElseThrow()) {
            speaker.speak(new Utterance("你好", Language.ZH_CN, Volume.DEFAULT)).get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void noEngineOnAnEmptyOrUnrelatedPath() throws IOException {
        Path notExecutable = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(notExecutable.resolve("espeak-ng"), "not a program");

        assertThat(EspeakSpeaker.onPath("")).isEmpty();
        assertThat(EspeakSpeaker.onPath(temp.toString())).isEmpty();
        assertThat(EspeakSpeaker.onPath(notExecutable.toString())).isEmpty();
    }

    @Test
    void speakReturnsAtOnceAndANewUtteranceStopsTheOneBeingSpoken() throws Exception {
        Path bin = fakeEngine("exec sleep 60"); // an engine that would read for a minute
        try (Speaker speaker = EspeakSpeaker.onPath(bin.toString()).orElseThrow()) {
            long start = System.nanoTime();
            CompletableFuture<Void> first = speaker.speak(new Utterance("one", Language.EN, Volume.DEFAULT));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms in speak()").isLessThan(200);
            awaitRunningEngines(1);

            CompletableFuture<Void> second = speaker.speak(new Utterance("two", Language.EN, Volume.DEFAULT));
            first.get(10, TimeUnit.SECONDS);
            awaitRunningEngines(1);
            assertThat(second).isNotDone();

            speaker.stop();
            second.get(10, TimeUnit.SECONDS);
            awaitRunningEngines(0);
        }
    }

    @Test
    void anEngineThatFailsIsReportedAsASpeechException() throws Exception {
        Path bin = fakeEngine("exit 3");
        try (Speaker speaker = EspeakSpeaker.onPath(bin.toString()).orElseThrow()) {
            assertThatThrownBy(() -> speaker.speak(new Utterance("x", Language.EN, Volume.DEFAULT))
                    .get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SpeechException.class)
                    .hasMessageContaining("exited with code 3");
        }
    }

    @Test
    void mandarinAndEnglishVoices() {
        assertThat(EspeakSpeaker.voice(Language.ZH_CN)).isEqualTo("cmn");
        assertThat(EspeakSpeaker.voice(Language.EN)).isEqualTo("en");
    }

    private Wav speakToWav(String text, Language language, Volume volume) throws Exception {
        Path wav = Files.createTempFile(temp, "speech", ".wav");
        try (Speaker speaker = EspeakSpeaker.writingWav(SYSTEM_PATH, wav).orElseThrow()) {
            speaker.speak(new Utterance(text, language, volume)).get(30, TimeUnit.SECONDS);
        }
        return Wav.read(wav);
    }

    /** A stand-in {@code espeak-ng} shell script in a folder of its own; it records its pid, then runs {@code body}. */
    private Path fakeEngine(String body) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("fake-bin"));
        Path script = bin.resolve("espeak-ng");
        Files.writeString(script, "#!/bin/sh\necho $$ >> '" + temp.resolve("pids") + "'\n" + body + "\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    /** Waits until exactly {@code expected} of the fake engines started so far are still running. */
    private void awaitRunningEngines(long expected) throws Exception {
        long running = -1;
        for (int i = 0; i < 100; i++) {
            Path pids = temp.resolve("pids");
            running = !Files.exists(pids) ? 0 : Files.readAllLines(pids).stream()
                    .map(pid -> ProcessHandle.of(Long.parseLong(pid.strip())))
                    .filter(handle -> handle.map(ProcessHandle::isAlive).orElse(false))
                    .count();
            if (running == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(running).as("fake engines running").isEqualTo(expected);
    }
}
