package org.huzhu.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a real SQLite file: Flyway only when a migration is due, and never skipped when one is. */
class DatabaseTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void theSchemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(Database.class.getResource("/db/kiosk").toURI());
        int newest;
        try (var files = Files.list(migrations)) {
            newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION after adding V%d", newest)
                .isEqualTo(newest);
    }

    @Test
    void aNewFileIsMigratedAndAnUpToDateOneIsOpenedAsItIs() throws Exception {
        Path file = folder.resolve("kiosk.db");
        Database.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Database.appliedSchemaVersion(connection)).isEqualTo(Database.SCHEMA_VERSION);
        }
        try (Database again = Database.open(file)) {
            int version = again.inTransaction(Database::appliedSchemaVersion);
            assertThat(version).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void anOlderFileIsStillMigrated() throws Exception {
        Path file = folder.resolve("kiosk.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/kiosk").target("4").load().migrate();

        Database.open(file).close();

        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(Database.appliedSchemaVersion(connection)).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void aFailedMigrationIsLeftToFlywayToReport() throws Exception {
        Path file = folder.resolve("kiosk.db");
        Database.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().executeUpdate(
                    "UPDATE flyway_schema_history SET success = 0 WHERE version = '" + Database.SCHEMA_VERSION + "'");
            assertThat(Database.appliedSchemaVersion(connection)).isEqualTo(-1);
        }
    }
}
