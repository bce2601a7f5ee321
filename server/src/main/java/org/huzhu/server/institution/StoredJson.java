package org.huzhu.server.institution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import org.huzhu.protocol.sync.SyncJson;

/** JSON columns of the institution tables: written from our own records, read back as strictly as the API reads. */
final class StoredJson {

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return SyncJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own records always serialise", e);
        }
    }

    /** @param what names the column's content for the failure, which means the database was damaged */
    static <T> T read(String stored, TypeReference<T> type, String what) throws SQLException {
        try {
            return SyncJson.MAPPER.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable " + what + " in the database", e);
        }
    }
}
