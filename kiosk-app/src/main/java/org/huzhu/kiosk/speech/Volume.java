package org.huzhu.kiosk.speech;

/**
 * Loudness of read-aloud speech as a percentage of the engine's normal loudness, in fixed steps a resident can take
 * with "quieter" and "louder". Every session starts at {@link #DEFAULT} (Section 508: volume resets after each use).
 *
 * @param percent 100 is the engine's normal loudness; between {@link #QUIETEST} and {@link #LOUDEST}
 */
public record Volume(int percent) {

    public static final int QUIETEST = 50;
    public static final int LOUDEST = 200;
    public static final int STEP = 25;
    public static final Volume DEFAULT = new Volume(100);

    public Volume {
        if (percent < QUIETEST || percent > LOUDEST) {
            throw new IllegalArgumentException("volume " + percent + "% is outside " + QUIETEST + "-" + LOUDEST + "%");
        }
    }

    /** One step louder, or this volume if it is already the loudest. */
    public Volume louder() {
        return new Volume(Math.min(LOUDEST, percent + STEP));
    }

    /** One step quieter, or this volume if it is already the quietest. */
    public Volume quieter() {
        return new Volume(Math.max(QUIETEST, percent - STEP));
    }

    public boolean isLoudest() {
        return percent == LOUDEST;
    }

    public boolean isQuietest() {
        return percent == QUIETEST;
    }
}
