package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.SimulatedCards;
import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.junit.jupiter.api.Test;

class StaffCardProfileTest {

    private static final String SELECT_STAFF = "00A404000BF048555A48555354414646";
    private final StaffCardProfile profile = new StaffCardProfile();

    @Test
    void readsTheStaffNumberWithTheDocumentedCommands() throws Exception {
        ScriptedChannel card = ScriptedChannel.of(SELECT_STAFF, "9000", "00B2010C00", "0106532D30303031 9000");

        assertThat(profile.read(card)).contains(new StaffCardIdentity("S-0001"));
    }

    @Test
    void countsDownAndBlocksOnTheCard() throws Exception {
        SimulatedCard staff = SimulatedCards.staff("S-0001", "2468");

        assertThat(profile.verifyPin(staff::process, "S-0001", "1111".getBytes()))
                .isEqualTo(new StaffPinResult.WrongPin(2));
        assertThat(profile.verifyPin(staff::process, "S-0001", "2468".getBytes()))
                .as("a right PIN resets the counter").isEqualTo(new StaffPinResult.Accepted("S-0001"));
        for (int tries = 2; tries >= 1; tries--) {
            assertThat(profile.verifyPin(staff::process, "S-0001", "1111".getBytes()))
                    .isEqualTo(new StaffPinResult.WrongPin(tries));
        }
        assertThat(profile.verifyPin(staff::process, "S-0001", "1111".getBytes())).isEqualTo(new StaffPinResult.Blocked());
        assertThat(profile.verifyPin(staff::process, "S-0001", "2468".getBytes())).isEqualTo(new StaffPinResult.Blocked());
    }

    @Test
    void refusesToSendThePinToAnotherCard() throws Exception {
        SimulatedCard other = SimulatedCards.staff("S-0002", "2468");

        assertThat(profile.verifyPin(other::process, "S-0001", "2468".getBytes()))
                .isEqualTo(new StaffPinResult.NotTheSameCard());
        assertThat(other.pinTriesLeft()).as("no VERIFY was sent").isEqualTo(3);
    }

    @Test
    void pinsAreFourToEightDigits() {
        assertThatThrownBy(() -> StaffCardProfile.requireValidPin("123".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffCardProfile.requireValidPin("123456789".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffCardProfile.requireValidPin("12a4".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badStaffNumbersAreTypedErrors() {
        assertThatThrownBy(() -> StaffCardProfile.staffNumber("s-1".getBytes()))
                .isInstanceOf(org.huzhu.devices.card.tlv.CardDataException.class);
        assertThatThrownBy(() -> StaffCardProfile.staffNumber(new byte[0]))
                .isInstanceOf(org.huzhu.devices.card.tlv.CardDataException.class);
    }
}
