package org.huzhu.protocol.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme on Jackson trees: object members sorted by UTF-16 code units (what
 * {@link String#compareTo} does), no whitespace, strings with ECMAScript's minimal escaping, numbers in ECMAScript form
 * ({@link EcmaScriptNumbers}). Parsing is strict: duplicate keys, trailing data and oversized input are refused, since
 * envelopes arrive from the network. Thread-safe.
 */
public final class CanonicalJson {

    /** Nesting depth allowed in parsed input; our envelopes are 3 levels deep. */
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 64 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // RFC 8785 writes characters outside the BMP as 4-byte UTF-8, never as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(400)
                    .build())
            .build();
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final CharacterEscapes ECMASCRIPT_ESCAPES = new EcmaScriptEscapes();

    private CanonicalJson() {
    }

    /**
     * Parses exactly one JSON value from UTF-8 bytes. Refuses, besides malformed JSON, bytes that are not UTF-8 (no
     * BOM, no guessing of UTF-16 or UTF-32) and strings or member names holding an unpaired surrogate, escaped or not:
     * RFC 8785 cannot encode them, so they are refused where they enter rather than where they are written.
     */
    public static JsonNode parse(byte[] json) throws MalformedJsonException {
        JsonNode node;
        try {
            node = MAPPER.readTree(utf8(json));
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new MalformedJsonException("empty input");
        }
        requirePairedSurrogates(node);
        return node;
    }

    /** Strict UTF-8 decoding: malformed sequences, overlong forms and encoded surrogates are refused, not replaced. */
    public static String utf8(byte[] bytes) throws MalformedJsonException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("not UTF-8: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a tree with an unpaired surrogate in any string or member name: a JSON escape of a lone U+D800..U+DFFF
     * yields one, and I-JSON (RFC 7493), which RFC 8785 builds on, forbids it. Nesting is bounded by the parser.
     */
    public static void requirePairedSurrogates(JsonNode node) throws MalformedJsonException {
        if (node.isTextual()) {
            checkedString(node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                checkedString(member.getKey());
                requirePairedSurrogates(member.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                requirePairedSurrogates(element);
            }
        }
    }

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] canonicalize(JsonNode node) throws MalformedJsonException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.setCharacterEscapes(ECMASCRIPT_ESCAPES);
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Parses and canonicalises in one step (for checking that stored bytes are canonical). */
    public static byte[] canonicalize(byte[] json) throws MalformedJsonException {
        return canonicalize(parse(json));
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException, MalformedJsonException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
                members.sort(Map.Entry.comparingByKey());
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> member : members) {
                    out.writeFieldName(checkedString(member.getKey()));
                    write(member.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(checkedString(node.textValue()));
            case NUMBER -> out.writeNumber(number(node.doubleValue()));
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new MalformedJsonException("not a JSON value: " + node.getNodeType());
        }
    }

    private static String number(double value) throws MalformedJsonException {
        try {
            return EcmaScriptNumbers.format(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(e.getMessage(), e);
        }
    }

    /** I-JSON (RFC 7493), which RFC 8785 builds on, forbids unpaired surrogates: they have no UTF-8 form. */
    private static String checkedString(String text) throws MalformedJsonException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedJsonException("unpaired surrogate U+" + Integer.toHexString(c) + " at index " + i);
            }
        }
        return text;
    }

    /** ECMAScript JSON.stringify escaping: \b \t \n \f \r, other controls as lower-case hex escapes, and " and \. */
    private static final class EcmaScriptEscapes extends CharacterEscapes {

        private final int[] asciiEscapes = new int[128];

        EcmaScriptEscapes() {
            for (int c = 0; c < 0x20; c++) {
                asciiEscapes[c] = ESCAPE_CUSTOM;
            }
            asciiEscapes['"'] = '"';
            asciiEscapes['\\'] = '\\';
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        /** Called for controls (marked above) and for every non-ASCII character, which stays as it is. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= 0x20) {
                return null;
            }
            return new SerializedString(switch (ch) {
                case '\b' -> "\\b";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                default -> String.format("\\u%04x", ch);
            });
        }
    }
}
