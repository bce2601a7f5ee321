package org.huzhu.kiosk.app;

import java.time.Clock;
import java.util.Objects;
import org.huzhu.kiosk.config.KioskConfig;

/**
 * What the UI is started with: the validated configuration, where its data lives, and the clock it shows.
 * Later issues add the services (journal, card readers) here, so screens get them without reaching into storage.
 *
 * @param demo simulated devices and seeded data; shown on screen as a badge
 */
public record KioskContext(KioskConfig config, DataFolder dataFolder, boolean demo, Clock clock) {

    public KioskContext {
        Objects.requireNonNull(config);
        Objects.requireNonNull(dataFolder);
        Objects.requireNonNull(clock);
    }
}
