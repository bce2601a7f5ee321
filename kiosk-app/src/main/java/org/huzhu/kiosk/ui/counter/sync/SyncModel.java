package org.huzhu.kiosk.ui.counter.sync;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.sync.SyncStatus;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of the sync screen. */
final class SyncModel {

    /** This station's sync as last read; empty when it is not enrolled with a server. */
    final ObjectProperty<Optional<SyncStatus>> status = new SimpleObjectProperty<>(Optional.empty());
    /** The page of rejections shown; empty until the server answered. */
    final ObjectProperty<Optional<RejectionPage>> rejections = new SimpleObjectProperty<>(Optional.empty());
    /** True while the server is asked for rejections. */
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final ObjectProperty<SyncStep> step = new SimpleObjectProperty<>(SyncStep.LIST);
    /** True while this station is being started over: a second confirmation does nothing. */
    final BooleanProperty startingOver = new SimpleBooleanProperty(false);
    /** How many transactions starting over made unanswered again. */
    final ObjectProperty<Optional<Integer>> requeued = new SimpleObjectProperty<>(Optional.empty());
    /** Why the rejections could not be read or the start-over failed, and what to do. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
}
