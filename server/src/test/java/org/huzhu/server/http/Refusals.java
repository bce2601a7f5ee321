package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.SyncJson;

/**
 * Reads a refusal as docs/protocol.md §9 defines it and sums it up as {@code "400 invalid-request"}, with
 * {@code " retryable"} appended when the body says so, so one assertion checks status, code and retry advice.
 */
final class Refusals {

    private Refusals() {
    }

    static String of(HttpResponse<String> response) throws IOException {
        return of(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    static String of(RawExchange.Answer answer) throws IOException {
        return of(answer.status(), answer.contentType(), answer.body());
    }

    private static String of(int status, String contentType, String body) throws IOException {
        assertThat(contentType).as("Content-Type of %d %s", status, body).startsWith("application/json");
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:")
                .doesNotContain("<html");
        JsonNode tree = SyncJson.MAPPER.readTree(body);
        assertThat(tree.isObject()).as(body).isTrue();
        assertThat(tree.properties()).extracting(member -> member.getKey())
                .as(body).containsExactlyInAnyOrder("code", "message", "retryable");
        ErrorBody error = SyncJson.MAPPER.treeToValue(tree, ErrorBody.class);
        assertThat(error.message()).as(body).isNotBlank();
        return status + " " + error.code() + (error.retryable() ? " retryable" : "");
    }
}
