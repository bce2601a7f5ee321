package org.huzhu.kiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.app.StartupException;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.StationMode;
import org.huzhu.kiosk.storage.StorageException;

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

    /** The demo kiosk and the demo counter beside it, as {@code --demo --counter} starts them. Close what you open. */
    public record DemoCounter(KioskRuntime kiosk, KioskRuntime counter) implements AutoCloseable {

        /** The counter first: the kiosk owns the embedded server the counter syncs with. */
        @Override
        public void close() throws StorageException {
            try {
                counter.close();
            } finally {
                kiosk.close();
            }
        }
    }

    /** The demo kiosk in {@code dataFolder} and the demo counter in its {@code counter} folder, with {@code config}. */
    public static DemoCounter demoCounter(Path dataFolder, KioskConfig counterConfig) throws StartupException {
        return demoStation(dataFolder, StationMode.COUNTER, counterConfig);
    }

    /**
     * The demo kiosk in {@code dataFolder} and the demo hospital desk in its {@code hospital} folder, as {@code --demo
     * --hospital} starts them (the record's {@code counter} is the desk). Close what you open.
     */
    public static DemoCounter demoHospital(Path dataFolder, KioskConfig deskConfig) throws StartupException {
        return demoStation(dataFolder, StationMode.HOSPITAL, deskConfig);
    }

    private static DemoCounter demoStation(Path dataFolder, StationMode mode, KioskConfig config)
            throws StartupException {
        KioskRuntime kiosk = demo(dataFolder, KioskConfig.DEFAULTS);
        try {
            DataFolder kioskFolder = new DataFolder(dataFolder);
            DataFolder folder = mode == StationMode.COUNTER ? kioskFolder.demoCounter() : kioskFolder.demoHospital();
            Files.createDirectories(folder.root());
            return new DemoCounter(kiosk, KioskRuntime.openDemoStation(config, mode, folder, kiosk, Map.of(),
                    MONDAY_MORNING));
        } catch (StartupException | IOException | RuntimeException e) {
            closeQuietly(kiosk);
            if (e instanceof StartupException startup) {
                throw startup;
            }
            throw new IllegalStateException("the demo " + mode.tag() + " did not start", e);
        }
    }

    private static void closeQuietly(KioskRuntime kiosk) {
        try {
            kiosk.close();
        } catch (StorageException e) {
            throw new IllegalStateException("closing the demo kiosk after a failed start", e);
        }
    }
}
