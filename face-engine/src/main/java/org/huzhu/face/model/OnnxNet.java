package org.huzhu.face.model;

import java.util.ArrayList;
import java.util.List;
import org.huzhu.face.pack.ModelEntry;
import org.huzhu.face.pack.ModelPackException;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * One ONNX network on OpenCV DNN (CPU). Not thread-safe: a {@code Net} keeps its input and outputs between calls, so
 * one caller at a time (the engine's lock).
 */
public final class OnnxNet implements AutoCloseable {

    private final Net net;
    private final ModelEntry entry;

    private OnnxNet(Net net, ModelEntry entry) {
        this.net = net;
        this.entry = entry;
    }

    /** Loads a model file the pack has already checked. */
    public static OnnxNet load(ModelEntry entry) throws ModelPackException {
        OpenCvNatives.load();
        try {
            Net net = Dnn.readNetFromONNX(entry.file().toString());
            if (net.empty()) {
                throw new ModelPackException(entry.file().getFileName() + ": OpenCV read no network from it");
            }
            net.setPreferableBackend(Dnn.DNN_BACKEND_OPENCV);
            net.setPreferableTarget(Dnn.DNN_TARGET_CPU);
            return new OnnxNet(net, entry);
        } catch (CvException e) {
            throw new ModelPackException(entry.file().getFileName() + ": OpenCV cannot load it as ONNX ("
                    + e.getMessage() + ")", e);
        }
    }

    public ModelEntry entry() {
        return entry;
    }

    /** Runs the network on {@code blob} and returns its first output's values. */
    public float[] forward(Mat blob) {
        net.setInput(blob);
        Mat output = net.forward();
        try {
            return values(output);
        } finally {
            output.release();
        }
    }

    /** Runs the network on {@code blob} and returns the named outputs' values, in order. */
    public List<float[]> forward(Mat blob, List<String> outputNames) {
        net.setInput(blob);
        List<Mat> outputs = new ArrayList<>();
        net.forward(outputs, outputNames);
        List<float[]> values = new ArrayList<>(outputs.size());
        for (Mat output : outputs) {
            values.add(values(output));
            output.release();
        }
        return values;
    }

    private static float[] values(Mat output) {
        Mat flat = output.reshape(1, 1);
        float[] values = new float[(int) flat.total()];
        flat.get(0, 0, values);
        flat.release();
        return values;
    }

    @Override
    public void close() {
        // Net has no explicit release in the Java API; dropping the last reference lets its finaliser free it.
    }
}
