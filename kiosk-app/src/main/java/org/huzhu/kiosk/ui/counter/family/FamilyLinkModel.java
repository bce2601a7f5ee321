package org.huzhu.kiosk.ui.counter.family;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of linking a family member at the counter. */
final class FamilyLinkModel {

    /** The family member whose card was tapped, once it is one that can be linked. */
    final ObjectProperty<Optional<Resident>> member = new SimpleObjectProperty<>(Optional.empty());
    /** What is wrong with the last tap, or why the link was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the link is being signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
