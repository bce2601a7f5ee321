package org.huzhu.kiosk.ui.counter.residents;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of the residents screen. */
final class ResidentsModel {

    /** The file of the resident whose card was tapped last. */
    final ObjectProperty<Optional<ResidentFile>> file = new SimpleObjectProperty<>(Optional.empty());
    /** A social-security card nobody is enrolled with: its holder can be enrolled from here. */
    final ObjectProperty<Optional<CardHolder>> unknownCard = new SimpleObjectProperty<>(Optional.empty());
    /** What the last tap (or the screen before) came to, when there is something to say. */
    final ObjectProperty<Optional<Sentence>> status = new SimpleObjectProperty<>(Optional.empty());
}
