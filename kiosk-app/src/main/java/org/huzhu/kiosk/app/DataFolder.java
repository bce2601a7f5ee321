package org.huzhu.kiosk.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huzhu.kiosk.config.KioskConfigFile;
import org.huzhu.kiosk.diagnostics.DiagnosticsBundle;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user folder that holds the kiosk's configuration, logs and (later) database and keys. Created readable by
 * its owner only, because it will hold a signing key and personal data.
 *
 * <p>Where: {@code --data DIR}, else {@code $HUZHU_KIOSK_DATA}, else {@code $XDG_DATA_HOME/huzhu-kiosk} (default
 * {@code ~/.local/share/huzhu-kiosk}). Demo mode uses {@code huzhu-kiosk-demo} beside it, so demo data never mixes
 * with a real kiosk's.
 */
public record DataFolder(Path root) {

    public static final String ENV_OVERRIDE = "HUZHU_KIOSK_DATA";

    public static DataFolder resolve(Optional<Path> explicit, boolean demo, Map<String, String> env, Path userHome) {
        Path root = explicit
                .or(() -> Optional.ofNullable(env.get(ENV_OVERRIDE)).filter(s -> !s.isBlank()).map(Path::of))
                .orElseGet(() -> {
                    Path base = Optional.ofNullable(env.get("XDG_DATA_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                            .orElse(userHome.resolve(".local").resolve("share"));
                    return base.resolve(demo ? "huzhu-kiosk-demo" : "huzhu-kiosk");
                });
        return new DataFolder(root.toAbsolutePath().normalize());
    }

    /** Creates the folder and its {@code logs} folder, owner-only where POSIX permissions exist. */
    public DataFolder create() throws IOException {
        createOwnerOnly(root);
        createOwnerOnly(logs());
        return this;
    }

    private static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** What the diagnostics bundle of the station kept here takes (ADR 0020). */
    public DiagnosticsBundle.Sources diagnostics() {
        return new DiagnosticsBundle.Sources(root.resolve(KioskConfigFile.FILE_NAME),
                root.resolve(KioskRuntime.DATABASE_FILE), logs(), AppVersion.current());
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The demo counter's own folder, inside the demo kiosk's (ADR 0013): its key, journal and settings. */
    public DataFolder demoCounter() {
        return new DataFolder(root.resolve("counter"));
    }

    /** The demo hospital desk's own folder, inside the demo kiosk's (issue 13), as the demo counter's. */
    public DataFolder demoHospital() {
        return new DataFolder(root.resolve("hospital"));
    }

    /**
     * Claims the folder for this process until the returned lock is closed: two processes on one journal (or on one
     * embedded demo server's database) would corrupt neither but confuse both, so the second is refused.
     *
     * @throws FolderInUseException another process (or this one) holds the folder
     * @throws IOException the lock file cannot be made
     */
    public Closeable lock() throws IOException, FolderInUseException {
        FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new FolderInUseException(root);
        }
        FileLock held = lock;
        return () -> {
            held.release();
            channel.close();
        };
    }

    static final String LOCK_FILE = ".lock";

    /** Another Huzhu Kiosk process is using the data folder. */
    public static final class FolderInUseException extends Exception {
        FolderInUseException(Path folder) {
            super("another Huzhu Kiosk is already running with the data folder " + folder);
        }
    }
}
