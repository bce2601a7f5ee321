package org.huzhu.kiosk.ui.counter.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.desk.FamilyTie;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of a resident's family screen at the counter: their links, the rights as ticked, an unlink being asked. */
final class FamilyRightsModel {

    /** One direction of a link: what {@code memberId} may do for {@code residentId}. */
    record Direction(UUID residentId, UUID memberId) {
    }

    /** The resident's current links as this counter knows them; empty until read. */
    final ObjectProperty<Optional<List<FamilyTie>>> ties = new SimpleObjectProperty<>(Optional.empty());
    /**
     * The rights as the staff member has ticked them, per direction. Not watched by the view: a tick changes its box
     * itself, and re-rendering on every tick would take the keyboard focus away.
     */
    final ObjectProperty<Map<Direction, FamilyRights>> ticked = new SimpleObjectProperty<>(Map.of());
    /** The member whose link the staff member asked to end, while the question and the reason show. */
    final ObjectProperty<Optional<FamilyMember>> unlinking = new SimpleObjectProperty<>(Optional.empty());
    /** A line above the actions: nothing to save. */
    final ObjectProperty<Optional<Sentence>> notice = new SimpleObjectProperty<>(Optional.empty());
    /** Why the last action was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while rights or an unlink are being signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
