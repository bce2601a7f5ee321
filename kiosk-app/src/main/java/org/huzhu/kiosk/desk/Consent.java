package org.huzhu.kiosk.desk;

/**
 * What a resident agrees the centre keeps about them, as the enrolment screen words it. Each wording has its own
 * version, stored with the consent, so a later change of words never rewrites what someone agreed to.
 */
public enum Consent {
    /**
     * Name, card pseudonym, time balance and history, and the phone and emergency contact if given (the words
     * {@code counter.enrol.consent.*}); {@code enrolment-1}, before the contact was asked, named the rest only.
     */
    ENROLMENT_2("enrolment-2");

    private final String version;

    Consent(String version) {
        this.version = version;
    }

    /** How the consent is stored: which text was shown. */
    public String version() {
        return version;
    }
}
