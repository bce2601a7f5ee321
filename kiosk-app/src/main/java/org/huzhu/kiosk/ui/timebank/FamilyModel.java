package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.FamilyMember;

/** The resident's linked family members, by name; empty until loaded (an empty list means no family link). */
final class FamilyModel {

    final ObjectProperty<Optional<List<FamilyMember>>> family = new SimpleObjectProperty<>(Optional.empty());
}
