package org.huzhu.kiosk.ui.counter.welcome;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of the counter's sign-in screen. */
final class WelcomeModel {

    /** Why nobody is signed in, or what to do first, when there is something to say. */
    final ObjectProperty<Optional<Sentence>> notice = new SimpleObjectProperty<>(Optional.empty());
    /** True while a staff card lies in a reader with no session: its holder can sign in again without moving it. */
    final BooleanProperty cardStillIn = new SimpleBooleanProperty(false);
}
