package org.huzhu.kiosk.desk;

/**
 * What a resident agrees the centre keeps about them, as the enrolment screen words it. Each wording has its own
 * version, stored with the consent, so a later change of words never rewrites what someone agreed to.
 */
public enum Consent {
    /** Name, card pseudonym, time balance and history (the words {@code counter.enrol.consent.*}). */
    ENROLMENT_1("enrolment-1");

    private final String version;

    Consent(String version) {
        this.version = version;
    }

    /** How the consent is stored: which text was shown. */
    public String version() {
        return version;
    }
}
