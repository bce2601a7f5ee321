package org.huzhu.devices.card.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedReaderBackend;
import org.junit.jupiter.api.Test;

class CardDiagnosticsTest {

    private static final String READER = "Demo reader";
    private final SimulatedReaderBackend backend = SimulatedReaderBackend.withReaders(READER, "Other reader");
    private final CardDiagnostics diagnostics = new CardDiagnostics(() -> backend);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listsReadersAndCards() {
        backend.reader(READER).insert(DemoCards.communityTag());

        int code = run("cards", "list");

        assertThat(code).isEqualTo(CardDiagnostics.OK);
        assertThat(out()).contains("Demo reader  card present").contains("Other reader  no card");
    }

    @Test
    void readPrintsTheCardWithTheIdNumberMasked() {
        backend.reader(READER).insert(DemoCards.resident(DemoCards.LI_JIANGUO));

        int code = run("read", "--reader", "demo", "--timeout", "5");

        assertThat(code).isEqualTo(CardDiagnostics.OK);
        assertThat(out()).contains("Profile:      social-security card", "Card number:  D00000002", "Name:         李建国",
                "ID number:    **************123X").doesNotContain(DemoCards.LI_JIANGUO.idNumber());
    }

    @Test
    void readPrintsAStaffCardsHolderKeyAndCertificateAsPem() throws Exception {
        backend.reader(READER).insert(DemoCards.staff());

        int code = run("read", "--timeout", "5");

        assertThat(code).isEqualTo(CardDiagnostics.OK);
        String printed = out();
        assertThat(printed).contains("Profile:      staff card (PIV)", "Holder:       " + DemoCards.STAFF_NAME,
                "Key:          " + DemoCards.staffKeyFingerprint(), "--card-certificate FILE");
        String pem = printed.substring(printed.indexOf("-----BEGIN CERTIFICATE-----"));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertThat(parsed.getEncoded()).as("the PEM is the card's certificate").isEqualTo(DemoCards.staffCertificate());
        assertThat(pem.lines().skip(1).takeWhile(line -> !line.startsWith("-----")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    }

    @Test
    void readReportsTypedErrors() {
        backend.reader(READER).insert(DemoCards.foreignCard());
        assertThat(run("read", "--timeout", "5")).isEqualTo(CardDiagnostics.CARD_PROBLEM);
        assertThat(err()).contains("NO_KNOWN_APPLICATION");
    }

    @Test
    void readTimesOutWithoutACardAndSaysWhyWithoutAReader() {
        assertThat(run("read", "--timeout", "1")).isEqualTo(CardDiagnostics.TIMEOUT);
        assertThat(run("read", "--reader", "nothing-like-this", "--timeout", "1")).isEqualTo(CardDiagnostics.NO_READER);
        assertThat(err()).contains("No card reader connected matching 'nothing-like-this'");
    }

    @Test
    void missingServiceIsItsOwnExitCode() {
        backend.setServiceAvailable(false);
        assertThat(run("list")).isEqualTo(CardDiagnostics.SERVICE_MISSING);
        assertThat(run("read", "--timeout", "1")).isEqualTo(CardDiagnostics.SERVICE_MISSING);
    }

    @Test
    void badArgumentsPrintUsage() {
        assertThat(run()).isEqualTo(CardDiagnostics.USAGE);
        assertThat(run("read", "--timeout", "soon")).isEqualTo(CardDiagnostics.USAGE);
        assertThat(run("read", "--reader")).isEqualTo(CardDiagnostics.USAGE);
        assertThat(run("erase")).isEqualTo(CardDiagnostics.USAGE);
        assertThat(err()).contains("usage: cards list");
    }

    private int run(String... args) {
        return diagnostics.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
