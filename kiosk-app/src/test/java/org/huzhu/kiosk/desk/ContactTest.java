package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the enrolment form lets through as a resident's contact, and what it points at first. */
class ContactTest {

    @Test
    void everyPartIsOptionalButAnEmergencyContactNeedsBothNameAndPhone() {
        assertThat(Contact.NONE.problem()).isEmpty();
        assertThat(new Contact("13800138000", "", "").problem()).isEmpty();
        assertThat(new Contact("", "张小明", "139 0000 1111").problem()).isEmpty();
        assertThat(new Contact("", "张小明", "").problem()).contains(Contact.Problem.EMERGENCY_PHONE);
        assertThat(new Contact("", "", "139 0000 1111").problem()).contains(Contact.Problem.EMERGENCY_NAME);
    }

    @Test
    void aPhoneIsDigitsSpacesPlusAndMinusAndTheFirstWrongFieldIsNamed() {
        assertThat(new Contact("138-0013 8000", "", "").problem()).isEmpty();
        assertThat(new Contact("call me", "", "").problem()).contains(Contact.Problem.PHONE);
        assertThat(new Contact("12", "", "").problem()).as("too short").contains(Contact.Problem.PHONE);
        assertThat(new Contact("+-- ", "", "").problem()).as("no digit").contains(Contact.Problem.PHONE);
        assertThat(new Contact("x", "名".repeat(41), "1").problem()).contains(Contact.Problem.PHONE);
        assertThat(new Contact("", "名".repeat(41), "13900001111").problem()).contains(Contact.Problem.EMERGENCY_NAME);
        assertThat(new Contact("", "张小明", "139x").problem()).contains(Contact.Problem.EMERGENCY_PHONE);
    }

    @Test
    void whatIsTypedIsStrippedOfSpaceAround() {
        assertThat(new Contact(" 138 ", " 张小明 ", " 139 ")).isEqualTo(new Contact("138", "张小明", "139"));
    }
}
