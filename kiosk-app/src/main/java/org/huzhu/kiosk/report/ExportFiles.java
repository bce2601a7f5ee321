package org.huzhu.kiosk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writing an export straight to the caller's file, and turning I/O failures into {@link ExportException}. */
final class ExportFiles {

    /** Writes an export to a stream. */
    @FunctionalInterface
    interface StreamExport {
        void writeTo(OutputStream stream) throws IOException, ExportException;
    }

    private ExportFiles() {
    }

    /**
     * Writes {@code export} to {@code file} (created or replaced) directly, with no temporary file beside it, since the
     * content is personal data; a half-written file is deleted so no truncated report is mistaken for a whole one.
     * A missing folder is created first, owner-only like the data folder it lies in: exports hold residents' names
     * and balances.
     */
    static void write(Path file, StreamExport export) throws ExportException {
        OutputStream stream;
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                createOwnerOnly(folder); // an exports folder is made when the first export is saved
            }
            stream = Files.newOutputStream(file);
        } catch (IOException e) {
            throw notWritten(file.toString(), e);
        }
        boolean whole = false;
        try {
            try (stream) {
                export.writeTo(stream);
            }
            whole = true;
        } catch (IOException e) {
            throw notWritten(file.toString(), e);
        } catch (UncheckedIOException e) {
            throw notWritten(file.toString(), e.getCause());
        } finally {
            if (!whole) {
                deleteQuietly(file);
            }
        }
    }

    /** Writes {@code export} to the caller's stream, which stays open. */
    static void write(OutputStream stream, StreamExport export) throws ExportException {
        try {
            export.writeTo(stream);
        } catch (IOException e) {
            throw notWritten("the output stream", e);
        } catch (UncheckedIOException e) {
            throw notWritten("the output stream", e.getCause());
        }
    }

    private static ExportException notWritten(String where, IOException cause) {
        return new ExportException(ExportException.Reason.NOT_WRITTEN, "could not write the export to " + where,
                cause);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed and is reported; a file we cannot delete is no worse than one we cannot write.
        }
    }

    private static void createOwnerOnly(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }
}
