package org.huzhu.server.store;

import java.nio.file.Path;
import java.util.Objects;

/** Where the server keeps its data: an SQLite file (the default) or a PostgreSQL database. */
public sealed interface StoreTarget {

    /** For messages: the file or the JDBC URL, never a password. */
    String describe();

    record Sqlite(Path file) implements StoreTarget {
        public Sqlite {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** @param password may be null (trust or peer authentication) */
    record Postgres(String jdbcUrl, String user, String password) implements StoreTarget {
        public Postgres {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
            }
        }

        @Override
        public String describe() {
            return jdbcUrl;
        }

        @Override
        public String toString() {
            return "Postgres[" + jdbcUrl + ", user " + user + "]"; // never the password
        }
    }
}
