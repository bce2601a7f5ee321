package org.huzhu.kiosk.ui.idle;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** State of "Do you need more time?". */
final class IdleQuestionModel {

    /** True while the question covers the screen. */
    final BooleanProperty shown = new SimpleBooleanProperty(false);
    /** Seconds the question still waits for an answer before signing out. */
    final IntegerProperty secondsLeft = new SimpleIntegerProperty(0);
}
