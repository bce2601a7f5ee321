package org.huzhu.kiosk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import org.huzhu.kiosk.speech.Volume;

/** State of the frame around every screen. */
final class ShellModel {

    final StringProperty centreName = new SimpleStringProperty("");
    final BooleanProperty demo = new SimpleBooleanProperty(false);
    /** False while no card reader is usable: the frame shows a banner. */
    final BooleanProperty readerAvailable = new SimpleBooleanProperty(true);
    /** The root of the screen currently shown. */
    final ObjectProperty<Parent> screen = new SimpleObjectProperty<>();
    /** True when a text-to-speech engine is installed: only then are the read-aloud and volume buttons shown. */
    final BooleanProperty speechAvailable = new SimpleBooleanProperty(false);
    /** The read-aloud volume the resident chose; back to the default at sign-out. */
    final ObjectProperty<Volume> volume = new SimpleObjectProperty<>(Volume.DEFAULT);
    /** True while the kiosk is closed (outside opening hours): the frame swaps to the dark palette. */
    final BooleanProperty dimmed = new SimpleBooleanProperty(false);
    /** The larger text step; back to normal at sign-out. */
    final BooleanProperty largeText = new SimpleBooleanProperty(false);
}
