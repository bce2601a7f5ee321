package org.huzhu.server.testsupport;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.huzhu.server.store.StoreTarget;

/** The two stores every storage-backed test runs on: {@code @MethodSource("org.huzhu.server.testsupport.Stores#both")}. */
public enum Stores {
    SQLITE, POSTGRES;

    public static Stream<Stores> both() {
        return Stream.of(values());
    }

    /** A new, empty store of this kind. */
    public StoreTarget create(Path folder) {
        return switch (this) {
            case SQLITE -> new StoreTarget.Sqlite(folder.resolve("server.db"));
            case POSTGRES -> PostgresCluster.get().newDatabase();
        };
    }
}
