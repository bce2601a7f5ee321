package org.huzhu.kiosk.ui.home;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the signed-in home screen. */
final class HomeModel {

    final StringProperty residentName = new SimpleStringProperty("");
}
