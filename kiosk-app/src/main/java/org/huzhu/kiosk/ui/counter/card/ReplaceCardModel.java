package org.huzhu.kiosk.ui.counter.card;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.desk.CardReplacement;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of replacing a resident's card at the counter. */
final class ReplaceCardModel {

    /** Why the old card is replaced; lost unless staff choose otherwise. */
    final ObjectProperty<CardReplacement.Why> why = new SimpleObjectProperty<>(CardReplacement.Why.LOST);
    /** What is wrong with the last tap, or why the replacement was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the replacement is being signed and recorded: further taps change nothing. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
