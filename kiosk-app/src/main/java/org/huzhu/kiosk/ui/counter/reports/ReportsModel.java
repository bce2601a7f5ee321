package org.huzhu.kiosk.ui.counter.reports;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.counter.Report;

/** State of the reports screen. */
final class ReportsModel {

    final ObjectProperty<ReportPeriod.Kind> kind = new SimpleObjectProperty<>(ReportPeriod.Kind.MONTH);
    /** The day picked: the day itself, any day of the month, or the range's first day. */
    final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>();
    /** The range's last day (a range only). */
    final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>();
    /** "Inactive after N days" as typed; checked when the report is asked for. */
    final StringProperty inactiveDays = new SimpleStringProperty(Integer.toString(ReportsController.DEFAULT_INACTIVE));
    /** The server's answer last shown. */
    final ObjectProperty<Optional<Report>> report = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<ReportSection> section = new SimpleObjectProperty<>(ReportSection.TOTALS);
    /** The page of the section's rows shown, from 0. */
    final IntegerProperty page = new SimpleIntegerProperty(0);
    /** True while the server is asked: the screen shows a spinner and a second "show" does nothing. */
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** True while an export is written. */
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    /** Why the report could not be shown or saved, and what to do. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** Where the last export went. */
    final ObjectProperty<Optional<Sentence>> saved = new SimpleObjectProperty<>(Optional.empty());
}
