package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.MutableClock;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code institution register|check|suspend|reinstate|list}, {@code staff add --hospital} and
 * {@code enrol-code --hospital} as an operator runs them, with what they print.
 */
class InstitutionCommandsTest {

    @TempDir
    Path folder;

    private final Console console = new Console(Map.of("USER", "operator-li"));


    @Test
    void registerCheckSuspendReinstateAndListACharityWithItsAuditTrail() throws Exception {
        String db = folder.resolve("server.db").toString();
        KeyPair signing = SignatureSuites.ED25519_SHA256.generateKeyPair();
        Path signingKey = Files.writeString(folder.resolve("signing.pem"), pem(signing.getPublic().getEncoded()));
        Path encryptionKey = Files.writeString(folder.resolve("encryption.b64"), Base64.getEncoder().encodeToString(
                SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic().getEncoded()) + "\n");
        Path licence = Files.write(folder.resolve("licence.pdf"), "民政局登记证书".getBytes(StandardCharsets.UTF_8));
        Path certificate = Files.write(folder.resolve("non-profit.jpg"), new byte[] {1, 2, 3});
        String id = KeyIds.institutionIdOf(signing.getPublic());

        assertThat(register(db, "charity", "慈善基金会", "53100000500021676K", signingKey, encryptionKey)).isZero();
        assertThat(console.out()).startsWith("registered " + id + " registered charity registration 53100000500021676K "
                + "signing ed25519-sha256 encryption hpke-x25519-sha256-aes128gcm 慈善基金会");
        assertThat(console.err()).contains("institution check --id " + id, "--non-profit");
        assertThat(register(db, "charity", "另一个", "53100000500021676K", signingKey, encryptionKey))
                .isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).startsWith("huzhu-server: this signing key is registered already, for " + id)
                .hasLineCount(1);

        assertThat(console.run("institution", "check", "--db", db, "--id", id, "--by", "审核员 王", "--document",
                licence.toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).contains("did not pass", "registered non-profit", "still registered").hasLineCount(1);
        assertThat(console.run("institution", "check", "--db", db, "--id", id, "--by", "审核员 王", "--document",
                licence.toString(), "--non-profit", "--document", certificate.toString())).isZero();
        assertThat(console.out()).startsWith("checked " + id + " audited charity");
        assertThat(console.run("institution", "suspend", "--db", db, "--id", id, "--by", "王", "--reason", "complaint"))
                .isZero();
        assertThat(console.out()).startsWith("suspended " + id + " at ").contains("now suspended");
        assertThat(console.run("institution", "suspend", "--db", db, "--id", id, "--by", "王", "--reason", "again"))
                .isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).isEqualTo("huzhu-server: " + id + " is suspended already\n");
        assertThat(console.run("institution", "reinstate", "--db", db, "--id", id, "--by", "王", "--reason", "cleared"))
                .isZero();
        assertThat(console.out()).contains("now audited");

        assertThat(console.run("institution", "list", "--db", db, "--history", "true")).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("institutions 1");
        assertThat(lines.get(1)).startsWith("  " + id + " audited charity");
        assertThat(lines.subList(2, lines.size())).satisfiesExactly(
                line -> assertThat(line).matches("    \\S+Z registered by operator-li"),
                line -> assertThat(line).endsWith(" checked by 审核员 王: not a registered non-profit; licence.pdf "
                        + "sha256 " + sha256(licence)),
                line -> assertThat(line).endsWith(" checked by 审核员 王, non-profit confirmed; licence.pdf sha256 "
                        + sha256(licence) + "; non-profit.jpg sha256 " + sha256(certificate)),
                line -> assertThat(line).endsWith(" suspended by 王: complaint"),
                line -> assertThat(line).endsWith(" reinstated by 王: cleared"));
    }

    @Test
    void badKeysMissingDocumentsAndUnknownIdsAreRefusedInOneSentence() throws Exception {
        String db = folder.resolve("server.db").toString();
        KeyPair sm2 = SignatureSuites.SM2_SM3.generateKeyPair();
        Path sm2Der = Files.write(folder.resolve("sm2.der"), sm2.getPublic().getEncoded());
        Path otherSm2 = Files.write(folder.resolve("sm2-encryption.der"),
                SealingScheme.SM2_C1C3C2.generateKeyPair().getPublic().getEncoded());
        Path x25519 = Files.write(folder.resolve("x25519.der"),
                SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic().getEncoded());
        Path staffKey = Files.write(folder.resolve("p256.der"), new TestStaff().keys().getPublic().getEncoded());
        Path garbage = Files.writeString(folder.resolve("garbage.pem"),
                "-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----\n");

        assertThat(register(db, "hospital", "第一人民医院", "PDY00001", sm2Der, otherSm2)).isZero();
        assertThat(console.out()).contains("signing sm2-sm3 encryption sm2-c1c3c2");
        for (Path[] keys : new Path[][] {{x25519, x25519}, {staffKey, x25519}, {garbage, x25519},
                {folder.resolve("missing.pem"), x25519}, {SignatureKeys.ed25519(folder), staffKey},
                {SignatureKeys.ed25519(folder), garbage}}) {
            assertThat(register(db, "hospital", "医院", "PDY00002", keys[0], keys[1])).as(keys[0] + " " + keys[1])
                    .isEqualTo(Cli.EXIT_CHECK_FAILED);
            assertThat(console.err()).as(keys[0] + " " + keys[1]).startsWith("huzhu-server: ")
                    .doesNotContain("Exception").hasLineCount(1);
        }
        assertThat(register(db, "school", "学校", "X1", sm2Der, otherSm2)).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.err()).contains("--kind must be charity or hospital");
        String id = KeyIds.institutionIdOf(sm2.getPublic());
        assertThat(console.run("institution", "check", "--db", db, "--id", id, "--by", "王"))
                .isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.err()).contains("--document FILE");
        assertThat(console.run("institution", "check", "--db", db, "--id", id, "--by", "王", "--document",
                folder.resolve("missing.pdf").toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).startsWith("huzhu-server: cannot read the document ").hasLineCount(1);
        assertThat(console.run("institution", "check", "--db", db, "--id", id, "--by", "王", "--document",
                sm2Der.toString(), "--non-profit", "--non-profit")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.run("institution", "reinstate", "--db", db, "--id", "I-0000000000000000", "--by", "王",
                "--reason", "x")).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).isEqualTo("huzhu-server: no institution I-0000000000000000 is registered here\n");
        assertThat(console.run("institution", "list", "--db", db)).isZero();
        assertThat(console.out()).startsWith("institutions 1\n");
    }

    @Test
    void aHospitalDeskStaffMemberAndStationNameTheirRegisteredHospital() throws Exception {
        String db = folder.resolve("server.db").toString();
        KeyPair hospitalKey = SignatureSuites.ED25519_SHA256.generateKeyPair();
        Path encryption = Files.write(folder.resolve("encryption.der"),
                SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic().getEncoded());
        assertThat(register(db, "hospital", "第一人民医院", "PDY00001", Files.write(folder.resolve("hospital.der"),
                hospitalKey.getPublic().getEncoded()), encryption)).isZero();
        String hospital = KeyIds.institutionIdOf(hospitalKey.getPublic());
        KeyPair charityKey = SignatureSuites.ED25519_SHA256.generateKeyPair();
        assertThat(register(db, "charity", "慈善基金会", "C1", Files.write(folder.resolve("charity.der"),
                charityKey.getPublic().getEncoded()), encryption)).isZero();
        String charity = KeyIds.institutionIdOf(charityKey.getPublic());
        TestStaff card = new TestStaff();
        Path cardKey = Files.writeString(folder.resolve("card.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(card.keys().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        assertThat(staffAdd(db, "hospital-desk", cardKey)).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.err()).contains("--hospital I-… is required for the hospital-desk role");
        assertThat(staffAdd(db, "social-worker", cardKey, "--hospital", hospital)).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.err()).contains("--hospital goes only with the hospital-desk role");
        assertThat(staffAdd(db, "hospital-desk", cardKey, "--hospital", charity)).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).isEqualTo("huzhu-server: " + charity + " is not a hospital registered here "
                + "(institution list shows them)\n");
        assertThat(staffAdd(db, "hospital-desk", cardKey, "--hospital", hospital)).isZero();
        assertThat(console.out()).contains(" hospital-desk community default hospital " + hospital + " key ");
        assertThat(console.run("staff", "list", "--db", db)).isZero();
        assertThat(console.out()).contains("hospital " + hospital);

        assertThat(console.run("enrol-code", "--db", db, "--hospital", "I-0000000000000000"))
                .isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).startsWith("huzhu-server: I-0000000000000000 is not a hospital").hasLineCount(1);
        assertThat(console.run("enrol-code", "--db", db, "--hospital", hospital)).isZero();
        assertThat(console.err()).contains("for a desk of hospital " + hospital);
        String code = console.out().strip();
        TestKiosk desk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
        try (Database database = Database.openExisting(new StoreTarget.Sqlite(Path.of(db)))) {
            assertThat(new Enrolment(database, new MutableClock(Instant.now())).enrol(code, desk.suite(),
                    desk.keys().getPublic()).hospitalId()).hasValue(hospital);
        }
    }

    private int register(String db, String kind, String name, String number, Path signing, Path encryption) {
        return console.run("institution", "register", "--db", db, "--kind", kind, "--name", name, "--registration",
                number, "--representative", "张三", "--bank", "中国工商银行", "--account", "6222 0000 0000 0001",
                "--signing-key", signing.toString(), "--encryption-key", encryption.toString());
    }

    private int staffAdd(String db, String role, Path key, String... more) {
        List<String> args = new ArrayList<>(List.of("staff", "add", "--db", db, "--name", "前台 李",
                "--role", role, "--card-certificate", key.toString()));
        args.addAll(List.of(more));
        return console.run(args.toArray(String[]::new));
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A fresh Ed25519 signing key in a DER file of its own. */
    private static final class SignatureKeys {
        private static int count;

        static Path ed25519(Path folder) throws Exception {
            return Files.write(folder.resolve("ed25519-" + ++count + ".der"),
                    SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic().getEncoded());
        }
    }
}
