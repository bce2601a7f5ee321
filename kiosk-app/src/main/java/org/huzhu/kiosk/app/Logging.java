package org.huzhu.kiosk.app;

import java.nio.file.Path;

/**
 * Points Logback's rolling file at the data folder. Must run before the first {@code LoggerFactory} call, because
 * Logback reads {@code logback.xml} (and this property) once, when SLF4J first initialises.
 */
public final class Logging {

    /** Read by {@code logback.xml}. */
    public static final String LOG_DIR_PROPERTY = "huzhu.log.dir";

    private Logging() {
    }

    public static void logTo(Path folder) {
        System.setProperty(LOG_DIR_PROPERTY, folder.toString());
    }
}
