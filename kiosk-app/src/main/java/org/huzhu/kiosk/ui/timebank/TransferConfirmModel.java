package org.huzhu.kiosk.ui.timebank;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whether the transfer is being recorded (the confirm button waits meanwhile), and why it was not, if it was refused
 * (kept here so the reason is worded again when the language changes).
 */
final class TransferConfirmModel {

    final BooleanProperty working = new SimpleBooleanProperty(false);
    final ObjectProperty<Optional<Exception>> failure = new SimpleObjectProperty<>(Optional.empty());
}
