package org.huzhu.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.junit.jupiter.api.Test;

class AuthorisationsTest {

    private static final SignatureSuite SUITE = SignatureSuites.ED25519_SHA256;
    private static final KeyPair KIOSK = SUITE.generateKeyPair();
    private static final Actor STAFF_ACTOR = new Actor("cd".repeat(32), SignInMethod.STAFF_CARD_PIN);
    private static final Payload CONFIRMED = new ServiceConfirmed(new UUID(0, 7), new UUID(0, 8), 90, "S-0001");
    private static final Instant AT = Instant.parse("2026-12-01T09:30:00.125Z");

    @Test
    void aStaffSignatureOverTheAuthorisedContentTravelsInAVersion2EnvelopeAndVerifies() throws Exception {
        KeyPair card = p256();
        UUID id = UuidCreator.getTimeOrderedEpoch();
        Authorisation authorisation = cardSigns(card, TransactionCodec.authorisedContent(id, Chains.KIOSK, AT,
                STAFF_ACTOR, CONFIRMED));

        byte[] encoded = TransactionCodec.encode(sign(body(id, 1, List.of(authorisation))));
        Transaction decoded = ChainVerifierFor.kiosk().verifyNext(encoded);

        assertThat(decoded.body().version()).isEqualTo(2);
        assertThat(decoded.body().authorisations()).containsExactly(authorisation);
        assertThat(new String(encoded, StandardCharsets.UTF_8)).contains("\"authorisations\":[{\"algorithm\":"
                + "\"ecdsa-p256-sha256\",\"key\":\"" + StaffKeys.fingerprint(card.getPublic()) + "\",\"signature\":\"");
        assertThat(StaffKeys.verify(card.getPublic(), TransactionCodec.authorisedContent(decoded.body()),
                authorisation.signatureBytes())).isTrue();
    }

    @Test
    void theAuthorisedContentLeavesOutTheChainPositionButNotTheMeaning() throws Exception {
        UUID id = UuidCreator.getTimeOrderedEpoch();
        UnsignedTransaction first = body(id, 1, List.of());
        UnsignedTransaction later = new UnsignedTransaction(id, Chains.KIOSK, 40, "ab".repeat(32), AT,
                first.type(), STAFF_ACTOR, CONFIRMED, SUITE.id());

        assertThat(TransactionCodec.authorisedContent(later)).isEqualTo(TransactionCodec.authorisedContent(first));
        assertThat(new String(TransactionCodec.authorisedContent(first), StandardCharsets.UTF_8))
                .startsWith("{\"actor\":").contains("\"purpose\":\"huzhu-staff-authorisation-1\"",
                        "\"kioskId\":\"K-test-01\"", "\"type\":\"service.confirmed\"")
                .doesNotContain("sequence", "previousHash", "suite");
        assertThat(TransactionCodec.authorisedContent(id, Chains.KIOSK, AT, STAFF_ACTOR,
                new ServiceConfirmed(new UUID(0, 7), new UUID(0, 8), 91, "S-0001")))
                .isNotEqualTo(TransactionCodec.authorisedContent(first));
        assertThat(TransactionCodec.authorisedContent(id, "K-other", AT, STAFF_ACTOR, CONFIRMED))
                .isNotEqualTo(TransactionCodec.authorisedContent(first));
    }

    @Test
    void version1EnvelopesStillDecodeAndVerifyWithoutAuthorisations() throws Exception {
        UnsignedTransaction v1 = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(), Chains.KIOSK, 1,
                UnsignedTransaction.GENESIS_HASH, AT, TransactionType.SERVICE_CONFIRMED, STAFF_ACTOR, CONFIRMED,
                SUITE.id(), UnsignedTransaction.VERSION_1, List.of());
        byte[] encoded = TransactionCodec.encode(sign(v1));
        String json = new String(encoded, StandardCharsets.UTF_8);

        assertThat(json).endsWith("\"version\":1}").doesNotContain("authorisations", "reason");
        assertThat(ChainVerifierFor.kiosk().verifyNext(encoded).body()).isEqualTo(v1);
        assertMalformed(json.replace("\"actor\":", "\"authorisations\":[],\"actor\":"), "unknown [authorisations]");
        assertMalformed(json.replace("\"minutes\":90,", "\"minutes\":90,\"reason\":\"\","), "not in canonical form");
        assertThat(new String(TransactionCodec.encode(sign(body(v1.id(), 1, List.of()))), StandardCharsets.UTF_8))
                .as("version 2 always writes the reason").contains("\"minutes\":90,\"reason\":\"\",");
        assertThatThrownBy(() -> new UnsignedTransaction(v1.id(), Chains.KIOSK, 1, UnsignedTransaction.GENESIS_HASH,
                AT, v1.type(), STAFF_ACTOR, CONFIRMED, SUITE.id(), 1, List.of(cardSigns(p256(), new byte[] {1}))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorisationsOutOfOrderTwiceTooManyOrMalformedAreRefused() throws Exception {
        List<Authorisation> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(cardSigns(p256(), new byte[] {1}));
        }
        five.sort(Comparator.comparing(Authorisation::key));
        String json = new String(TransactionCodec.encode(sign(body(UuidCreator.getTimeOrderedEpoch(), 1,
                five.subList(0, 2)))), StandardCharsets.UTF_8);
        String firstKey = five.get(0).key();
        String secondKey = five.get(1).key();

        assertMalformed(json.replace(secondKey, "0".repeat(64)), "increasing order");
        assertMalformed(json.replace(secondKey, firstKey), "increasing order");
        assertMalformed(json.replace("ecdsa-p256-sha256", "rsa-sha1"), "unknown authorisation algorithm");
        assertMalformed(json.replace("\"key\":\"" + firstKey, "\"key\":\"" + firstKey.toUpperCase()), "key must be");
        assertMalformed(json.replaceFirst("\"authorisations\":\\[.*?],\"createdAt\"",
                "\"authorisations\":[1],\"createdAt\""), "must be an object");
        assertMalformed(json.replaceFirst("\"authorisations\":\\[.*?],\"createdAt\"",
                "\"authorisations\":{},\"createdAt\""), "must be an array");
        assertMalformed(json.replaceFirst("\"authorisations\":\\[.*?],", ""), "missing [authorisations]");
        assertThatThrownBy(() -> body(UuidCreator.getTimeOrderedEpoch(), 1, five))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4");
    }

    @Test
    void staffKeysAreP256OnlyAndNamedByTheHashOfTheirEncoding() throws Exception {
        KeyPair card = p256();
        assertThat(StaffKeys.decode(card.getPublic().getEncoded()).getEncoded())
                .isEqualTo(card.getPublic().getEncoded());
        assertThat(StaffKeys.fingerprint(card.getPublic())).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(card.getPublic().getEncoded())));
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        for (byte[] wrong : List.of(KIOSK.getPublic().getEncoded(), p384.generateKeyPair().getPublic().getEncoded(),
                SignatureSuites.SM2_SM3.generateKeyPair().getPublic().getEncoded(), new byte[] {0x30, 0x00},
                new byte[0])) {
            assertThatThrownBy(() -> StaffKeys.decode(wrong)).isInstanceOf(InvalidKeySpecException.class);
        }
        assertThat(StaffKeys.verify(card.getPublic(), new byte[] {1}, new byte[] {0x30, 0x00})).isFalse();
        assertThat(StaffKeys.verify(card.getPublic(), new byte[] {2},
                cardSigns(card, new byte[] {1}).signatureBytes())).isFalse();
    }

    private static UnsignedTransaction body(UUID id, long sequence, List<Authorisation> authorisations) {
        return new UnsignedTransaction(id, Chains.KIOSK, sequence, UnsignedTransaction.GENESIS_HASH, AT,
                TransactionType.SERVICE_CONFIRMED, STAFF_ACTOR, CONFIRMED, SUITE.id(), UnsignedTransaction.VERSION,
                authorisations);
    }

    private static Transaction sign(UnsignedTransaction body) throws Exception {
        return TransactionCodec.sign(body, SUITE, KIOSK.getPrivate());
    }

    /** What a PIV card does: ECDSA over the SHA-256 digest of the content. */
    static Authorisation cardSigns(KeyPair card, byte[] content) throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(card.getPrivate());
        signer.update(content);
        return new Authorisation(Authorisation.ECDSA_P256_SHA256, StaffKeys.fingerprint(card.getPublic()),
                HexFormat.of().formatHex(signer.sign()));
    }

    static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static void assertMalformed(String json, String message) {
        assertThatThrownBy(() -> TransactionCodec.decode(json.getBytes(StandardCharsets.UTF_8))).as(json)
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining(message);
    }

    /** The verifier of this test's kiosk chain from its start. */
    private static final class ChainVerifierFor {
        static ChainVerifier kiosk() {
            return new ChainVerifier(Chains.KIOSK, SUITE, KIOSK.getPublic());
        }
    }
}
