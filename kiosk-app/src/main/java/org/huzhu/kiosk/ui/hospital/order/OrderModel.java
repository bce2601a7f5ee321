package org.huzhu.kiosk.ui.hospital.order;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.hospital.SubmittedOrder;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of entering the hospital's order against one aid order, and of the order once submitted. */
final class OrderModel {

    /** How many bill lines the form shows. */
    final IntegerProperty lines = new SimpleIntegerProperty(2);
    /** The total of the lines typed so far, in fen; empty while a line's amount is not yuan (or none is typed). */
    final ObjectProperty<Optional<Long>> totalFen = new SimpleObjectProperty<>(Optional.empty());
    /** What is wrong with the order as typed (the check ahead), or why it was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** The order once recorded, with the server's verdict as this desk knows it. */
    final ObjectProperty<Optional<SubmittedOrder>> submitted = new SimpleObjectProperty<>(Optional.empty());
    /** Where the patient's slip was saved, once it was. */
    final ObjectProperty<Optional<Sentence>> slip = new SimpleObjectProperty<>(Optional.empty());
    /** True while the order is checked, signed and recorded, or the slip written. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
