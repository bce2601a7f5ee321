package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.community.TimeEntry;

/** The balance (empty until loaded), the latest changes, newest first, and the services that name them. */
final class TimeBankModel {

    final ObjectProperty<Optional<TimeBank.Balance>> balance = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<List<TimeEntry>> history = new SimpleObjectProperty<>(List.of());
    final ObjectProperty<List<Service>> services = new SimpleObjectProperty<>(List.of());
    /** Whether a charity gives the resident aid: only then is "my aid" offered (no empty screen for everyone else). */
    final BooleanProperty hasAid = new SimpleBooleanProperty(false);
}
