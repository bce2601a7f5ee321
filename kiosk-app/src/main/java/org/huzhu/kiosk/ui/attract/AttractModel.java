package org.huzhu.kiosk.ui.attract;

import java.time.LocalDateTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the attract screen: the clock, and whether a card is being read. */
final class AttractModel {

    final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>(LocalDateTime.MIN);
    final BooleanProperty reading = new SimpleBooleanProperty(false);
}
