package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.junit.jupiter.api.Test;

class UidProfileTest {

    private final UidProfile profile = new UidProfile();

    @Test
    void readsTheUidWithThePcscPseudoApdu() throws Exception {
        assertThat(profile.read(ScriptedChannel.of("FFCA000000", "04A1B2C3D4E5F6 9000")))
                .contains(new ContactlessIdentity("04A1B2C3D4E5F6", false));
    }

    @Test
    void flagsRandomUids() throws Exception {
        assertThat(profile.read(ScriptedChannel.of("FFCA000000", "08123456 9000")))
                .contains(new ContactlessIdentity("08123456", true));
    }

    @Test
    void contactCardsAreNotThisProfile() throws Exception {
        assertThat(profile.read(ScriptedChannel.of("FFCA000000", "6A81"))).isEmpty();
    }

    @Test
    void implausibleUidLengthsAreTypedErrors() {
        assertThatThrownBy(() -> profile.read(ScriptedChannel.of("FFCA000000", "0102 9000")))
                .isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> profile.read(ScriptedChannel.of("FFCA000000", "0102030405060708090A0B 9000")))
                .isInstanceOf(CardDataException.class);
    }
}
