package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.Test;

/** The SSSE read against recorded exchanges, byte for byte as REFERENCE.md describes them. */
class SocialSecurityProfileTest {

    private static final String SELECT_SSSE = "00A404000F7378312E73682EC9E7BBE1B1A3D5CF";
    private static final String READ_CARD_NUMBER = "00B2072C0B";
    private static final String SELECT_EF06 = "00A4020002EF06";
    private static final String ID = "110101194803150025";

    private final SocialSecurityProfile profile = new SocialSecurityProfile(SsseLayout.standard(), TestCards.HASHER);

    @Test
    void readsAllFieldsAndKeepsOnlyTheHmacOfTheIdNumber() throws Exception {
        ScriptedChannel card = goodCard();

        Optional<CardIdentity> identity = profile.read(card);

        assertThat(card.finished()).isTrue();
        SocialSecurityIdentity holder = (SocialSecurityIdentity) identity.orElseThrow();
        assertThat(holder.cardNumber()).isEqualTo("A12345678");
        assertThat(holder.displayName()).isEqualTo("王秀英");
        assertThat(holder.gender()).isEqualTo(Gender.FEMALE);
        assertThat(holder.birthDate()).isEqualTo(LocalDate.of(1948, 3, 15));
        assertThat(holder.maskedIdNumber()).isEqualTo("**************0025");
        assertThat(holder.idNumberHmac()).isEqualTo(TestCards.HASHER.hmacHex(ID.getBytes()));
        assertThat(holder.toString()).doesNotContain(ID).doesNotContain("秀英");
    }

    @Test
    void aCardWithoutTheApplicationIsNotThisProfile() throws Exception {
        assertThat(profile.read(ScriptedChannel.of(SELECT_SSSE, "6A82"))).isEmpty();
    }

    @Test
    void aTruncatedRecordIsATypedError() {
        ScriptedChannel card = ScriptedChannel.of(SELECT_SSSE, "9000", READ_CARD_NUMBER, "0709413132 9000");

        assertThatThrownBy(() -> profile.read(card)).isInstanceOfSatisfying(CardDataException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TRUNCATED));
    }

    @Test
    void anUnexpectedTagIsATypedError() {
        ScriptedChannel card = ScriptedChannel.of(SELECT_SSSE, "9000", READ_CARD_NUMBER,
                "0809413132333435363738 9000");

        assertThatThrownBy(() -> profile.read(card)).isInstanceOfSatisfying(CardDataException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG));
    }

    @Test
    void aMissingRecordIsATypedError() {
        ScriptedChannel card = ScriptedChannel.of(SELECT_SSSE, "9000", READ_CARD_NUMBER, "6A83");

        assertThatThrownBy(() -> profile.read(card)).isInstanceOfSatisfying(CardDataException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_STATUS));
    }

    @Test
    void aBadIdNumberNeverAppearsInTheError() {
        String badId = "110101194803150026";
        ScriptedChannel card = ScriptedChannel.of(SELECT_SSSE, "9000",
                READ_CARD_NUMBER, "0709413132333435363738 9000",
                SELECT_EF06, "9000",
                "00B2080014", "0812" + hex(badId) + "9000");

        assertThatThrownBy(() -> profile.read(card)).isInstanceOf(CardDataException.class)
                .hasMessageNotContaining(badId).hasMessageNotContaining(hex(badId));
    }

    @Test
    void ioFailuresPassThroughForTheReaderToHandle() {
        assertThatThrownBy(() -> profile.read(command -> {
            throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "gone");
        })).isInstanceOf(CardIOException.class);
    }

    private static ScriptedChannel goodCard() {
        return ScriptedChannel.of(
                SELECT_SSSE, "9000",
                READ_CARD_NUMBER, "0709413132333435363738 9000",
                SELECT_EF06, "9000",
                "00B2080014", "0812" + hex(ID) + "9000",
                "00B2090020", "091E" + "CDF5D0E3D3A2" + "00".repeat(24) + "9000",
                "00B20A0003", "0A0132 9000",
                "00B20D0006", "0D0419480315 9000");
    }

    private static String hex(String ascii) {
        return org.huzhu.devices.card.apdu.Hex.of(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
