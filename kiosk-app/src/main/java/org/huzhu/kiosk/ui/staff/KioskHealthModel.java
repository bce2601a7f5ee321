package org.huzhu.kiosk.ui.staff;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.health.HealthReport;

/** The latest health report, as the health page shows it; null until the first check ran. */
final class KioskHealthModel {

    final ObjectProperty<HealthReport> report = new SimpleObjectProperty<>();
}
