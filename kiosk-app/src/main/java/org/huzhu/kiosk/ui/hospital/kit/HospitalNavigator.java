package org.huzhu.kiosk.ui.hospital.kit;

import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;

/** The ways between the hospital desk's screens while a receptionist is signed in. FX thread only. */
public interface HospitalNavigator {

    /** "Ask the patient to tap their social-security card". */
    void patient();

    /** The hospital's order for {@code patient}'s aid order {@code order}. */
    void order(PatientAtDesk patient, OpenAidOrder order);
}
