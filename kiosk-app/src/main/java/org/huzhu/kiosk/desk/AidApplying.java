package org.huzhu.kiosk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.AidDocument;
import org.huzhu.protocol.sync.KeyIds;

/**
 * Records a resident's application for aid at the counter ({@code aid.applied}, signed on the staff card; ADR 0015):
 * which charity, for treatment at which hospital, what for, how much, and the supporting documents, which the
 * transaction names by SHA-256 only. Blocking: worker threads only. Thread-safe.
 */
public final class AidApplying {

    /** A photo or a scan of a page; more is not a document a social worker attaches. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    private static final Map<String, String> MEDIA_TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "pdf", "application/pdf", "heic", "image/heic", "tif", "image/tiff",
            "tiff", "image/tiff");

    /** A supporting document as read from its file; its bytes go to the charity only, sealed. */
    public record Document(String name, String mediaType, String sha256, byte[] bytes) {

        public Document {
            Objects.requireNonNull(name);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(sha256);
            bytes = bytes.clone();
        }

        AidDocument reference() {
            return new AidDocument(name, mediaType, sha256);
        }
    }

    /** What staff entered with the resident. */
    public record Application(AidInstitution charity, AidInstitution hospital, String purpose, long amountFen,
            List<Document> documents) {

        public Application {
            documents = List.copyOf(documents);
        }
    }

    /** A file that cannot be a document: too large, or unreadable. */
    public static final class UnusableDocument extends Exception {
        public UnusableDocument(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CounterRecorder recorder;
    private final AidDocumentOutbox outbox;

    public AidApplying(CounterRecorder recorder, AidDocumentOutbox outbox) {
        this.recorder = recorder;
        this.outbox = outbox;
    }

    /** Reads a document staff chose, at most {@link #MAX_DOCUMENT_BYTES}. */
    public static Document read(Path file) throws UnusableDocument {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new UnusableDocument(file + " is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB",
                        null);
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1)
                    .toLowerCase(Locale.ROOT) : "";
            String shown = name.length() > 200 ? name.substring(name.length() - 200) : name;
            return new Document(shown, MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"),
                    KeyIds.sha256Hex(bytes), bytes);
        } catch (IOException e) {
            throw new UnusableDocument(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Seals the documents to the charity and keeps them for the server, then records the application; the documents
     * go with the next {@link #handOn}.
     *
     * @return the new application's id
     * @throws Refusal nothing recorded and nothing kept: {@code STAFF_CARD_GONE} or {@code NOT_RECORDED} (also when
     *     the documents cannot be sealed or kept)
     */
    public UUID apply(StaffSession staff, ResidentFile file, Application application) throws Refusal {
        UUID id = UUID.randomUUID();
        try {
            outbox.keep(id, application.charity(), application.documents());
        } catch (KeyMismatchException | IOException e) {
            throw new Refusal(Refusal.Reason.NOT_RECORDED, "the documents cannot be sealed and kept: "
                    + e.getMessage(), e);
        }
        AidApplied applied = new AidApplied(id, file.resident().id(), application.charity().institutionId(),
                application.hospital().institutionId(), application.purpose().strip(), application.amountFen(),
                application.documents().stream().map(Document::reference).toList());
        try {
            recorder.record(staff, List.of(new Journal.Step(applied, BusinessChange.NONE)));
        } catch (Refusal refusal) {
            outbox.forget(id);
            throw refusal;
        }
        return id;
    }

    /**
     * Hands the waiting sealed documents to the server, signed with the staff card; those that cannot go now wait.
     *
     * @return how many still wait
     */
    public int handOn(StaffSession staff, CounterClient server) {
        return outbox.handOn(staff, server);
    }
}
