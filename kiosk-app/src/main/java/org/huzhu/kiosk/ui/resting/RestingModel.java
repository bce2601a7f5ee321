package org.huzhu.kiosk.ui.resting;

import java.time.ZonedDateTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the resting screen. */
final class RestingModel {

    final ObjectProperty<RestingReason> reason = new SimpleObjectProperty<>(RestingReason.OUT_OF_ORDER);
    /** The centre's phone as configured; empty: the line is hidden. */
    final StringProperty phone = new SimpleStringProperty("");
    /** When it opens again (closed only), with the time it was worked out at (for "today" / "tomorrow"). */
    final ObjectProperty<ZonedDateTime> now = new SimpleObjectProperty<>();
    final ObjectProperty<ZonedDateTime> nextOpening = new SimpleObjectProperty<>();
}
