package org.huzhu.kiosk.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration file cannot be used. The message is written for the operator who has to fix the file: it names the
 * file, the key and what is allowed, and never needs a stack trace to be understood.
 */
public final class ConfigException extends Exception {

    private final transient Path file;
    private final String key;

    ConfigException(Path file, String key, String message) {
        super(file + ": " + message);
        this.file = file;
        this.key = key;
    }

    ConfigException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.key = null;
    }

    public Path file() {
        return file;
    }

    /** The offending key, when one key is to blame (not for an unreadable file). */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
