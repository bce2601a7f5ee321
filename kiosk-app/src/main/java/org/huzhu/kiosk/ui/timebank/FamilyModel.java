package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.FamilyMember;

/**
 * The family members the resident may give time to, by name; empty until loaded (an empty list means none: no family
 * link, or links that do not let them receive, as {@link #linked} tells).
 */
final class FamilyModel {

    final ObjectProperty<Optional<List<FamilyMember>>> family = new SimpleObjectProperty<>(Optional.empty());
    /** Whether the resident has any family linked now; set before {@link #family}. */
    final BooleanProperty linked = new SimpleBooleanProperty(false);
}
