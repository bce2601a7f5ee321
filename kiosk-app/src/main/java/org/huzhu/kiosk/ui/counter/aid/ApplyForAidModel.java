package org.huzhu.kiosk.ui.counter.aid;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huzhu.kiosk.desk.AidApplying;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.AidInstitutions;

/** State of recording an application for aid at the counter. */
final class ApplyForAidModel {

    /** The charities and hospitals to choose from, once the server answered; empty while it is asked. */
    final ObjectProperty<Optional<AidInstitutions>> institutions = new SimpleObjectProperty<>(Optional.empty());
    /** Nothing is chosen for staff: the resident says which charity and which hospital. */
    final ObjectProperty<Optional<AidInstitution>> charity = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Optional<AidInstitution>> hospital = new SimpleObjectProperty<>(Optional.empty());
    /** What for, in the resident's words as staff type them. */
    final StringProperty purpose = new SimpleStringProperty("");
    /** The amount asked, in yuan as typed. */
    final StringProperty amount = new SimpleStringProperty("");
    final ObservableList<AidApplying.Document> documents = FXCollections.observableArrayList();
    /** True on the confirm step: the application said once more, and "Record the application". */
    final BooleanProperty confirming = new SimpleBooleanProperty(false);
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the application is signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
