package org.huzhu.kiosk.ui.bookings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Booking;

/**
 * The resident's upcoming bookings; {@code cancelling} is the one they asked to cancel (the screen then asks "are you
 * sure?"), and {@code working} is true while the cancellation is recorded.
 */
final class MyBookingsModel {

    final ObjectProperty<List<Booking>> bookings = new SimpleObjectProperty<>(List.of());
    final ObjectProperty<Optional<Booking>> cancelling = new SimpleObjectProperty<>(Optional.empty());
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
