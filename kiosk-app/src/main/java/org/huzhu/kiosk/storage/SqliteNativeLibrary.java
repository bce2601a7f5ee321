package org.huzhu.kiosk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, loaded from a copy in the data folder (fast start, ADR 0020). Left to itself, sqlite-jdbc
 * compares its extracted copy in the temporary folder with the one in its jar, byte by byte, at every start: about
 * 150 ms of the kiosk's way to its first screen. The copy is named by sqlite-jdbc's version (an upgrade makes a new
 * one), is written whole or not at all (a temporary file, then an atomic move), and lives in the owner-only data
 * folder, as JavaFX's own native libraries do ({@code javafx.cachedir}).
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";
    private static final AtomicBoolean CHOSEN = new AtomicBoolean();

    private SqliteNativeLibrary() {
    }

    /**
     * Makes sqlite-jdbc load its library from {@code folder}, copying it there first if it is not there yet. Call it
     * before the first database opens, in the process that the folder belongs to (the kiosk's main; a test JVM holds
     * many folders); only the first call counts. If the copy cannot be made, sqlite-jdbc extracts its library
     * itself, as it always did: slower, nothing else changes.
     */
    public static void useCopyIn(Path folder) {
        if (!CHOSEN.compareAndSet(false, true) || System.getProperty(LIBRARY_PATH) != null) {
            return;
        }
        String library = System.mapLibraryName("sqlitejdbc");
        String name = "sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + library;
        Path copy = folder.resolve(name);
        try {
            if (!Files.isRegularFile(copy) && !copyOut("/org/sqlite/native/"
                    + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library, folder, copy)) {
                return;
            }
            System.setProperty(LIBRARY_PATH, folder.toString());
            System.setProperty(LIBRARY_NAME, name);
            // Loaded now, while the copy is surely there: the properties only matter until the library is loaded.
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            System.clearProperty(LIBRARY_PATH);
            System.clearProperty(LIBRARY_NAME);
            LOG.info("SQLite's native library is extracted by sqlite-jdbc: no copy in {} ({})", folder, e.toString());
        }
    }

    /** False if the jar carries no library for this platform (sqlite-jdbc then says so itself, clearly). */
    private static boolean copyOut(String resource, Path folder, Path copy) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, copy.getFileName().toString(), ".part");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        }
    }
}
