package org.huzhu.kiosk.ui.counter.code;

/** Why staff revoke a code; {@link #reason()} is what the server keeps for the file (docs/protocol.md §13.2). */
enum RevokeWhy {
    /** The printout or the phone is lost (or the code was shown to someone it should not have been). */
    LOST("lost", "lost"),
    /** The resident has their card again, or the family member no longer helps. */
    NOT_NEEDED("not-needed", "no longer needed");

    private final String code;
    private final String reason;

    RevokeWhy(String code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /** The message key's and the button id's part. */
    String code() {
        return code;
    }

    String reason() {
        return reason;
    }
}
