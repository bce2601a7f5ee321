package org.huzhu.kiosk.ui.counter.face;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.face.FaceCaptureProblem;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of enrolling or deleting a resident's face at the counter. FX thread only. */
final class FaceSignInModel {

    /** Ticked by staff once the resident agreed; nothing is captured or recorded without it. */
    final BooleanProperty consent = new SimpleBooleanProperty(false);
    final ObjectProperty<FaceSignInStep> step = new SimpleObjectProperty<>(FaceSignInStep.READY);
    /** Pictures that counted so far in the capture under way. */
    final IntegerProperty goodFrames = new SimpleIntegerProperty(0);
    /** Why the latest picture did not count, while capturing; empty when it did. */
    final ObjectProperty<Optional<FaceCaptureProblem>> latest = new SimpleObjectProperty<>(Optional.empty());
    /** Why the capture or the recording came to nothing. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the server's key is fetched and the template sealed, signed and recorded (or the deletion). */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
