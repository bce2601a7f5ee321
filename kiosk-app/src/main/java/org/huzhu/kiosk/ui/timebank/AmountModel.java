package org.huzhu.kiosk.ui.timebank;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.TimeBank;

/** The giver's balance (the amounts are offered once it is known) and the amount last refused as too much. */
final class AmountModel {

    final ObjectProperty<Optional<TimeBank.Balance>> balance = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Optional<Integer>> tooMuch = new SimpleObjectProperty<>(Optional.empty());
}
