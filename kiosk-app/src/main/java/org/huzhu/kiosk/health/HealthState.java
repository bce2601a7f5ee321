package org.huzhu.kiosk.health;

/** How one part of the kiosk is doing, from best to worst; {@link #worse(HealthState)} orders them. */
public enum HealthState {
    /** Works as it should. */
    OK,
    /** Works less well, or not at all while another part stands in: staff should look soon. */
    DEGRADED,
    /** Does not work. */
    FAILING;

    /** The worse of this and {@code other}. */
    public HealthState worse(HealthState other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The lower-case name used on the wire and in the operator's listing ({@code ok}, {@code degraded}, …). */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
