package org.huzhu.kiosk.ui.attract;

import java.time.LocalDateTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the attract screen: only the clock changes while nobody is signed in. */
final class AttractModel {

    final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>(LocalDateTime.MIN);
}
