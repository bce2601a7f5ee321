package org.huzhu.kiosk.health;

/**
 * What a health check looks at. {@link #messageKey()} names it in the message bundles (for the maintenance screen);
 * {@link #tag()} names it in the heartbeat (docs/protocol.md §15).
 */
public enum CheckKind {
    CARD_READERS("card-readers"),
    CAMERA("camera"),
    PRINTER("printer"),
    SYNC_AGE("sync-age"),
    DISK_SPACE("disk-space"),
    JOURNAL("journal"),
    CLOCK("clock");

    private final String tag;

    CheckKind(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public String messageKey() {
        return "health.check." + tag;
    }
}
