package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code staff add|list|suspend|reinstate|revoke} as an operator runs them, with what they print. */
class StaffCommandsTest {

    @TempDir
    Path folder;

    private final Console console = new Console(Map.of("USER", "operator-li"));


    @Test
    void addListSuspendReinstateRevokeWithAnAuditTrail() throws Exception {
        String db = folder.resolve("server.db").toString();
        TestStaff card = new TestStaff();
        Path certificate = folder.resolve("zhang-li.pem");
        Files.writeString(certificate, pem("CERTIFICATE", certificate(card.keys(), "张丽")));
        String id = "ST-" + card.fingerprint().substring(0, 16);

        assertThat(console.run("staff", "add", "--db", db, "--name", "张丽", "--role", "social-worker,coordinator",
                "--card-certificate", certificate.toString())).isZero();
        assertThat(console.out()).startsWith("added " + id + " active "
                + "coordinator,social-worker community default key " + card.fingerprint() + " added ")
                .contains(" 张丽");
        assertThat(console.run("staff", "add", "--db", db, "--name", "张丽", "--role", "social-worker",
                "--card-certificate", certificate.toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).contains("registered already, for " + id);
        assertThat(console.run("staff", "suspend", id, "--db", db, "--reason", "card reported lost")).isZero();
        assertThat(console.out()).startsWith("suspended " + id + " at ");
        assertThat(console.run("staff", "reinstate", id, "--db", db, "--reason", "card found", "--by",
                "coordinator-wang"))
                .isZero();
        assertThat(console.run("staff", "revoke", id, "--db", db, "--reason", "left the centre")).isZero();
        assertThat(console.run("staff", "reinstate", id, "--db", db, "--reason", "again"))
                .isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).contains("never valid again");
        assertThat(console.run("staff", "revoke", "ST-0000000000000000", "--db", db, "--reason", "x"))
                .isEqualTo(Cli.EXIT_CHECK_FAILED);

        assertThat(console.run("staff", "list", "--db", db, "--history", "true")).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("staff 1");
        assertThat(lines.get(1)).startsWith("  " + id + " revoked coordinator,social-worker community default");
        assertThat(lines.subList(2, lines.size())).hasSize(4).satisfiesExactly(
                line -> assertThat(line).matches("    \\S+Z added by operator-li"),
                line -> assertThat(line).endsWith(" suspended by operator-li: card reported lost"),
                line -> assertThat(line).endsWith(" reinstated by coordinator-wang: card found"),
                line -> assertThat(line).endsWith(" revoked by operator-li: left the centre"));
    }

    @Test
    void aBareKeyInPemOrDerIsAcceptedAndAnythingButAP256KeyIsRefusedInOneSentence() throws Exception {
        String db = folder.resolve("server.db").toString();
        TestStaff card = new TestStaff();
        Path pemKey = folder.resolve("key.pem");
        Files.writeString(pemKey, pem("PUBLIC KEY", card.keys().getPublic().getEncoded()));
        Path derKey = folder.resolve("other.der");
        Files.write(derKey, new TestStaff().keys().getPublic().getEncoded());
        Path ed25519 = folder.resolve("ed25519.der");
        Files.write(ed25519, SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic().getEncoded());
        Path garbage = folder.resolve("garbage.pem");
        Files.writeString(garbage, "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertThat(console.run("staff", "add", "--db", db, "--name", "A", "--role", "coordinator", "--card-certificate",
                pemKey.toString())).isZero();
        assertThat(console.run("staff", "add", "--db", db, "--name", "B", "--role", "social-worker",
                "--card-certificate", derKey.toString(), "--community", "north")).isZero();
        assertThat(console.out()).contains("community north");
        for (Path wrong : List.of(ed25519, garbage, folder.resolve("missing.pem"))) {
            assertThat(console.run("staff", "add", "--db", db, "--name", "C", "--role", "social-worker",
                    "--card-certificate", wrong.toString())).as(wrong.toString()).isEqualTo(Cli.EXIT_CHECK_FAILED);
            assertThat(console.err()).as(wrong.toString()).startsWith("huzhu-server: ")
                    .doesNotContain("Exception").hasLineCount(1);
        }
        assertThat(console.run("staff", "add", "--db", db, "--name", "C", "--role", "janitor", "--card-certificate",
                pemKey.toString())).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.err()).contains("unknown role 'janitor'");
    }

    private static byte[] certificate(KeyPair keys, String name) throws Exception {
        X500Name subject = new X500Name("CN=" + name);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(now),
                Date.from(now.plusSeconds(86_400)), subject, keys.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer)).getEncoded();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
