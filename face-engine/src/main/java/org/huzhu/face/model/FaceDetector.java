package org.huzhu.face.model;

import java.util.List;
import org.opencv.core.Mat;

/**
 * Finds faces in a frame. Implementations hold an OpenCV {@code Net} and are <b>not thread-safe</b>: the engine calls
 * them under its lock. Closing releases the network.
 */
public interface FaceDetector extends AutoCloseable {

    /** The faces in a BGR 8-bit frame, best score first; the frame is only read. */
    List<Detection> detect(Mat bgrFrame);

    @Override
    void close();
}
