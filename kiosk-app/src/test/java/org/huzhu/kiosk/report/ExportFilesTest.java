package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path folder;

    @Test
    void aHalfWrittenFileIsRemovedSoNoTruncatedExportIsLeft() {
        Path file = folder.resolve("statement.pdf");
        assertThatThrownBy(() -> ExportFiles.write(file, stream -> {
            stream.write("王秀英 M000001".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class);
        assertThat(file).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aWholeExportIsWrittenToTheGivenFileOnly() throws Exception {
        Path file = folder.resolve("report.csv");
        ExportFiles.write(file, stream -> stream.write(new byte[] {1, 2, 3}));
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderIsMadeFirstAndOneThatCannotBeIsNotWritten() throws Exception {
        Path file = folder.resolve("exports").resolve("statement.pdf");
        ExportFiles.write(file, stream -> stream.write(new byte[] {7}));
        assertThat(Files.readAllBytes(file)).containsExactly(7);

        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file, not a folder");
        assertThatThrownBy(() -> ExportFiles.write(notAFolder.resolve("statement.pdf"),
                stream -> stream.write(new byte[] {7})))
                .isInstanceOfSatisfying(ExportException.class, failure ->
                        assertThat(failure.reason()).isEqualTo(ExportException.Reason.NOT_WRITTEN));
    }
}
