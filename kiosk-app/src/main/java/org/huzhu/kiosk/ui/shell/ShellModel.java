package org.huzhu.kiosk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;

/** State of the frame around every screen. */
final class ShellModel {

    final StringProperty centreName = new SimpleStringProperty("");
    final BooleanProperty demo = new SimpleBooleanProperty(false);
    /** False while no card reader is usable: the frame shows a banner. */
    final BooleanProperty readerAvailable = new SimpleBooleanProperty(true);
    /** True while a demo card lies on the simulated reader: like a real reader, it takes one card at a time. */
    final BooleanProperty demoCardOnReader = new SimpleBooleanProperty(false);
    /** The root of the screen currently shown. */
    final ObjectProperty<Parent> screen = new SimpleObjectProperty<>();
}
