package org.huzhu.kiosk.ui.staff;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the PIN screen. It holds how many digits are typed, never the digits: the controller keeps them in an array
 * it wipes.
 */
final class PinModel {

    final StringProperty holderName = new SimpleStringProperty("");
    /** Shown as that many dots. */
    final IntegerProperty digitsTyped = new SimpleIntegerProperty(0);
    /** True while the card checks a PIN: the pad takes no taps, so a double tap is not a second try. */
    final BooleanProperty checking = new SimpleBooleanProperty(false);
    /** What the last PIN came to, if it did not sign in. */
    final ObjectProperty<Optional<PinProblem>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** With {@link PinProblem#WRONG_PIN}: how many more wrong PINs the card takes before it blocks. */
    final IntegerProperty triesLeft = new SimpleIntegerProperty(0);
}
