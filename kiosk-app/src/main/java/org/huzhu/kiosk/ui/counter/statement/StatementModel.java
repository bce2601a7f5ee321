package org.huzhu.kiosk.ui.counter.statement;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.counter.StatementEntry;

/** State of a resident's statement at the counter. */
final class StatementModel {

    /** The page shown; empty until the server answered. */
    final ObjectProperty<Optional<StatementPage>> page = new SimpleObjectProperty<>(Optional.empty());
    /** True while a page is being fetched. */
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** Why the statement, a reversal or the printout did not come about, and what to do. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** What was just done (a reversal recorded, the statement saved as PDF). */
    final ObjectProperty<Optional<Sentence>> notice = new SimpleObjectProperty<>(Optional.empty());
    /** The entry whose reversal staff are giving a reason for. */
    final ObjectProperty<Optional<StatementEntry>> reversing = new SimpleObjectProperty<>(Optional.empty());
    /** True while a reversal is signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
    /** True while the statement is fetched whole and saved as PDF. */
    final BooleanProperty printing = new SimpleBooleanProperty(false);
}
