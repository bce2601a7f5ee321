package org.huzhu.kiosk.ui.counter.residents;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;

/** State of the residents screen. */
final class ResidentsModel {

    /** The file of the resident whose card was tapped last, or who was picked from the search results. */
    final ObjectProperty<Optional<ResidentFile>> file = new SimpleObjectProperty<>(Optional.empty());
    /** A social-security card nobody is enrolled with: its holder can be enrolled from here. */
    final ObjectProperty<Optional<CardHolder>> unknownCard = new SimpleObjectProperty<>(Optional.empty());
    /** The card of the closed account whose file is open, tapped here: it may be enrolled again as a new account. */
    final ObjectProperty<Optional<CardHolder>> closedCard = new SimpleObjectProperty<>(Optional.empty());
    /** What the last tap or search (or the screen before) came to, when there is something to say. */
    final ObjectProperty<Optional<Sentence>> status = new SimpleObjectProperty<>(Optional.empty());
    /** The page of residents the last search found; shown while no file is open. */
    final ObjectProperty<Optional<Page<ResidentSummary>>> results = new SimpleObjectProperty<>(Optional.empty());
    /** A resident picked from the results whom the server knows but this counter's snapshot does not have yet. */
    final ObjectProperty<Optional<ResidentSummary>> serverOnly = new SimpleObjectProperty<>(Optional.empty());
    /** True while the server is searched. */
    final BooleanProperty searching = new SimpleBooleanProperty(false);
}
