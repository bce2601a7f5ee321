package org.huzhu.kiosk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.sync.ServerBinding;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.residentcode.ResidentCode;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.protocol.residentcode.ResidentCodes;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.server.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resident codes and e-card codes scanned at a kiosk, on a real journal and SQLite file, verified against a pinned
 * server key made for the test (docs/protocol.md §13.3).
 */
class CodeSignInTest {

    private static final SignatureSuite SUITE = SignatureSuites.ED25519_SHA256;
    private static final KeyPair SERVER = SUITE.generateKeyPair();
    private static final Instant ISSUED = Instant.parse("2026-12-02T01:00:00Z");
    private static final UUID WANG = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID CLOSED = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final String WANG_CARD = "a1".repeat(32);
    private static final String E_CARD_TOKEN = "QWxsIHRoZSB3b3JsZCdzIGEgc3RhZ2UsIGFuZCBhbGwgdGhl";

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(ISSUED.plus(Duration.ofDays(1)));
    private OpenJournal journal;
    private Optional<ServerBinding> binding;

    @BeforeEach
    void open() throws Exception {
        journal = OpenJournal.open(folder.resolve("kiosk.db"), TestJournals.PASSPHRASE.toCharArray(), SUITE, clock);
        sql("INSERT INTO resident (id, display_name, language, created_at) VALUES ('" + WANG + "', '王秀英', 'zh-CN', 'x')");
        sql("INSERT INTO resident (id, display_name, language, created_at, closed_at) VALUES ('" + CLOSED
                + "', '赵敏', 'zh-CN', 'x', '2026-12-01T00:00:00Z')");
        sql("INSERT INTO card_binding (card_key, kind, resident_id, bound_at) VALUES ('" + WANG_CARD
                + "', 'social-security', '" + WANG + "', 'x')");
        binding = Optional.of(new ServerBinding(URI.create("https://huzhu.example"), new ServerKey(
                KeyIds.serverKeyIdOf(SERVER.getPublic()), SUITE.id(),
                Base64.getEncoder().encodeToString(SERVER.getPublic().getEncoded())), Optional.empty()));
    }

    @AfterEach
    void close() throws Exception {
        journal.close();
    }

    @Test
    void aGenuineCodeSignsItsResidentInAndTheKioskRemembersWhomItsPseudonymActsFor() throws Exception {
        String text = code(WANG, "default", ResidentCodePurpose.PRINTED);

        CodeSignInOutcome.SignedIn signedIn = (CodeSignInOutcome.SignedIn) signIn(Optional.empty()).signIn(text);

        assertThat(signedIn.resident().displayName()).isEqualTo("王秀英");
        assertThat(signedIn.actor().method()).isEqualTo(SignInMethod.RESIDENT_CODE);
        assertThat(signedIn.actor().cardHash()).isEqualTo(ResidentCodes.parse(text).actorHash());
        assertThat(signedIn.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(90)));
        assertThat(count("SELECT COUNT(*) FROM resident_code_sign_in WHERE actor_hash = '"
                + signedIn.actor().cardHash() + "' AND resident_id = '" + WANG + "'")).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefusedOnlyOnceTheClockAllowanceHasPassed() throws Exception {
        String text = code(WANG, "default", ResidentCodePurpose.FAMILY_PHONE); // expires ISSUED + 24 h: now

        clock.advance(Duration.ofMinutes(4));
        assertThat(signIn(Optional.empty()).signIn(text)).isInstanceOf(CodeSignInOutcome.SignedIn.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(Optional.empty()).signIn(text))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.EXPIRED));
    }

    @Test
    void aCodeTheSnapshotSaysWasRevokedIsRefusedOffline() throws Exception {
        String text = code(WANG, "default", ResidentCodePurpose.PRINTED);
        sql("INSERT INTO revoked_resident_code VALUES ('" + ResidentCodes.parse(text).code().codeId() + "', '" + WANG
                + "', '2026-12-02T02:00:00Z', '2027-03-02T01:00:00Z')");

        assertThat(signIn(Optional.empty()).signIn(text)).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.REVOKED));
    }

    @Test
    void forgedMalformedForeignAndUnknownCodesSignNobodyIn() throws Exception {
        CodeSignIn codes = signIn(Optional.empty());
        String forged = ResidentCodes.encode(ResidentCode.issue(UUID.randomUUID(), WANG, "default", ISSUED,
                ResidentCodePurpose.PRINTED), SUITE, SUITE.generateKeyPair().getPrivate());

        assertThat(codes.signIn(forged)).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.UNREADABLE));
        assertThat(codes.signIn("HZ1:not base45")).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.UNREADABLE));
        assertThat(codes.signIn("https://example.org/pay?x=1")).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.UNREADABLE));
        assertThat(codes.signIn(code(WANG, "elsewhere", ResidentCodePurpose.PRINTED)))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.OTHER_COMMUNITY));
        assertThat(codes.signIn(code(UUID.randomUUID(), "default", ResidentCodePurpose.PRINTED)))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.NOT_KNOWN_HERE));
        assertThat(codes.signIn(code(CLOSED, "default", ResidentCodePurpose.PRINTED)))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.ACCOUNT_CLOSED));
        binding = Optional.empty();
        assertThat(codes.signIn(code(WANG, "default", ResidentCodePurpose.PRINTED)))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.NOT_READY));
    }

    @Test
    void anECardCodeGoesToTheDeploymentsAdapterOrIsNotSupported() throws Exception {
        assertThat(signIn(Optional.empty()).signIn(E_CARD_TOKEN))
                .isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.E_CARD_NOT_SUPPORTED));

        CodeSignInOutcome.SignedIn signedIn = (CodeSignInOutcome.SignedIn) signIn(Optional.of(
                adapter(new ElectronicCardAdapter.Answer.Verified(WANG_CARD)))).signIn(E_CARD_TOKEN);
        assertThat(signedIn.resident().id()).isEqualTo(WANG);
        assertThat(signedIn.actor().method()).isEqualTo(SignInMethod.E_CARD);
        assertThat(signedIn.actor().cardHash()).isEqualTo(WANG_CARD);
        assertThat(signIn(Optional.of(adapter(new ElectronicCardAdapter.Answer.Verified("b2".repeat(32)))))
                .signIn(E_CARD_TOKEN)).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.NOT_KNOWN_HERE));
        assertThat(signIn(Optional.of(adapter(new ElectronicCardAdapter.Answer.Refused("expired"))))
                .signIn(E_CARD_TOKEN)).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.E_CARD_REFUSED));
        assertThat(signIn(Optional.of(adapter(new ElectronicCardAdapter.Answer.Unavailable("timeout"))))
                .signIn(E_CARD_TOKEN)).isEqualTo(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.E_CARD_UNAVAILABLE));
    }

    @Test
    void everyRefusalHasGentleWordsInBothLanguages() {
        for (Language language : Language.values()) {
            for (CodeSignInOutcome.Reason reason : CodeSignInOutcome.Reason.values()) {
                assertThat(Messages.of(language).has(reason.messageKey())).as("%s %s", language, reason).isTrue();
            }
        }
        assertThat(Messages.of(Language.EN).text(CodeSignInOutcome.Reason.EXPIRED.messageKey()))
                .isEqualTo("This code has expired. Please ask at the counter for a new one.");
    }

    private CodeSignIn signIn(Optional<ElectronicCardAdapter> adapter) {
        return new CodeSignIn(journal.database(), new Residents(journal.database(), clock), () -> binding, "default",
                clock, adapter);
    }

    private static String code(UUID resident, String community, ResidentCodePurpose purpose) throws Exception {
        return ResidentCodes.encode(ResidentCode.issue(UUID.randomUUID(), resident, community, ISSUED, purpose),
                SUITE, SERVER.getPrivate());
    }

    private static ElectronicCardAdapter adapter(ElectronicCardAdapter.Answer answer) {
        return new ElectronicCardAdapter() {
            @Override
            public boolean recognises(String scannedText) {
                return scannedText.equals(E_CARD_TOKEN);
            }

            @Override
            public Answer check(String scannedText) {
                return answer;
            }
        };
    }

    private void sql(String statement) throws Exception {
        journal.database().inTransaction(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                return prepared.executeUpdate();
            }
        });
    }

    private long count(String query) throws Exception {
        return journal.database().inTransaction(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(query);
                    var row = prepared.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
