package org.huzhu.kiosk.ui.audit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.speech.Utterance;

/** A silent speech engine for UI tests: keeps what it was asked to say, and how often it was told to stop. */
public final class RecordingSpeaker implements Speaker {

    private final List<Utterance> spoken = new CopyOnWriteArrayList<>();
    private volatile int stops;

    @Override
    public CompletableFuture<Void> speak(Utterance utterance) {
        spoken.add(utterance);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public void close() {
        stop();
    }

    public List<Utterance> spoken() {
        return List.copyOf(spoken);
    }

    public Utterance last() {
        return spoken.getLast();
    }

    public int stops() {
        return stops;
    }
}
