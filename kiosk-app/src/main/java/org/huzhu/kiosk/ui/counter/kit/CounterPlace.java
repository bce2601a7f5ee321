package org.huzhu.kiosk.ui.counter.kit;

/**
 * The places in the counter's navigation, in the order the navigation lists them: each has a button with the id
 * {@code nav-<id>} and the label {@code counter.nav.<id>}.
 */
public enum CounterPlace {
    RESIDENTS("residents"),
    VOLUNTEERS("volunteers"),
    REPORTS("reports"),
    /** The centre's notices for the kiosks' home screens (issue 12 part 7). */
    NOTICES("notices"),
    SYNC("sync");

    private final String id;

    CounterPlace(String id) {
        this.id = id;
    }

    /** The button's id suffix and message key suffix. */
    public String id() {
        return id;
    }
}
