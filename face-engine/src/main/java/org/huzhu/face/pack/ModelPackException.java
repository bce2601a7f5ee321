package org.huzhu.face.pack;

/**
 * A model pack that cannot be used: missing folder or manifest, a manifest that does not parse or lacks a field, a
 * model file missing, of the wrong size or with a different SHA-256, or a model kind this build cannot run. The
 * message names the file and what is wrong, in words an installer can act on.
 */
public final class ModelPackException extends Exception {

    public ModelPackException(String message) {
        super(message);
    }

    public ModelPackException(String message, Throwable cause) {
        super(message, cause);
    }
}
