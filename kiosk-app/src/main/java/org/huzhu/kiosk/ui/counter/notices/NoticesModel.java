package org.huzhu.kiosk.ui.counter.notices;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of the counter's notices screen: the notices not yet over, and what the last action came to. */
final class NoticesModel {

    /** Notices whose last day has not passed, withdrawn ones included, the newest first. */
    final ObjectProperty<List<Notice>> notices = new SimpleObjectProperty<>(List.of());
    /** What was just done ("posted", "withdrawn"), if anything. */
    final ObjectProperty<Optional<Sentence>> done = new SimpleObjectProperty<>(Optional.empty());
    /** Why the form cannot be posted, or why the last action was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while a notice is being signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
