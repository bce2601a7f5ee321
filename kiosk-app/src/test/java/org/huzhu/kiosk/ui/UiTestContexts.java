package org.huzhu.kiosk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.config.KioskConfig;

/** Contexts for UI tests: demo mode, a fixed clock (Monday 23 Nov 2026, 09:30 in Shanghai). */
public final class UiTestContexts {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Clock MONDAY_MORNING =
            Clock.fixed(LocalDateTime.of(2026, 11, 23, 9, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);

    private UiTestContexts() {
    }

    public static KioskContext demo(Path dataFolder, KioskConfig config) {
        return new KioskContext(config, new DataFolder(dataFolder), true, MONDAY_MORNING);
    }
}
