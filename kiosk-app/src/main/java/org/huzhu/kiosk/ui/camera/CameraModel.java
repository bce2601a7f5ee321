package org.huzhu.kiosk.ui.camera;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.huzhu.kiosk.face.FacePrompt;

/** State of the camera screen: the live picture, whether the camera is on, and what the person is asked. */
final class CameraModel {

    /** The latest picture, mirrored on screen; null until the first arrives. Never stored anywhere else. */
    final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
    final BooleanProperty cameraOn = new SimpleBooleanProperty(false);
    /** What to ask; {@link FacePrompt#LOOK_AT_SCREEN} until the coach says otherwise. */
    final ObjectProperty<FacePrompt> prompt = new SimpleObjectProperty<>(FacePrompt.LOOK_AT_SCREEN);
    /** True from a face matched or a code seen until the sign-in answered: the screen says "one moment". */
    final BooleanProperty checking = new SimpleBooleanProperty(false);
}
