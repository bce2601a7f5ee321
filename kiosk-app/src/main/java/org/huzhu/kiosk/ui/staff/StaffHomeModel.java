package org.huzhu.kiosk.ui.staff;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The signed-in staff member, as the staff screen shows them, and what the last maintenance action did. */
final class StaffHomeModel {

    final StringProperty holderName = new SimpleStringProperty("");
    /** The start of the card key's fingerprint, e.g. "1a2b 3c4d". */
    final StringProperty shortFingerprint = new SimpleStringProperty("");
    /** The message key (and its one argument) saying how the last action went; empty before any. */
    final StringProperty resultKey = new SimpleStringProperty("");
    final StringProperty resultArgument = new SimpleStringProperty("");
    /** True while the diagnostics bundle is being written. */
    final BooleanProperty working = new SimpleBooleanProperty();
    /** Restart and leave are offered only in kiosk mode, where a supervisor restarts the kiosk. */
    final BooleanProperty kioskMode = new SimpleBooleanProperty();
}
