package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.server.aid.AidApplications;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.TestInstitution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aid donate|reconcile|settle|history} as an operator runs them, with what they print. */
class AidCommandsTest {

    @TempDir
    Path folder;

    private final Console console = new Console(Map.of("USER", "operator-li"));
    private final TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "上海慈善基金会");
    private final TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "瑞金医院");

    @Test
    void aDonationAnOrderPaidInPartASettlementFileAndAReconciliationThatPasses() throws Exception {
        Path file = folder.resolve("server.db");
        String db = file.toString();
        UUID patient = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        try (Database database = Database.open(new StoreTarget.Sqlite(file))) {
            charity.registerAndCheck(database);
            hospital.registerAndCheck(database);
            database.inTransaction(connection -> {
                AidApplications.record(connection, new AidApplied(application, patient, charity.id(), hospital.id(),
                        "住院治疗", 300_000, List.of()), UUID.randomUUID().toString(), Instant.now());
                return null;
            });
        }
        assertThat(console.run("aid", "donate", "--db", db, "--charity", charity.id(), "--amount", "5,000.00",
                "--reference", "工行流水 20261202-0001")).isZero();
        assertThat(console.out()).isEqualTo("donation of 5000.00 yuan recorded for " + charity.id()
                + "; its pool now holds 5000.00 yuan\n");
        assertThat(console.run("aid", "donate", "--db", db, "--charity", hospital.id(), "--amount", "1",
                "--reference", "x")).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.err()).isEqualTo("huzhu-server: " + hospital.id() + " is not a charity registered here "
                + "(institution-unknown)\n");
        assertThat(console.run("aid", "donate", "--db", db, "--charity", charity.id(), "--amount", "1.005",
                "--reference", "x")).isEqualTo(Cli.EXIT_USAGE);

        AidOrderDocument order = new AidOrderDocument(UUID.randomUUID(), application, charity.id(), hospital.id(),
                AidOrders.patientPseudonym(patient, charity.id()), 300_000, "住院治疗",
                Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
        try (Database database = Database.openExisting(new StoreTarget.Sqlite(file))) {
            database.inTransaction(connection -> {
                assertThat(AidOrders.issue(connection, order, charity.signHex(order.signingBytes()), Instant.now()))
                        .isEmpty();
                assertThat(AidOrders.match(connection, new HospitalOrderSubmitted(order.orderId(), patient, "ZY-1",
                        120_000, List.of(new BillItem("住院费", 120_000))), hospital.id(), UUID.randomUUID().toString(),
                        Instant.now())).isEmpty();
                return null;
            });
        }

        assertThat(console.run("aid", "reconcile", "--db", db)).isZero();
        assertThat(console.out()).isEqualTo("aid orders 1: reserved 3000.00 = paid 1200.00 + held 1800.00 + returned "
                + "0.00 yuan\nreconciled: every fen is accounted for\n");

        Path out = folder.resolve("bank");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(console.run("aid", "settle", "--db", db, "--date", today, "--out", out.toString())).isZero();
        assertThat(console.out()).contains("1 payments, 1200.00 yuan to 瑞金医院");
        try (var files = Files.list(out)) {
            Path written = files.findFirst().orElseThrow();
            String xml = Files.readString(written, StandardCharsets.UTF_8);
            assertThat(xml).contains("<EndToEndId>" + order.orderId().toString().replace("-", "") + "</EndToEndId>",
                    "<InstdAmt Ccy=\"CNY\">1200.00</InstdAmt>", "<Nm>上海慈善基金会</Nm>", "<Ref>ZY-1</Ref>");
        }
        assertThat(console.run("aid", "settle", "--db", db, "--date", today, "--out", out.toString()))
                .as("the same day again writes the same file").isZero();
        assertThat(console.out()).contains("1 payments, 1200.00 yuan");

        assertThat(console.run("aid", "history", "--db", db, "--order", order.orderId().toString())).isZero();
        assertThat(console.out().lines().map(line -> line.trim().split(" ")[1]).skip(1).toList())
                .containsExactly("applied", "approved", "matched", "paid");

        try (Database database = Database.openExisting(new StoreTarget.Sqlite(file))) {
            database.inTransaction(connection -> {
                try (PreparedStatement tamper = connection.prepareStatement(
                        "UPDATE money_account SET balance_fen = balance_fen + 1 WHERE account_id = ?")) {
                    tamper.setString(1, "charity:" + charity.id());
                    return tamper.executeUpdate();
                }
            });
        }
        assertThat(console.run("aid", "reconcile", "--db", db)).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.out()).contains("PROBLEM account charity:" + charity.id(),
                "PROBLEM the money ledger sums to 1 fen, not 0", "NOT RECONCILED");
    }
}
