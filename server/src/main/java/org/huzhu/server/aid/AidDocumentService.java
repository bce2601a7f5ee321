package org.huzhu.server.aid;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.huzhu.protocol.aid.DocumentReceived;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The sealed supporting documents of applications (docs/protocol.md §12.5): takes them from counters, checking what
 * can be checked without reading them (the ids, the hash, the scheme, base64), and hands them to their charities.
 * Each call is one database transaction. Thread-safe.
 */
public final class AidDocumentService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern INSTITUTION = Pattern.compile("I-[0-9a-f]{16}");

    private final Database database;
    private final Clock clock;

    public AidDocumentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public DocumentReceived keep(String kioskId, SealedDocument document) throws ApiException, StorageException {
        if (!SHA256.matcher(document.sha256()).matches() || !INSTITUTION.matcher(document.charityId()).matches()
                || SealingScheme.byId(document.scheme()).isEmpty() || !base64(document.enc())
                || !base64(document.ciphertext()) || document.ciphertext().isEmpty()) {
            throw new ApiException(400, Codes.INVALID_REQUEST, "a sealed document needs a lower-case SHA-256, an"
                    + " institution id, a known scheme and base64 enc and ciphertext");
        }
        database.inTransaction(connection -> {
            AidDocuments.keep(connection, document, kioskId, clock.instant());
            return null;
        });
        return new DocumentReceived(document.sha256());
    }

    /** The document for the charity of its application, once the application names it; empty otherwise. */
    public Optional<SealedDocument> forCharity(String charityId, UUID applicationId, String sha256)
            throws StorageException {
        return database.inTransaction(connection -> AidDocuments.forCharity(connection, charityId, applicationId,
                sha256));
    }

    private static boolean base64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
