package org.huzhu.kiosk.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Free space where the data folder is: failing below {@link #FAILING_BELOW_BYTES} (the journal's next writes, the
 * logs and SQLite's WAL need room; a full disk can lose a resident's booking halfway), degraded below
 * {@link #DEGRADED_BELOW_BYTES}.
 */
final class DiskSpaceCheck implements HealthCheck {

    static final long MEGABYTE = 1024L * 1024L;
    static final long FAILING_BELOW_BYTES = 200 * MEGABYTE;
    static final long DEGRADED_BELOW_BYTES = 1024 * MEGABYTE;

    /** Bytes usable by this process, or -1 when the folder's file system cannot be asked. */
    private final LongSupplier usableBytes;

    DiskSpaceCheck(Path dataFolder) {
        this(() -> {
            try {
                return Files.getFileStore(dataFolder).getUsableSpace();
            } catch (IOException e) {
                return -1;
            }
        });
    }

    DiskSpaceCheck(LongSupplier usableBytes) {
        this.usableBytes = usableBytes;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.DISK_SPACE;
    }

    @Override
    public CheckResult check() {
        long usable = usableBytes.getAsLong();
        if (usable < 0) {
            return CheckResult.failing(kind(), "health.reason.disk.unknown");
        }
        long megabytes = usable / MEGABYTE;
        if (usable < FAILING_BELOW_BYTES) {
            return CheckResult.failing(kind(), "health.reason.disk.full", megabytes);
        }
        if (usable < DEGRADED_BELOW_BYTES) {
            return CheckResult.degraded(kind(), "health.reason.disk.low", megabytes);
        }
        return CheckResult.ok(kind(), "health.reason.disk.ok", megabytes);
    }
}
