package org.huzhu.kiosk.face;

import java.util.Objects;
import java.util.UUID;

/** What the camera screen hears from a {@link CameraSignIn}, on camera threads (never the FX thread). */
public sealed interface CameraSignInEvent {

    /** The camera is on: show the indicator. */
    record CameraOn() implements CameraSignInEvent {
    }

    /** The camera is off again (the watch ended, or the camera failed). */
    record CameraOff() implements CameraSignInEvent {
    }

    /** There is no camera to use: "please tap your card". */
    record NoCamera() implements CameraSignInEvent {
    }

    /** Show and say {@code prompt}. */
    record Prompt(FacePrompt prompt) implements CameraSignInEvent {
        public Prompt {
            Objects.requireNonNull(prompt);
        }
    }

    /** The face matched an enrolled resident, three frames in a row, live: sign them in (actor method {@code face}). */
    record FaceMatched(UUID residentId) implements CameraSignInEvent {
        public FaceMatched {
            Objects.requireNonNull(residentId);
        }
    }

    /** A QR code was seen: its text, for the code sign-in ({@code CodeSignIn}). Each text once per watch. */
    record CodeSeen(String text) implements CameraSignInEvent {
        public CodeSeen {
            Objects.requireNonNull(text);
        }
    }

    /** Two tries did not sign anyone in: "please tap your card instead". */
    record TapCardInstead() implements CameraSignInEvent {
    }
}
