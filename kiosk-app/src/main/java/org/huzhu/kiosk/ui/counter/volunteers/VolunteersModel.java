package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huzhu.kiosk.desk.SettledHere;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.counter.VolunteerSession;

/** State of the volunteer-work screen. */
final class VolunteersModel {

    final ObjectProperty<VolunteersStep> step = new SimpleObjectProperty<>(VolunteersStep.LIST);
    /** True while the server is asked for the sessions. */
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The sessions as the server last listed them, waiting ones first; empty until the first answer. */
    final ObjectProperty<List<VolunteerSession>> sessions = new SimpleObjectProperty<>(List.of());
    /** What this counter recorded that the server's list may not show yet. */
    final ObjectProperty<Map<SettledHere.Pair, SettledHere.Settled>> settledHere =
            new SimpleObjectProperty<>(Map.of());
    /** Why the list could not be read, or why the last action was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** What was recorded last. */
    final ObjectProperty<Optional<Notice>> notice = new SimpleObjectProperty<>(Optional.empty());
    /** The session being confirmed (CONFIRM_ONE), or the activity's first (CONFIRM_ACTIVITY). */
    final ObjectProperty<Optional<VolunteerSession>> chosen = new SimpleObjectProperty<>(Optional.empty());
    /** The activity's sessions that will be confirmed together (CONFIRM_ACTIVITY). */
    final ObjectProperty<List<VolunteerSession>> activity = new SimpleObjectProperty<>(List.of());
    /** The minutes as typed in the confirmation's field. */
    final StringProperty minutesText = new SimpleStringProperty("");
    /** True when the typed minutes differ from the checked duration: the reason field shows. */
    final BooleanProperty reasonNeeded = new SimpleBooleanProperty(false);
    final StringProperty reason = new SimpleStringProperty("");
    /** 1..5 stars, 0 for no rating. */
    final IntegerProperty stars = new SimpleIntegerProperty(0);
    final StringProperty note = new SimpleStringProperty("");
    /** True while a confirmation or no-show is signed and recorded: the buttons do nothing meanwhile. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
