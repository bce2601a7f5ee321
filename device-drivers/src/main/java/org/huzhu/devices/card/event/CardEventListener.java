package org.huzhu.devices.card.event;

/**
 * Receives card events. Called on the reader service's threads (the monitor thread for {@code NoReaderConnected} and
 * {@code PcscServiceMissing}, the reader's own thread for everything about that reader), never on the FX thread.
 * Implementations must return quickly and must not call back into the service synchronously waiting for a result.
 */
@FunctionalInterface
public interface CardEventListener {

    void onCardEvent(CardEvent event);
}
