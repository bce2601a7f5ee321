package org.huzhu.face;

/** A face template that is malformed, not unit length, or of another model than the one it is compared with. */
public final class InvalidTemplateException extends IllegalArgumentException {

    public InvalidTemplateException(String message) {
        super(message);
    }
}
