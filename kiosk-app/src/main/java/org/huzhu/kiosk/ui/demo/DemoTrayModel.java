package org.huzhu.kiosk.ui.demo;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.huzhu.kiosk.app.DemoCamera;

/** What lies on the demo's simulated readers. */
final class DemoTrayModel {

    /** True while a resident's demo card lies on the residents' reader: like a real reader, it takes one at a time. */
    final BooleanProperty residentCardOnReader = new SimpleBooleanProperty(false);
    /** True while the demo staff card lies on its reader: it stays until "take card away". */
    final BooleanProperty staffCardOnReader = new SimpleBooleanProperty(false);
    /** True when staff and residents share one reader (the kiosk): a card on it blocks every other. */
    final BooleanProperty oneReader = new SimpleBooleanProperty(true);
    /** True while the station's camera is on: the tray then holds pictures up to it instead of offering cards. */
    final BooleanProperty cameraOn = new SimpleBooleanProperty(false);
    /** The picture held up to the camera, or null for none. */
    final javafx.beans.property.ObjectProperty<DemoCamera.Picture> shown =
            new javafx.beans.property.SimpleObjectProperty<>();
}
