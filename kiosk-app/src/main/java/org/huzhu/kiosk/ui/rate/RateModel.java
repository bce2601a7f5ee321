package org.huzhu.kiosk.ui.rate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** State of the "how was it?" question: whether the answer is being recorded. */
final class RateModel {

    /** True while an answer (or a skip) is being recorded: the faces and Skip wait. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
