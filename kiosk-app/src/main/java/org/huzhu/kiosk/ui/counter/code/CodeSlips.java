package org.huzhu.kiosk.ui.counter.code;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.report.ResidentCodeSlip;
import org.huzhu.kiosk.report.ResidentCodeSlipPdf;

/**
 * Saves a code's slip (its QR, whose it is, until when) as a PDF into the counter's exports folder, owner-only like
 * the other exports, in the resident's language. The server keeps no copy of a code's text, so this file is the only
 * one: staff print it and may delete it. Blocking I/O: a worker thread. Thread-safe.
 */
final class CodeSlips {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final String centreName;
    private final Clock clock;

    CodeSlips(Path folder, String centreName, Clock clock) {
        this.folder = folder;
        this.centreName = centreName;
        this.clock = clock;
    }

    /**
     * {@code sign-in-code-20261202-093000-1a2b3c4d.pdf}: ASCII, by the time it is saved, then the start of the code's
     * id (as the counter lists it), never the resident's name.
     */
    Path save(ResidentCodeSlip slip, String codeId, Language language) throws ExportException {
        Path file = folder.resolve("sign-in-code-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "-"
                + codeId.substring(0, Math.min(8, codeId.length())) + ".pdf");
        new ResidentCodeSlipPdf(language, centreName, clock).write(slip, file);
        return file;
    }
}
