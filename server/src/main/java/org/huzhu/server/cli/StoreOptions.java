package org.huzhu.server.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.server.store.StoreTarget;

/** {@code --db PATH} or {@code --jdbc-url URL [--jdbc-user U] [--jdbc-password-env VAR]}, shared by all commands. */
final class StoreOptions {

    static final Set<String> NAMES = Set.of("--db", "--jdbc-url", "--jdbc-user", "--jdbc-password-env");

    private StoreOptions() {
    }

    /** The store options and a command's own. */
    static Set<String> with(String... extra) {
        Set<String> names = new HashSet<>(NAMES);
        names.addAll(List.of(extra));
        return names;
    }

    static StoreTarget parse(Arguments args, Map<String, String> env) throws UsageException {
        boolean sqlite = args.has("--db");
        boolean postgres = args.has("--jdbc-url");
        if (sqlite == postgres) {
            throw new UsageException("give either --db PATH (SQLite) or --jdbc-url URL (PostgreSQL)");
        }
        if (sqlite) {
            if (args.has("--jdbc-user") || args.has("--jdbc-password-env")) {
                throw new UsageException("--jdbc-user and --jdbc-password-env go with --jdbc-url, not --db");
            }
            return new StoreTarget.Sqlite(Path.of(args.value("--db")));
        }
        String url = args.value("--jdbc-url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--jdbc-url must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB)");
        }
        String password = null;
        if (args.has("--jdbc-password-env")) {
            String variable = args.value("--jdbc-password-env");
            password = env.get(variable);
            if (password == null) {
                throw new UsageException("the environment variable " + variable + " (--jdbc-password-env) is not set");
            }
        }
        return new StoreTarget.Postgres(url, args.value("--jdbc-user", null), password);
    }
}
