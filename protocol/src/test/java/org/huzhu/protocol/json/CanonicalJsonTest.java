package org.huzhu.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    /** RFC 8785's published test data: input/NAME.json must canonicalise to exactly output/NAME.json. */
    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void rfc8785Vectors(String name) throws Exception {
        byte[] input = resource("/rfc8785/input/" + name + ".json");
        byte[] expected = resource("/rfc8785/output/" + name + ".json");

        byte[] canonical = CanonicalJson.canonicalize(input);

        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(canonical).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void canonicalFormIsAFixedPoint(String name) throws Exception {
        byte[] once = CanonicalJson.canonicalize(resource("/rfc8785/input/" + name + ".json"));
        assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatter() throws Exception {
        byte[] a = CanonicalJson.canonicalize(utf8("{ \"b\": [1, 2.50, {\"z\":null, \"a\":true}], \"a\": \"x\" }"));
        byte[] b = CanonicalJson.canonicalize(utf8("{\"a\":\"x\",\"b\":[1,2.5,{\"a\":true,\"z\":null}]}"));
        assertThat(a).isEqualTo(b);
        assertThat(new String(a, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"x\",\"b\":[1,2.5,{\"a\":true,\"z\":null}]}");
    }

    @Test
    void largeIntegersFollowDoubleSemanticsSoExactValuesTravelAsStrings() throws Exception {
        String json = "{\"asNumber\":9007199254740993,\"asString\":\"9007199254740993\"}";
        assertThat(new String(CanonicalJson.canonicalize(utf8(json)), StandardCharsets.UTF_8))
                .isEqualTo("{\"asNumber\":9007199254740992,\"asString\":\"9007199254740993\"}");
    }

    @Test
    void edgeNumbersInEcmaScriptForm() throws Exception {
        assertThat(canonical("[1e21, 1e-7, -0, 0.000001, 1e20, 123456789012345678901234]"))
                .isEqualTo("[1e+21,1e-7,0,0.000001,100000000000000000000,1.2345678901234569e+23]");
        // 123456789012345678901234 is the double 123456789012345685803008: ...569 is the closest 17-digit form.
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8("{\"a\":1,\"a\":2}")))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void trailingDataAndGarbageAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8("{\"a\":1} {"))).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(""))).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse(new byte[] {(byte) 0xff, 0x00}))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(CanonicalJson.MAX_DEPTH + 1) + "]".repeat(CanonicalJson.MAX_DEPTH + 1);
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(deep))).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void unpairedSurrogateCannotBeCanonicalised() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", "bad\ud800");
        assertThatThrownBy(() -> CanonicalJson.canonicalize(node))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("unpaired surrogate");
    }

    /** Escaped or raw, a lone surrogate is no text (RFC 7493 §2.1): refused on input, not only on output. */
    @ParameterizedTest
    @ValueSource(strings = {"[\"\\ud800\"]", "[\"\\udc00\"]", "[\"a\\ud83db\"]", "[\"\\ude00\\ud83d\"]",
            "[\"\\ud83d\\ud83d\\ude00\"]", "[\"\\ud83d\"]", "{\"\\ud800\":1}", "{\"a\":{\"b\":[\"\\udfff\"]}}"})
    void escapedUnpairedSurrogatesAreRefusedWhenParsing(String json) {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(json)))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("unpaired surrogate");
    }

    @Test
    void rawSurrogatesAndOtherInvalidUtf8AreRefusedWhenParsing() {
        byte[] quoted = {'[', '"', 0, 0, 0, '"', ']'};
        for (byte[] surrogate : new byte[][] {{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xed, (byte) 0xbf,
                (byte) 0xbf}, {(byte) 0xc0, (byte) 0xa2, 'a'}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80}}) {
            byte[] json = quoted.clone();
            System.arraycopy(surrogate, 0, json, 2, 3);
            assertThatThrownBy(() -> CanonicalJson.parse(json)).as(HexFormat.of().formatHex(json))
                    .isInstanceOf(MalformedJsonException.class);
        }
    }

    /** RFC 8785 is UTF-8 only; Jackson would otherwise guess UTF-16 or UTF-32 from zero bytes, and fail unchecked. */
    @Test
    void otherEncodingsThanUtf8AreRefused() {
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] json = "[\"a\"]".getBytes(java.nio.charset.Charset.forName(charset));
            assertThatThrownBy(() -> CanonicalJson.parse(json)).as(charset).isInstanceOf(MalformedJsonException.class);
        }
        byte[] badUtf32 = {0, 0, 0, '[', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, ']'};
        assertThatThrownBy(() -> CanonicalJson.parse(badUtf32)).isInstanceOf(MalformedJsonException.class);
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '[', ']'};
        assertThatThrownBy(() -> CanonicalJson.parse(bom)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void pairedSurrogatesEscapedOrRawAreOneCharacter() throws Exception {
        assertThat(CanonicalJson.parse(utf8("[\"\\ud83d\\ude00\"]")).get(0).textValue()).isEqualTo("\ud83d\ude00");
        assertThat(canonical("[\"\\ud83d\\ude00\",\"😀\"]")).isEqualTo("[\"😀\",\"😀\"]");
    }

    @Test
    void controlCharactersUseShortEscapesOrLowerCaseHex() throws Exception {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("s", "\b\t\n\f\r\u0001\u001f\u007f\u2028€\"\\/");
        assertThat(new String(CanonicalJson.canonicalize(node), StandardCharsets.UTF_8))
                .isEqualTo("{\"s\":\"\\b\\t\\n\\f\\r\\u0001\\u001f\u007f\u2028€\\\"\\\\/\"}");
    }

    @Test
    void randomTreesRoundTripThroughTheirCanonicalForm() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 500; i++) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int j = 0; j < 6; j++) {
                String key = randomString(random);
                node.put(key, random.nextBoolean() ? randomString(random) : null);
                node.put(key + "#n", Double.longBitsToDouble(random.nextLong()) % 1e30);
            }
            byte[] canonical = CanonicalJson.canonicalize(sanitise(node));
            assertThat(CanonicalJson.canonicalize(CanonicalJson.parse(canonical))).isEqualTo(canonical);
        }
    }

    private static ObjectNode sanitise(ObjectNode node) {
        node.properties().removeIf(e -> e.getValue().isNumber() && !Double.isFinite(e.getValue().doubleValue()));
        return node;
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0x4e00 + random.nextInt(0x5000);
                default -> 0x1f600 + random.nextInt(0x50);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String canonical(String json) throws MalformedJsonException {
        return new String(CanonicalJson.canonicalize(utf8(json)), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
