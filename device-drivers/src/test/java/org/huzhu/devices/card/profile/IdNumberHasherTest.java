package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdNumberHasherTest {

    private static final byte[] ID = "110101194803150025".getBytes(StandardCharsets.US_ASCII);

    @Test
    void isTheHmacSha256OfTheIdNumberUnderTheSecret() {
        byte[] key = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        // Reference computed independently: printf '110101194803150025' | openssl dgst -sha256 -hmac 0123456789abcdef
        assertThat(new IdNumberHasher(key).hmacHex(ID))
                .isEqualTo("571e21010e8523c1c7e50a9c0a18c24aa371a845f62e204f602a9e129764dd69");
    }

    @Test
    void dependsOnTheSecret() {
        String first = new IdNumberHasher("secret-number-one-16".getBytes()).hmacHex(ID);
        String second = new IdNumberHasher("secret-number-two-16".getBytes()).hmacHex(ID);

        assertThat(first).isNotEqualTo(second);
        assertThat(first).isEqualTo(new IdNumberHasher("secret-number-one-16".getBytes()).hmacHex(ID));
    }

    @Test
    void refusesShortSecrets() {
        assertThatThrownBy(() -> new IdNumberHasher(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }
}
