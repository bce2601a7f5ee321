package org.huzhu.kiosk.ui.demo;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.printing.Paper;

/** What lies in the demo printer's output tray. */
final class DemoPaperModel {

    /** The last receipt printed and not yet taken, or null. */
    final ObjectProperty<Paper> receipt = new SimpleObjectProperty<>();
}
