package org.huzhu.kiosk.ui.book;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.TimeBank;

/** The payer's balance before booking, and whether the booking is being recorded (the button waits meanwhile). */
final class ConfirmModel {

    final ObjectProperty<Optional<TimeBank.Balance>> balance = new SimpleObjectProperty<>(Optional.empty());
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
