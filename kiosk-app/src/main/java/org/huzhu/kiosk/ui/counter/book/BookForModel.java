package org.huzhu.kiosk.ui.counter.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of booking a service for a resident at the counter. */
final class BookForModel {

    /** The services of the catalogue; empty until loaded. */
    final ObjectProperty<List<Service>> services = new SimpleObjectProperty<>(List.of());
    final ObjectProperty<Optional<Service>> service = new SimpleObjectProperty<>(Optional.empty());
    /** The chosen service's times to come; empty until a service is chosen and they are loaded. */
    final ObjectProperty<List<Slot>> slots = new SimpleObjectProperty<>(List.of());
    /** The day whose times are shown: the first with a free place, until staff choose another. */
    final ObjectProperty<Optional<LocalDate>> day = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Optional<Slot>> slot = new SimpleObjectProperty<>(Optional.empty());
    /**
     * True once the offline limit refused the booking: staff may book it on their authority with a reason, which
     * the screen then asks for.
     */
    final BooleanProperty overriding = new SimpleBooleanProperty(false);
    final StringProperty reason = new SimpleStringProperty("");
    /** Why the booking was not recorded, or why the catalogue could not be read. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the booking is being signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
