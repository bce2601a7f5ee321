package org.huzhu.kiosk.speech;

/** The text-to-speech engine could not be started or failed while reading. */
public final class SpeechException extends Exception {

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
