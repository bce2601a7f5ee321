package org.huzhu.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import javax.crypto.SecretKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DerivedKeysTest {

    private static final byte[] INFO = "huzhu test".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = "resident r-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECRET = "a face template".getBytes(StandardCharsets.UTF_8);

    private final PrivateKey ed25519 = SignatureSuites.ED25519_SHA256.generateKeyPair().getPrivate();
    private final PrivateKey sm2 = SignatureSuites.SM2_SM3.generateKeyPair().getPrivate();

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void aDerivedPairSealsAndOpensAndIsTheSameEachTime(SealingScheme scheme) throws Exception {
        PrivateKey signing = scheme == SealingScheme.SM2_C1C3C2 ? sm2 : ed25519;
        KeyPair pair = DerivedKeys.sealingKeyPair(signing, scheme, "face-templates");

        SealedBox.Sealed sealed = SealedBox.seal(pair.getPublic(), scheme, INFO, AAD, SECRET);

        KeyPair again = DerivedKeys.sealingKeyPair(signing, scheme, "face-templates");
        assertThat(again.getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(SealedBox.open(again.getPrivate(), scheme, sealed.enc(), INFO, AAD, sealed.ciphertext()))
                .isEqualTo(SECRET);
        assertThat(scheme.decodePublicKey(pair.getPublic().getEncoded()).getEncoded())
                .as("travels as a registered key does").isEqualTo(pair.getPublic().getEncoded());
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void anotherPurposeOrAnotherSigningKeyGivesAnUnrelatedKey(SealingScheme scheme) throws Exception {
        PrivateKey signing = scheme == SealingScheme.SM2_C1C3C2 ? sm2 : ed25519;
        PrivateKey otherSigning = scheme == SealingScheme.SM2_C1C3C2
                ? SignatureSuites.SM2_SM3.generateKeyPair().getPrivate()
                : SignatureSuites.ED25519_SHA256.generateKeyPair().getPrivate();
        KeyPair pair = DerivedKeys.sealingKeyPair(signing, scheme, "face-templates");
        SealedBox.Sealed sealed = SealedBox.seal(pair.getPublic(), scheme, INFO, AAD, SECRET);

        for (KeyPair other : new KeyPair[] {DerivedKeys.sealingKeyPair(signing, scheme, "something-else"),
                DerivedKeys.sealingKeyPair(otherSigning, scheme, "face-templates")}) {
            assertThat(other.getPublic().getEncoded()).isNotEqualTo(pair.getPublic().getEncoded());
            assertThatThrownBy(() -> SealedBox.open(other.getPrivate(), scheme, sealed.enc(), INFO, AAD,
                    sealed.ciphertext())).isInstanceOf(SealedBoxException.class);
        }
    }

    @Test
    void anAesBoxOpensOnlyWithItsKeyAndAssociatedDataAndUnaltered() throws Exception {
        SecretKey key = DerivedKeys.aesKey(ed25519, "templates at rest");
        byte[] box = AesGcmBox.seal(key, AAD, SECRET);

        assertThat(AesGcmBox.open(DerivedKeys.aesKey(ed25519, "templates at rest"), AAD, box)).isEqualTo(SECRET);
        assertThat(AesGcmBox.seal(key, AAD, SECRET)).as("a fresh nonce each time").isNotEqualTo(box);
        assertThatThrownBy(() -> AesGcmBox.open(DerivedKeys.aesKey(ed25519, "other"), AAD, box))
                .isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> AesGcmBox.open(key, "resident r-2".getBytes(StandardCharsets.US_ASCII), box))
                .isInstanceOf(SealedBoxException.class);
        byte[] altered = box.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> AesGcmBox.open(key, AAD, altered)).isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> AesGcmBox.open(key, AAD, new byte[5])).isInstanceOf(SealedBoxException.class);
    }
}
