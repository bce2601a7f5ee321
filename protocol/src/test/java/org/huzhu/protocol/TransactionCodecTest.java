package org.huzhu.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Random;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.SamplePayloads;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.ServiceRated;
import org.junit.jupiter.api.Test;

class TransactionCodecTest {

    private static final KeyPair KEYS = SignatureSuites.ED25519_SHA256.generateKeyPair();

    @Test
    void everyTypeRoundTripsExactly() throws Exception {
        Random random = new Random(1);
        for (int i = 0; i < TransactionType.values().length * 3; i++) {
            Payload payload = SamplePayloads.mixed(i, random);
            Transaction transaction = Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, i + 1,
                    UnsignedTransaction.GENESIS_HASH, payload);
            byte[] encoded = TransactionCodec.encode(transaction);

            Transaction decoded = TransactionCodec.decode(encoded);

            assertThat(decoded).isEqualTo(transaction);
            assertThat(TransactionCodec.encode(decoded)).isEqualTo(encoded);
        }
    }

    @Test
    void encodingIsCanonicalFlatJsonWithTheWireNames() throws Exception {
        Transaction transaction = Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 7, "0".repeat(64),
                new HoursTransferred(new java.util.UUID(0, 1), new java.util.UUID(0, 2), 90));
        String json = new String(TransactionCodec.encode(transaction), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"actor\":{\"cardHash\":\"abab")
                .contains("\"method\":\"card\"", "\"payload\":{\"fromResidentId\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"minutes\":90,", "\"sequence\":7,", "\"type\":\"hours.transferred\"", "\"version\":2}")
                .doesNotContain(" ", "\n");
        assertThat(new String(TransactionCodec.signingBytes(transaction.body()), StandardCharsets.UTF_8))
                .doesNotContain("signature");
    }

    @Test
    void aFamilyLinkTravelsAsDocumentedAndNeedsTwoDifferentResidents() throws Exception {
        UUID resident = new UUID(0, 1);
        UUID member = new UUID(0, 2);
        String json = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 4,
                "0".repeat(64), new FamilyLinked(resident, member))), StandardCharsets.UTF_8);

        assertThat(json).contains("\"payload\":{\"memberId\":\"" + member + "\",\"residentId\":\"" + resident + "\"}",
                "\"type\":\"family.linked\"");
        assertThat(TransactionType.of(new FamilyLinked(resident, member)).wireName()).isEqualTo("family.linked");
        assertMalformed(json.replace("\"memberId\":\"" + member, "\"memberId\":\"" + resident), "two different");
        assertMalformed(json.replace("\"memberId\":\"" + member + "\",", ""), "memberId");
    }

    @Test
    void anUnlinkAndFamilyRightsTravelAsDocumentedAndNeedTwoDifferentResidents() throws Exception {
        UUID resident = new UUID(0, 1);
        UUID member = new UUID(0, 2);
        FamilyPermissionsSet rights = new FamilyPermissionsSet(resident, member, true, false, true);
        String set = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 4,
                "0".repeat(64), rights)), StandardCharsets.UTF_8);
        assertThat(set).contains("\"payload\":{\"mayBook\":true,\"mayReceive\":true,\"mayRedeem\":false,\"memberId\":\""
                + member + "\",\"residentId\":\"" + resident + "\"}", "\"type\":\"family.permissions-set\"");
        assertThat(TransactionCodec.decode(utf8(set)).body().payload()).isEqualTo(rights);
        assertMalformed(set.replace("\"mayRedeem\":false", "\"mayRedeem\":0"), "");
        assertMalformed(set.replace("\"memberId\":\"" + member, "\"memberId\":\"" + resident), "two different");

        String unlinked = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 5,
                "0".repeat(64), new FamilyUnlinked(resident, member, "moved away"))), StandardCharsets.UTF_8);
        assertThat(unlinked).contains("\"payload\":{\"memberId\":\"" + member + "\",\"reason\":\"moved away\","
                + "\"residentId\":\"" + resident + "\"}", "\"type\":\"family.unlinked\"");
        assertMalformed(unlinked.replace("\"reason\":\"moved away\"", "\"reason\":\" \""), "reason");
        assertMalformed(unlinked.replace("\"memberId\":\"" + member, "\"memberId\":\"" + resident), "two different");
    }

    @Test
    void aClosingTravelsAsDocumentedWithItsHeirOrThePoolAndRefusesOtherReasons() throws Exception {
        UUID resident = new UUID(0, 1);
        UUID heir = new UUID(0, 2);
        ResidentClosed toHeir = new ResidentClosed(resident, ResidentClosed.MOVED_AWAY, java.util.Optional.of(heir));
        String json = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 4,
                "0".repeat(64), toHeir)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"payload\":{\"balanceTo\":\"" + heir
                + "\",\"reason\":\"moved-away\",\"residentId\":\"" + resident + "\"}", "\"type\":\"resident.closed\"");
        assertThat(TransactionCodec.decode(utf8(json)).body().payload()).isEqualTo(toHeir);
        assertThat(toHeir.heir()).contains(heir);
        String toPool = json.replace("\"balanceTo\":\"" + heir + "\"", "\"balanceTo\":\"\"");
        assertThat(((ResidentClosed) TransactionCodec.decode(utf8(toPool)).body().payload()).heir())
                .as("\"\" is the community's pool").isEmpty();
        assertMalformed(json.replace("moved-away", "went-on-holiday"), "reason");
        assertMalformed(json.replace("\"balanceTo\":\"" + heir + "\"", "\"balanceTo\":\"" + resident + "\""),
                "balanceTo");
        assertMalformed(json.replace("\"balanceTo\":\"" + heir + "\"", "\"balanceTo\":\"pool\""), "balanceTo");
        assertMalformed(json.replace("\"balanceTo\":\"" + heir + "\"", "\"balanceTo\":null"), "");
        assertMalformed(json.replace("\"balanceTo\":\"" + heir + "\",", ""), "balanceTo");
        assertThat(new ResidentClosed(resident, ResidentClosed.DIED, "").reason()).isEqualTo("died");
    }

    @Test
    void voiceAndNoticesTravelAsDocumentedAndRefuseValuesOutsideTheirRules() throws Exception {
        UUID booking = new UUID(0, 1);
        UUID resident = new UUID(0, 2);
        String rated = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 4,
                "0".repeat(64), new ServiceRated(booking, resident, ServiceRated.HAPPY))), StandardCharsets.UTF_8);
        assertThat(rated).contains("\"payload\":{\"bookingId\":\"" + booking + "\",\"residentId\":\"" + resident
                + "\",\"stars\":5}", "\"type\":\"service.rated\"");
        assertMalformed(rated.replace("\"stars\":5", "\"stars\":0"), "stars");
        assertMalformed(rated.replace("\"stars\":5", "\"stars\":6"), "stars");

        NoticePosted notice = new NoticePosted(new UUID(0, 3), "周五下午理发免费", "Free haircuts on Friday",
                java.time.LocalDate.of(2026, 11, 27), java.time.LocalDate.of(2026, 11, 27));
        String posted = new String(TransactionCodec.encode(Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 5,
                "0".repeat(64), notice)), StandardCharsets.UTF_8);
        assertThat(posted).contains("\"payload\":{\"fromDate\":\"2026-11-27\",\"noticeId\":\"" + new UUID(0, 3)
                + "\",\"textEn\":\"Free haircuts on Friday\",\"textZh\":\"周五下午理发免费\",\"untilDate\":\"2026-11-27\"}",
                "\"type\":\"notice.posted\"");
        assertThat(TransactionCodec.decode(utf8(posted)).body().payload()).isEqualTo(notice);
        assertMalformed(posted.replace("\"textEn\":\"Free haircuts on Friday\"", "\"textEn\":\" \""), "textEn");
        assertMalformed(posted.replace("周五下午理发免费", "通".repeat(201)), "textZh");
        assertMalformed(posted.replace("\"untilDate\":\"2026-11-27\"", "\"untilDate\":\"2026-11-31\""), "");
        assertThatThrownBy(() -> new NoticeWithdrawn(null)).hasMessageContaining("noticeId");
        assertThat(TransactionType.of(new NoticeWithdrawn(booking)).wireName()).isEqualTo("notice.withdrawn");
    }

    @Test
    void unknownOrMissingMembersAreRefused() throws Exception {
        String json = valid();
        assertMalformed(json.replace("\"version\":2}", "\"version\":2,\"zz\":0}"), "unknown [zz]");
        assertMalformed(json.replaceFirst("\"kioskId\":\"[^\"]*\",", ""), "missing [kioskId]");
    }

    @Test
    void nonCanonicalBytesAreRefusedEvenWhenTheMeaningIsTheSame() throws Exception {
        String json = valid();
        assertMalformed(json.replace("\"version\":2}", "\"version\":2 }"), "not in canonical form");
        assertMalformed(json.replace("\"minutes\":", "\"minutes\":0.0e0+"), "not well-formed");
        assertMalformed(json.replace("K-test-01", "K-te\\u0073t-01"), "not in canonical form");
    }

    @Test
    void wrongValuesAreRefusedWithTheSequence() throws Exception {
        String json = valid();
        assertThatThrownBy(() -> TransactionCodec.decode(utf8(json.replace("\"version\":2", "\"version\":3"))))
                .isInstanceOfSatisfying(MalformedEnvelopeException.class,
                        e -> assertThat(e.sequence()).hasValue(3))
                .hasMessageContaining("unsupported version");
        assertMalformed(json.replace("hours.transferred", "hours.stolen"), "unknown type");
        assertMalformed(json.replace("\"minutes\":90", "\"minutes\":-90"), "minutes");
        assertMalformed(json.replace("\"minutes\":90", "\"minutes\":\"90\""), "");
        assertMalformed(json.replace("\"method\":\"card\"", "\"method\":\"telepathy\""), "invalid value");
        assertMalformed(json.replace("\"sequence\":3", "\"sequence\":3.5"), "");
        assertMalformed(json.replace("\"sequence\":3", "\"sequence\":9007199254740993"), "");
    }

    @Test
    void counterPayloadsRefuseValuesOutsideTheirRules() {
        UUID task = UUID.randomUUID();
        UUID resident = UUID.randomUUID();
        assertThatThrownBy(() -> new VolunteerRated(task, resident, 0, "")).hasMessageContaining("stars");
        assertThatThrownBy(() -> new VolunteerRated(task, resident, 6, "")).hasMessageContaining("stars");
        assertThatThrownBy(() -> new VolunteerNoShow(task, resident, " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> profile(resident, "fr", "")).hasMessageContaining("language");
        assertThatThrownBy(() -> profile(resident, "en", "12")).hasMessageContaining("phone");
        assertThatThrownBy(() -> profile(resident, "en", "+-- --")).hasMessageContaining("phone");
        assertThatThrownBy(() -> profile(resident, "en", "1380013800013800138000")).hasMessageContaining("phone");
        assertThatThrownBy(() -> new ResidentProfileSet(resident, "en", "", "名".repeat(41), "", "profile-1"))
                .hasMessageContaining("emergencyName");
        assertThatThrownBy(() -> new ResidentProfileSet(resident, "en", "", "", "", ""))
                .hasMessageContaining("consent");
        assertThat(profile(resident, "zh-CN", "+86 138-0013-8000").phone()).isEqualTo("+86 138-0013-8000");
        assertThat(profile(resident, "en", "").phone()).as("a resident may keep their phone to themselves").isEmpty();
    }

    private static ResidentProfileSet profile(UUID resident, String language, String phone) {
        return new ResidentProfileSet(resident, language, phone, "", "", "profile-2026-12");
    }

    @Test
    void nullActorPayloadOrNestedMembersAreMalformedNotACrash() throws Exception {
        String json = valid();
        String actor = "{\"cardHash\":\"" + "ab".repeat(32) + "\",\"method\":\"card\"}";
        assertThat(json).contains("\"actor\":" + actor);

        assertMalformed(json.replace("\"actor\":" + actor, "\"actor\":null"), "actor must be an object");
        assertMalformed(json.replaceFirst("\"payload\":\\{[^}]*}", "\"payload\":null"), "payload must be an object");
        assertMalformed(json.replace("\"actor\":" + actor, "\"actor\":\"card\""), "actor must be an object");
        assertMalformed(json.replace("\"cardHash\":\"" + "ab".repeat(32) + "\"", "\"cardHash\":null"), "invalid value");
        assertMalformed(json.replace("\"method\":\"card\"", "\"method\":null"), "invalid value");
        assertMalformed(json.replace("\"fromResidentId\":\"00000000-0000-0000-0000-000000000001\"",
                "\"fromResidentId\":null"), "invalid value");
        assertMalformed(json.replace("\"minutes\":90", "\"minutes\":null"), "invalid value");
    }

    @Test
    void aCardNumberHashThatIsNotTheCardPseudonymIsRefused() throws Exception {
        String card = "0123456789abcdef".repeat(4);
        Transaction transaction = Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 5, "0".repeat(64),
                new ResidentEnrolled(new UUID(0, 1), card, "01".repeat(32), "王秀英"));
        String json = new String(TransactionCodec.encode(transaction), StandardCharsets.UTF_8);
        assertThat(TransactionCodec.decode(utf8(json))).isEqualTo(transaction);

        for (String wrong : new String[] {card.toUpperCase(), card.substring(1), card + "0", "card-4711",
                card.replace('a', 'g')}) {
            assertMalformed(json.replace("\"cardNumberHash\":\"" + card, "\"cardNumberHash\":\"" + wrong),
                    "cardNumberHash must be 64 lower-case hex digits");
        }
    }

    @Test
    void unknownSuiteHasItsOwnType() throws Exception {
        String json = valid().replace("ed25519-sha256", "rsa-md5");
        assertThatThrownBy(() -> TransactionCodec.decode(utf8(json)))
                .isInstanceOf(UnknownSuiteException.class)
                .extracting(e -> ((ProtocolException) e).code()).isEqualTo("unknown-suite");
    }

    @Test
    void garbageIsMalformedNotACrash() {
        for (String garbage : new String[] {"", "[]", "null", "{", "{\"sequence\":1}", "\"x\"", "{\"a\":1,\"a\":2}"}) {
            assertThatThrownBy(() -> TransactionCodec.decode(utf8(garbage))).as(garbage)
                    .isInstanceOf(MalformedEnvelopeException.class);
        }
    }

    private static String valid() throws Exception {
        Transaction transaction = Chains.sign(SignatureSuites.ED25519_SHA256, KEYS, 3, "0".repeat(64),
                new HoursTransferred(new java.util.UUID(0, 1), new java.util.UUID(0, 2), 90));
        return new String(TransactionCodec.encode(transaction), StandardCharsets.UTF_8);
    }

    private static void assertMalformed(String json, String message) {
        assertThatThrownBy(() -> TransactionCodec.decode(utf8(json))).as(json)
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining(message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
