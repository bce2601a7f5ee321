package org.huzhu.kiosk.ui.counter.shell;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import org.huzhu.kiosk.sync.SyncStatus;
import org.huzhu.kiosk.ui.counter.kit.CounterPlace;

/** State of the counter's frame. */
final class CounterShellModel {

    final StringProperty centreName = new SimpleStringProperty("");
    final BooleanProperty demo = new SimpleBooleanProperty(false);
    /** True while a staff member is signed in: their name and card, the navigation and "sign out" show. */
    final BooleanProperty signedIn = new SimpleBooleanProperty(false);
    final StringProperty staffName = new SimpleStringProperty("");
    /** The start of their card key's fingerprint, e.g. "ab06 dc12". */
    final StringProperty staffKey = new SimpleStringProperty("");
    /** Whether this counter syncs with a server at all (it is enrolled). */
    final BooleanProperty syncing = new SimpleBooleanProperty(false);
    /** The latest sync status, once there is one. */
    final ObjectProperty<Optional<SyncStatus>> syncStatus = new SimpleObjectProperty<>(Optional.empty());
    /** True once the server said it does not accept the signed-in staff member's card at a counter. */
    final BooleanProperty staffRefused = new SimpleBooleanProperty(false);
    /** Usable card readers: a counter needs two. */
    final IntegerProperty readers = new SimpleIntegerProperty(2);
    /** The place the current screen belongs to, its navigation button selected; null for none (before sign-in). */
    final ObjectProperty<CounterPlace> place = new SimpleObjectProperty<>();
    /** The root of the screen currently shown. */
    final ObjectProperty<Parent> screen = new SimpleObjectProperty<>();
}
