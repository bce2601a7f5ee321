package org.huzhu.kiosk.ui.hospital.patient;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.aid.PatientAtDesk;

/** State of finding a patient and their aid at the hospital desk. */
final class PatientModel {

    /** The patient whose card was tapped, with their open aid orders here; empty until one is found. */
    final ObjectProperty<Optional<PatientAtDesk>> patient = new SimpleObjectProperty<>(Optional.empty());
    /** Why the last tap found nobody, or why the server could not be asked. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the server is asked: further taps wait. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
