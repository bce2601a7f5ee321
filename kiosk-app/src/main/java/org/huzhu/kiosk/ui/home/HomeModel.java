package org.huzhu.kiosk.ui.home;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.community.TimeBank;

/** State of the signed-in home screen; empty until loaded. */
final class HomeModel {

    final ObjectProperty<Optional<TimeBank.Balance>> balance = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Optional<Booking>> nextBooking = new SimpleObjectProperty<>(Optional.empty());
    /** Recorded actions the server has not answered yet. */
    final LongProperty waiting = new SimpleLongProperty(0);
    /** The centre's notices shown today, the newest first (issue 12 part 7). */
    final ObjectProperty<List<Notice>> notices = new SimpleObjectProperty<>(List.of());
}
