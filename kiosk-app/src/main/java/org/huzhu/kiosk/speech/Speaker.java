package org.huzhu.kiosk.speech;

import java.util.concurrent.CompletableFuture;

/**
 * A text-to-speech engine that reads screens aloud. {@link #speak} returns at once (the engine works on its own
 * thread, so the FX thread never waits for it); a new utterance stops the one being spoken. Implementations are
 * thread-safe. A kiosk without an engine has no {@code Speaker} at all (an empty {@code Optional}), never a broken one.
 */
public interface Speaker extends AutoCloseable {

    /**
     * Starts reading {@code utterance}, stopping whatever is being read.
     *
     * @return completes when the utterance has been read or was stopped; completes exceptionally with a
     *         {@link SpeechException} if the engine could not be started
     */
    CompletableFuture<Void> speak(Utterance utterance);

    /** Stops reading, if anything is being read. */
    void stop();

    /** Stops reading and releases the engine's thread; {@link #speak} must not be called afterwards. */
    @Override
    void close();
}
