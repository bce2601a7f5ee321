package org.huzhu.kiosk.speech;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads aloud with the {@code espeak-ng} program (Debian package {@code espeak-ng}), one process per utterance, started
 * and waited for on a thread of its own. Slower than espeak-ng's default pace, for elderly listeners. Without a sound
 * device espeak-ng reports the missing device on its standard error and exits at once; that output is discarded, and
 * a process that never ends (a hung audio device) is stopped after {@link #LONGEST_UTTERANCE_SECONDS}, so the kiosk
 * never waits on its sound. Thread-safe.
 */
public final class EspeakSpeaker implements Speaker {

    static final String PROGRAM = "espeak-ng";
    /** Words per minute; espeak-ng's default is 175, a brisk pace for older listeners. */
    static final int WORDS_PER_MINUTE = 130;
    /** No screen's text takes this long to read; a process still running then is stuck. */
    static final long LONGEST_UTTERANCE_SECONDS = 180;

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeaker.class);

    private final Path executable;
    private final Optional<Path> wavFile;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "read-aloud");
                thread.setDaemon(true); // never keeps the kiosk's JVM alive
                return thread;
            });
    /** Counts utterances, so a queued utterance that was overtaken by a newer one is never started. */
    private long generation;
    private Process speaking;

    private EspeakSpeaker(Path executable, Optional<Path> wavFile) {
        this.executable = executable;
        this.wavFile = wavFile;
        worker.allowCoreThreadTimeOut(true); // no thread kept while the kiosk is silent
    }

    /** The engine on this system's {@code PATH}, if installed. */
    public static Optional<Speaker> onSystemPath() {
        return onPath(Optional.ofNullable(System.getenv("PATH")).orElse(""));
    }

    /** The engine in one of the folders of {@code pathVariable} (a {@code PATH} value), playing on the sound device. */
    public static Optional<Speaker> onPath(String pathVariable) {
        return find(pathVariable).map(program -> new EspeakSpeaker(program, Optional.empty()));
    }

    /** The engine found like {@link #onPath}, writing each utterance to {@code wavFile} instead of playing it. */
    public static Optional<Speaker> writingWav(String pathVariable, Path wavFile) {
        return find(pathVariable).map(program -> new EspeakSpeaker(program, Optional.of(wavFile)));
    }

    static Optional<Path> find(String pathVariable) {
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue; // an empty entry would mean the working directory: never run a program from there
            }
            Path candidate = Path.of(folder, PROGRAM);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public CompletableFuture<Void> speak(Utterance utterance) {
        long mine;
        synchronized (this) {
            mine = ++generation;
            stopSpeaking();
        }
        return CompletableFuture.runAsync(() -> {
            try {
                read(utterance, mine);
            } catch (SpeechException e) {
                throw new CompletionException(e);
            }
        }, worker);
    }

    @Override
    public synchronized void stop() {
        generation++;
        stopSpeaking();
    }

    @Override
    public void close() {
        stop();
        worker.shutdownNow();
    }

    /** The command line for {@code utterance}; the text itself goes to the program's standard input. */
    List<String> command(Utterance utterance) {
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "-v", voice(utterance.language()),
                "-s", Integer.toString(WORDS_PER_MINUTE),
                "-a", Integer.toString(utterance.volume().percent()), // espeak-ng's amplitude: 100 is normal
                "-l", "100000", // every line ends a sentence
                "-b", "1", // UTF-8
                "--stdin")); // so a text starting with '-' is never taken for an option
        wavFile.ifPresent(file -> command.addAll(List.of("-w", file.toString())));
        return command;
    }

    static String voice(Language language) {
        return switch (language) {
            case ZH_CN -> "cmn";
            case EN -> "en";
        };
    }

    /** On the worker thread: runs espeak-ng for {@code utterance} unless a newer one came first, and waits for it. */
    private void read(Utterance utterance, long mine) throws SpeechException {
        Process process;
        synchronized (this) {
            if (mine != generation) {
                return;
            }
            try {
                process = new ProcessBuilder(command(utterance))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new SpeechException("could not start " + executable + ": " + e.getMessage(), e);
            }
            speaking = process;
        }
        try (OutputStream input = process.getOutputStream()) {
            input.write(utterance.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The process was stopped by a newer utterance before it took its text: nothing to read any more.
            LOG.debug("espeak-ng closed its input early: {}", e.getMessage());
        }
        awaitEnd(process);
    }

    private void awaitEnd(Process process) throws SpeechException {
        try {
            if (!process.waitFor(LONGEST_UTTERANCE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("espeak-ng still running after {} s (audio device stuck?): stopped it",
                        LONGEST_UTTERANCE_SECONDS);
                process.destroyForcibly();
                return;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return;
        }
        // 143 and 137: stopped by us (SIGTERM, SIGKILL) for a newer utterance.
        int exit = process.exitValue();
        if (exit != 0 && exit != 143 && exit != 137) {
            throw new SpeechException("espeak-ng exited with code " + exit, null);
        }
    }

    private void stopSpeaking() {
        if (speaking != null) {
            speaking.destroy();
            speaking = null;
        }
    }
}
