package org.huzhu.kiosk.ui.staff;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The signed-in staff member, as the staff screen shows them. */
final class StaffHomeModel {

    final StringProperty holderName = new SimpleStringProperty("");
    /** The start of the card key's fingerprint, e.g. "1a2b 3c4d". */
    final StringProperty shortFingerprint = new SimpleStringProperty("");
}
