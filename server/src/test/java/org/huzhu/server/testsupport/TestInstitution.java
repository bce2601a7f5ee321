package org.huzhu.server.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SealedMessages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.institution.CheckedDocument;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Registration;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * A charity or hospital for tests: its own signing key (Ed25519 unless told otherwise) and encryption key (X25519
 * unless told otherwise); it registers and passes its check through the registry code the {@code institution}
 * commands run, signs its requests to the server, and opens what its inbox holds. Not thread-safe.
 */
public final class TestInstitution {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<Page<SealedMessage>> INBOX = new TypeReference<>() { };

    private final InstitutionKind kind;
    private final String name;
    private final SignatureSuite suite;
    private final KeyPair signing;
    private final SealingScheme scheme;
    private final KeyPair encryption;

    public TestInstitution(InstitutionKind kind, String name) {
        this(kind, name, SignatureSuites.ED25519_SHA256, SealingScheme.HPKE_X25519_SHA256_AES128GCM);
    }

    public TestInstitution(InstitutionKind kind, String name, SignatureSuite suite, SealingScheme scheme) {
        this.kind = kind;
        this.name = name;
        this.suite = suite;
        this.signing = suite.generateKeyPair();
        this.scheme = scheme;
        this.encryption = scheme.generateKeyPair();
    }

    public String id() {
        return KeyIds.institutionIdOf(signing.getPublic());
    }

    /** What {@code institution register} would register for it: a registration number of its own each time. */
    public Registration registration() {
        return new Registration(kind, name, "REG-" + HexFormat.of().formatHex(nonce()).substring(0, 12), "法人 张三",
                "中国工商银行", "6222 0000 0000 0001", suite, signing.getPublic(), scheme, encryption.getPublic());
    }

    /** Registered, not yet allowed to act. */
    public Institution register(Database database) throws StorageException, InstitutionException {
        return Institutions.inTransaction(database, connection ->
                Institutions.register(connection, registration(), Instant.now(), "test"));
    }

    /** Registered and audited: a passing check (for a charity, its non-profit status confirmed). */
    public Institution registerAndCheck(Database database) throws StorageException, InstitutionException {
        register(database);
        return Institutions.inTransaction(database, connection -> Institutions.check(connection, id(),
                List.of(new CheckedDocument("licence.pdf", "ab".repeat(32))), true, Instant.now(), "test"))
                .institution();
    }

    /** Its signature in hex over {@code content} with its signing key (a charity signs its aid orders so). */
    public String signHex(byte[] content) {
        try {
            return HexFormat.of().formatHex(suite.sign(signing.getPrivate(), content));
        } catch (KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its request signature, with its id where a kiosk's would be (docs/protocol.md §12.2). */
    public RequestSignature signature(String method, String target, byte[] body, Instant at) {
        try {
            return RequestSignature.sign(suite, signing.getPrivate(), id(), method, target, body,
                    at.truncatedTo(ChronoUnit.MILLIS), nonce());
        } catch (KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET signed now, with a fresh nonce. */
    public HttpResponse<String> get(ApiClient client, String target) throws IOException, InterruptedException {
        return send(client, "GET", target, new byte[0]);
    }

    /** A request (a POST's body as {@code application/json}) signed now, with a fresh nonce. */
    public HttpResponse<String> send(ApiClient client, String method, String target, byte[] body)
            throws IOException, InterruptedException {
        return client.send(client.builder(method, target, body, signature(method, target, body, Instant.now()),
                RequestSignature.HEADER_INSTITUTION));
    }

    /** One page of its inbox, read as strictly as an institution's client reads it. */
    public Page<SealedMessage> inbox(ApiClient client, long since) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(client, "/v1/aid/inbox?since=" + since);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("inbox refused: " + answer.statusCode() + " " + answer.body());
        }
        return SyncJson.MAPPER.readValue(answer.body(), INBOX);
    }

    /** Opens a supporting document sealed to it by a counter; throws for another's, or one altered. */
    public byte[] open(SealedDocument document) throws SealedBoxException {
        return document.open(encryption.getPrivate());
    }

    /** Opens a message sealed to it; throws for one sealed to another institution or altered. */
    public byte[] open(SealedMessage message) throws SealedBoxException {
        return SealedMessages.open(message, encryption.getPrivate());
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return nonce;
    }
}
