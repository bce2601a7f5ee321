package org.huzhu.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    private final Path home = Path.of("/home/resident");

    @Test
    void explicitFolderWinsOverEnvironment() {
        var folder = DataFolder.resolve(Optional.of(Path.of("/srv/kiosk")), false, Map.of("HUZHU_KIOSK_DATA", "/env"), home);
        assertThat(folder.root()).isEqualTo(Path.of("/srv/kiosk"));
    }

    @Test
    void environmentWinsOverPerUserDefault() {
        var folder = DataFolder.resolve(Optional.empty(), true, Map.of("HUZHU_KIOSK_DATA", "/env"), home);
        assertThat(folder.root()).isEqualTo(Path.of("/env"));
    }

    @Test
    void perUserDefaultFollowsXdgAndKeepsDemoApart() {
        assertThat(DataFolder.resolve(Optional.empty(), false, Map.of(), home).root())
                .isEqualTo(Path.of("/home/resident/.local/share/huzhu-kiosk"));
        assertThat(DataFolder.resolve(Optional.empty(), true, Map.of("XDG_DATA_HOME", "/xdg"), home).root())
                .isEqualTo(Path.of("/xdg/huzhu-kiosk-demo"));
    }

    @Test
    void aFolderIsClaimedByOneUserAtATimeAndFreedWhenItsLockCloses() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("kiosk")).create();

        try (var claimed = folder.lock()) {
            assertThatThrownBy(folder::lock).isInstanceOf(DataFolder.FolderInUseException.class)
                    .hasMessageContaining(folder.root().toString());
        }
        try (var again = folder.lock()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theDemoCountersFolderIsInsideTheDemoKiosks() {
        DataFolder demo = DataFolder.resolve(Optional.empty(), true, Map.of(), home);

        assertThat(demo.demoCounter().root()).isEqualTo(Path.of("/home/resident/.local/share/huzhu-kiosk-demo/counter"));
    }

    @Test
    void createdFolderIsReadableByItsOwnerOnly() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("a/b/kiosk")).create();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.logs()))).isEqualTo("rwx------");
    }
}
