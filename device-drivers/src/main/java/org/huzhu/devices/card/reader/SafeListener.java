package org.huzhu.devices.card.reader;

import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.event.CardEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the kiosk's listener. A listener bug must not stop card reading for the whole kiosk (it would
 * kill the monitor thread), so a {@link RuntimeException} from the listener is logged here, once, and dropped. This
 * is the only place the driver catches unchecked exceptions. Thread-safe if the listener is.
 */
final class SafeListener {

    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final CardEventListener listener;

    SafeListener(CardEventListener listener) {
        this.listener = listener;
    }

    void deliver(CardEvent event) {
        LOG.debug("Card event {}", event);
        try {
            listener.onCardEvent(event);
        } catch (RuntimeException e) {
            LOG.error("Card event listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }
}
