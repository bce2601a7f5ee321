package org.huzhu.kiosk.desk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.sync.SyncJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supporting documents on their way to the charity (ADR 0015): each is sealed to the charity's key when the
 * application is recorded and kept in one file until the server has it, so a counter offline loses none, and a
 * stolen counter holds nothing it can read (only the charity's private key opens them). Thread-safe: each file is
 * written whole under a temporary name, then moved in place.
 */
public final class AidDocumentOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(AidDocumentOutbox.class);
    private static final String SUFFIX = ".sealed.json";

    private final Path folder;

    /** @param folder where the sealed documents wait, in the station's data folder (ADR 0014) */
    public AidDocumentOutbox(Path folder) {
        this.folder = folder;
    }

    /**
     * Seals each document to the charity and keeps it until it is handed on.
     *
     * @throws KeyMismatchException the charity's key is not one its scheme can seal to (nothing is kept)
     * @throws IOException          the data folder cannot be written (nothing is kept)
     */
    public void keep(UUID applicationId, AidInstitution charity, List<AidApplying.Document> documents)
            throws KeyMismatchException, IOException {
        List<SealedDocument> sealed = new ArrayList<>();
        for (AidApplying.Document document : documents) {
            sealed.add(SealedDocument.seal(charity, applicationId, document.bytes()));
        }
        Files.createDirectories(folder);
        for (SealedDocument document : sealed) {
            Path target = folder.resolve(document.applicationId() + "-" + document.sha256() + SUFFIX);
            Path partial = Files.createTempFile(folder, "sealing-", ".part");
            Files.write(partial, SyncJson.MAPPER.writeValueAsBytes(document));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Drops what {@link #keep} kept for an application that was not recorded after all. */
    public void forget(UUID applicationId) {
        for (Path file : waiting()) {
            if (file.getFileName().toString().startsWith(applicationId + "-")) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("A sealed document of an unrecorded application stays: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * Hands every waiting document to the server, oldest first, until one cannot go (the network, the server): it and
     * the rest wait for the next time.
     *
     * @return how many documents still wait
     */
    public int handOn(StaffSession staff, CounterClient server) {
        List<Path> waiting = waiting();
        for (int i = 0; i < waiting.size(); i++) {
            Path file = waiting.get(i);
            try {
                server.upload(staff, SyncJson.MAPPER.readValue(file.toFile(), SealedDocument.class));
                Files.deleteIfExists(file);
            } catch (SyncException | IOException e) {
                LOG.info("{} supporting documents wait for the server: {}", waiting.size() - i, e.getMessage());
                return waiting.size() - i;
            }
        }
        return 0;
    }

    private List<Path> waiting() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("The sealed documents waiting cannot be listed: {}", e.getMessage());
        }
        files.sort((a, b) -> {
            try {
                return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
            } catch (IOException e) {
                return a.compareTo(b);
            }
        });
        return files;
    }
}
