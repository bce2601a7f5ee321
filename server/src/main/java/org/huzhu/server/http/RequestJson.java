package org.huzhu.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Map;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/**
 * Request bodies read as strictly as docs/protocol.md §2 says: UTF-8 only, no unpaired surrogate (escaped or not), no
 * duplicate, unknown or missing member, no value of another JSON type than the member's (a number is not text), no
 * trailing data (all 400 {@code malformed-json}); then a {@code null} anywhere, member or list element, is 400
 * {@code invalid-request}. Thread-safe.
 */
final class RequestJson {

    /** {@link SyncJson#MAPPER}, except that numbers and booleans are never turned into text. */
    private static final JsonMapper MAPPER = strictText(SyncJson.MAPPER.copy());

    private RequestJson() {
    }

    static <T> T read(byte[] body, Class<T> type) throws ApiException {
        JsonNode tree;
        T value;
        try {
            tree = MAPPER.readTree(CanonicalJson.utf8(body));
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw malformed("the body is not a JSON object");
            }
            CanonicalJson.requirePairedSurrogates(tree);
            value = MAPPER.treeToValue(tree, type);
        } catch (MalformedJsonException e) {
            throw malformed("the body is not UTF-8 JSON text: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw malformed("the body is not the expected JSON: " + e.getOriginalMessage());
        }
        String nullAt = firstNull(tree, "");
        if (nullAt != null) {
            throw new ApiException(400, Codes.INVALID_REQUEST, nullAt + " is null; every member needs a value");
        }
        return value;
    }

    /** The path of the first JSON null in {@code node}, or null if there is none. */
    private static String firstNull(JsonNode node, String path) {
        if (node.isNull()) {
            return path;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                String found = firstNull(member.getValue(), name);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstNull(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonMapper strictText(JsonMapper mapper) {
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    private static ApiException malformed(String message) {
        return new ApiException(400, Codes.MALFORMED_JSON, message);
    }
}
