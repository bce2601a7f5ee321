package org.huzhu.server.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.huzhu.server.api.ApiException;
import org.junit.jupiter.api.Test;

/** A counter query's parameters are read strictly: known names once each, percent-encoded UTF-8 values. */
class QueryParametersTest {

    private static final Set<String> KNOWN = Set.of("q", "offset", "limit");

    @Test
    void valuesArePercentDecodedUtf8WithPlusForSpace() throws Exception {
        QueryParameters query = QueryParameters.parse("q=%E7%8E%8B+%E7%A7%80&offset=0&limit=200", KNOWN);

        assertThat(query.text("q")).contains("王 秀");
        assertThat(Paging.of(query)).isEqualTo(new Paging(0, 200));
        assertThat(Paging.of(QueryParameters.parse(null, KNOWN))).isEqualTo(new Paging(0, 50));
        assertThat(QueryParameters.parse("q=%2B86", KNOWN).text("q")).contains("+86");
        assertThat(QueryParameters.parse("q=王", KNOWN).text("q")).as("a raw character, not encoded").contains("王");
        assertThat(QueryParameters.parse("q=", KNOWN).text("q")).contains("");
    }

    @Test
    void anythingElseIsAnInvalidRequest() {
        for (String raw : List.of("q", "&q=1", "q=1&", "q=1&q=2", "Q=1", "other=1", "=1", "q=%zz", "q=%e7%8e",
                "q=%C0%80", "q=%ED%A0%80", "q=%00", "q=%7F", "q=a%", "q=a%2", "offset=-1", "offset=%2B1",
                "offset=2147483648", "offset=1e3", "offset=", "limit=0", "limit=201", "limit=\uff11",
                "limit=99999999999999999999", "q=\uD800", "q=\uDC00x")) {
            assertThatThrownBy(() -> Paging.of(QueryParameters.parse(raw, KNOWN))).as(raw)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("invalid-request");
                    });
        }
    }
}
