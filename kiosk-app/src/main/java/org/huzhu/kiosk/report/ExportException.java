package org.huzhu.kiosk.report;

/** An export that could not be written; {@link #messageKey()} is the plain-language text for the staff member. */
public final class ExportException extends Exception {

    /** Why an export failed, each with the text that tells staff what to do next. */
    public enum Reason {
        /** No Chinese font on this machine: the PDF cannot carry Chinese text (install the named Debian package). */
        FONT_MISSING("report.error.fontMissing"),
        /** The file or stream could not be written (full disk, a removed USB stick, no permission). */
        NOT_WRITTEN("report.error.notWritten");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    ExportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    ExportException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the message to show, in {@code org.huzhu.kiosk.i18n.Messages}. */
    public String messageKey() {
        return reason.messageKey;
    }
}
