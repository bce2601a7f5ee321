package org.huzhu.kiosk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.app.StartupException;
import org.huzhu.kiosk.config.KioskConfig;

/**
 * Real demo kiosks for UI tests: a SQLite journal in a temporary folder, the simulated card reader, the seeded demo
 * residents, and a fixed clock (Monday 23 Nov 2026, 09:30 in Shanghai). Close what you open.
 */
public final class TestKiosks {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Clock MONDAY_MORNING =
            Clock.fixed(LocalDateTime.of(2026, 11, 23, 9, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);

    private TestKiosks() {
    }

    public static KioskRuntime demo(Path dataFolder, KioskConfig config) throws StartupException {
        return KioskRuntime.open(config, new DataFolder(dataFolder), true, Map.of(), MONDAY_MORNING);
    }
}
