package org.huzhu.kiosk.ui.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Slot;

/** The days with a free place for the chosen service, each with its free slots, in date order; the page shown. */
final class DayModel {

    final ObjectProperty<Map<LocalDate, List<Slot>>> days = new SimpleObjectProperty<>(Map.of());
    final IntegerProperty page = new SimpleIntegerProperty(0);
}
