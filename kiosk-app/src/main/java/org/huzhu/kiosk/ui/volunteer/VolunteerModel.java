package org.huzhu.kiosk.ui.volunteer;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.VolunteerTask;

/**
 * Today's tasks with the resident's attendance, earliest first, which page of them is shown, what the last tap did,
 * and {@code working} while a check-in or check-out is recorded.
 */
final class VolunteerModel {

    /** What the last tap did, kept as facts so the screen words it in the current language. */
    sealed interface Outcome {
    }

    record CheckedIn(VolunteerTask task) implements Outcome {
    }

    record CheckedOut(int minutes) implements Outcome {
    }

    record Failed(Exception failure) implements Outcome {
    }

    final ObjectProperty<List<VolunteerTask>> tasks = new SimpleObjectProperty<>(List.of());
    final IntegerProperty page = new SimpleIntegerProperty(0);
    final ObjectProperty<Optional<Outcome>> outcome = new SimpleObjectProperty<>(Optional.empty());
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
