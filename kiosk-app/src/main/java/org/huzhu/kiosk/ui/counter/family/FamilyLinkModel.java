package org.huzhu.kiosk.ui.counter.family;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of linking a family member at the counter. */
final class FamilyLinkModel {

    /** The family member whose card was tapped, once it is one that can be linked. */
    final ObjectProperty<Optional<Resident>> member = new SimpleObjectProperty<>(Optional.empty());
    /** What is wrong with the last tap, or why the link was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** What the family member may do for the resident, as ticked (all on until changed); not watched by the view. */
    final ObjectProperty<FamilyRights> memberForResident = new SimpleObjectProperty<>(FamilyRights.ALL);
    /** What the resident may do for the family member, as ticked. */
    final ObjectProperty<FamilyRights> residentForMember = new SimpleObjectProperty<>(FamilyRights.ALL);
    /** True while the link is being signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
