package org.huzhu.protocol.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.SyncJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A sealed message opens only for its own recipient, kind and id, and its server signature covers all of them. */
class SealedMessagesTest {

    private static final SignatureSuite SERVER_SUITE = SignatureSuites.ED25519_SHA256;
    private static final KeyPair SERVER = SERVER_SUITE.generateKeyPair();
    private static final byte[] ORDER = "{\"orderId\":\"A-1\"}".getBytes(StandardCharsets.UTF_8);

    private static SealedMessage sealed(SealingScheme scheme, KeyPair recipient) throws Exception {
        SealedMessages.Address address = new SealedMessages.Address("0193a1b2-0000-7000-8000-000000000001",
                "I-0123456789abcdef", "aid.order", "A-1", Instant.parse("2026-12-02T09:30:00.125Z"));
        return SealedMessages.seal(address, scheme, recipient.getPublic(), ORDER, SERVER_SUITE, SERVER.getPrivate(),
                KeyIds.serverKeyIdOf(SERVER.getPublic()));
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void theRecipientVerifiesAndOpensItAfterTheJsonRoundTrip(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        SealedMessage message = sealed(scheme, recipient);
        SealedMessage received = SyncJson.MAPPER.readValue(SyncJson.MAPPER.writeValueAsBytes(message),
                SealedMessage.class);

        assertThat(received).isEqualTo(message);
        assertThat(received.scheme()).isEqualTo(scheme.id());
        assertThat(SealedMessages.verify(received, SERVER_SUITE, SERVER.getPublic())).isTrue();
        assertThat(SealedMessages.open(received, recipient.getPrivate())).isEqualTo(ORDER);
        assertThat(SealedMessages.verify(received, SERVER_SUITE, SERVER_SUITE.generateKeyPair().getPublic()))
                .as("another server key").isFalse();
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void anotherInstitutionsKeyCannotOpenIt(SealingScheme scheme) throws Exception {
        SealedMessage message = sealed(scheme, scheme.generateKeyPair());

        assertThatThrownBy(() -> SealedMessages.open(message, scheme.generateKeyPair().getPrivate()))
                .isInstanceOf(SealedBoxException.class);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void aChangedRecipientKindIdOrCiphertextNeitherVerifiesNorOpens(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        SealedMessage m = sealed(scheme, recipient);
        char last = m.ciphertext().charAt(m.ciphertext().length() - 6);
        String tampered = m.ciphertext().substring(0, m.ciphertext().length() - 6) + (last == 'A' ? 'B' : 'A')
                + m.ciphertext().substring(m.ciphertext().length() - 5);
        for (SealedMessage changed : new SealedMessage[] {
                new SealedMessage(m.messageId(), "I-fedcba9876543210", m.kind(), m.reference(), m.scheme(), m.enc(),
                        m.ciphertext(), m.createdAt(), m.serverKeyId(), m.signature()),
                new SealedMessage(m.messageId(), m.recipient(), "aid.application", m.reference(), m.scheme(), m.enc(),
                        m.ciphertext(), m.createdAt(), m.serverKeyId(), m.signature()),
                new SealedMessage("0193a1b2-0000-7000-8000-000000000002", m.recipient(), m.kind(), m.reference(),
                        m.scheme(), m.enc(), m.ciphertext(), m.createdAt(), m.serverKeyId(), m.signature()),
                new SealedMessage(m.messageId(), m.recipient(), m.kind(), m.reference(), m.scheme(), m.enc(),
                        tampered, m.createdAt(), m.serverKeyId(), m.signature())}) {
            assertThat(SealedMessages.verify(changed, SERVER_SUITE, SERVER.getPublic())).isFalse();
            assertThatThrownBy(() -> SealedMessages.open(changed, recipient.getPrivate()))
                    .isInstanceOf(SealedBoxException.class);
        }
        SealedMessage otherReference = new SealedMessage(m.messageId(), m.recipient(), m.kind(), "A-2", m.scheme(),
                m.enc(), m.ciphertext(), m.createdAt(), m.serverKeyId(), m.signature());
        assertThat(SealedMessages.verify(otherReference, SERVER_SUITE, SERVER.getPublic()))
                .as("the reference is signed, not sealed").isFalse();
    }
}
