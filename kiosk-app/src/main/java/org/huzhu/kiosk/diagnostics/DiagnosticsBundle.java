package org.huzhu.kiosk.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.huzhu.kiosk.storage.StorageException;

/**
 * What a technician needs to see why a kiosk misbehaves, in one zip: the logs, the configuration with its secrets left
 * out, the versions, the health history and the journal's own check ({@code journal verify}). Nothing personal goes in:
 * the logs name residents by pseudonym only (ADR 0014), the journal itself stays on the machine, and a secret's value is
 * replaced by a note that it is set. So the bundle can go on a USB stick or to the server as it is (ADR 0020).
 * Blocking: call from a worker thread.
 */
public final class DiagnosticsBundle {

    /** A configuration key whose value is a secret: its value never leaves the machine. */
    private static final Pattern SECRET_KEY = Pattern.compile("passphrase|secret|password|token|private",
            Pattern.CASE_INSENSITIVE);
    static final String LEFT_OUT = "(set; left out of this bundle)";

    private DiagnosticsBundle() {
    }

    /** What was written. */
    public record Written(Path file, List<String> entries) {
    }

    /**
     * Where a station keeps what goes in: its settings file, its journal database and its log folder (any may be
     * absent), and the version it runs.
     */
    public record Sources(Path settings, Path database, Path logs, String version) {
    }

    /**
     * Writes the bundle of {@code sources} to {@code target} (a zip; replaced if present).
     *
     * @param healthHistory the health model's recent changes, one line each, oldest first
     */
    public static Written write(Sources sources, Path target, List<String> healthHistory, Clock clock)
            throws IOException {
        List<String> entries = new ArrayList<>();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            put(zip, entries, "versions.txt", versions(sources.version(), clock));
            if (Files.isRegularFile(sources.settings())) {
                put(zip, entries, sources.settings().getFileName().toString(),
                        withoutSecrets(Files.readString(sources.settings())));
            }
            put(zip, entries, "health.txt", healthHistory.isEmpty() ? "(no change of health recorded)\n"
                    : String.join("\n", healthHistory) + "\n");
            put(zip, entries, "journal-verify.txt", journalVerify(sources.database()));
            if (Files.isDirectory(sources.logs())) {
                try (Stream<Path> logs = Files.list(sources.logs())) {
                    for (Path log : logs.filter(Files::isRegularFile).sorted().toList()) {
                        zip.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
                        Files.copy(log, zip);
                        zip.closeEntry();
                        entries.add("logs/" + log.getFileName());
                    }
                }
            }
        }
        // Whole or not at all: a stick pulled mid-write leaves a .partial file, never a bundle that looks complete.
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return new Written(target, List.copyOf(entries));
    }

    /** {@code text} (a kiosk.properties) with every secret's value replaced by {@link #LEFT_OUT}. */
    static String withoutSecrets(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            int equals = line.indexOf('=');
            boolean setting = !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")
                    && equals > 0;
            if (setting && SECRET_KEY.matcher(line.substring(0, equals)).find()
                    && !line.substring(equals + 1).isBlank()) {
                kept.append(line, 0, equals + 1).append(LEFT_OUT);
            } else {
                kept.append(line);
            }
            kept.append('\n');
        }
        return kept.substring(0, kept.length() - 1);
    }

    private static String versions(String version, Clock clock) {
        return String.join("\n",
                "huzhu-kiosk " + version,
                "java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                "javafx " + System.getProperty("javafx.runtime.version", "(not started)"),
                "os " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "locale " + Locale.getDefault().toLanguageTag(),
                "written " + clock.instant()) + "\n";
    }

    private static String journalVerify(Path database) {
        try {
            return JournalVerifier.verify(database).summary() + "\n";
        } catch (StorageException e) {
            return "NOT CHECKED: " + e.getMessage() + "\n";
        }
    }

    private static void put(ZipOutputStream zip, List<String> entries, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        entries.add(name);
    }
}
