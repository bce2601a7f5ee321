package org.huzhu.server.aid;

import static org.assertj.core.api.Assertions.assertThat;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.Database;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settlement (ADR 0015) on SQLite and PostgreSQL: a day's matched payments become one pain.001 file per hospital,
 * posted to the bank once, read back by an independent ISO 20022 model (Prowide) with every figure checked.
 */
class SettlementTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CHARITY = "I-00000000000000c1";
    private static final String OTHER_CHARITY = "I-00000000000000c2";
    private static final String HOSPITAL = "I-00000000000000a1";
    private static final Map<String, Pain001.Party> PARTIES = Map.of(
            CHARITY, new Pain001.Party("上海慈善基金会", "中国工商银行上海分行", "6222020200112233445"),
            OTHER_CHARITY, new Pain001.Party("Red Cross Pudong", "Bank of China Pudong", "6013820000998877"),
            HOSPITAL, new Pain001.Party("瑞金医院", "中国建设银行瑞金路支行", "31050161393600001234"));

    @TempDir
    Path folder;

    private ServerParts server;
    private Database database;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private Instant now() {
        return server.clock.instant();
    }

    /** An order of {@code charity} for a new patient at the hospital, matched by {@code payments}. */
    private UUID paidOrder(String charity, long maxFen, long... payments) throws Exception {
        UUID patient = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        AidOrderDocument order = new AidOrderDocument(UUID.randomUUID(), application, charity, HOSPITAL,
                AidOrders.patientPseudonym(patient, charity), maxFen, "门诊 outpatient", now().plus(Duration.ofDays(60)));
        database.inTransaction(connection -> {
            MoneyLedger.transfer(connection, MoneyLedger.BANK, MoneyLedger.charity(charity), maxFen,
                    MoneyLedger.Kind.DONATION, null, "bank statement line", now());
            AidApplications.record(connection, new AidApplied(application, patient, charity, HOSPITAL,
                    "门诊 outpatient", maxFen, List.of()), UUID.randomUUID().toString(), now());
            assertThat(AidOrders.issue(connection, order, "00", now())).isEmpty();
            int number = 0;
            for (long fen : payments) {
                HospitalOrderSubmitted submitted = new HospitalOrderSubmitted(order.orderId(), patient,
                        "HIS-" + order.orderId().toString().substring(0, 8) + "-" + ++number, fen,
                        List.of(new BillItem("检查 tests", fen)));
                assertThat(AidOrders.match(connection, submitted, HOSPITAL, UUID.randomUUID().toString(), now()))
                        .isEmpty();
            }
            return null;
        });
        return order.orderId();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aDaysPaymentsBecomeOneFileThatAnIndependentReaderAddsUpAndTheyArePostedToTheBankOnce(Stores store)
            throws Exception {
        server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT);
        database = server.database;
        UUID first = paidOrder(CHARITY, 300_000, 120_050, 30_000);
        UUID second = paidOrder(OTHER_CHARITY, 5_000, 4_999);
        LocalDate day = now().atZone(ZONE).toLocalDate();

        List<Settlements.Settlement> settled = database.inTransaction(connection -> Settlements.settle(connection,
                day, ZONE, now()));
        assertThat(settled).hasSize(1);
        Settlements.Settlement settlement = settled.getFirst();
        assertThat(settlement.totalFen()).isEqualTo(120_050 + 30_000 + 4_999);
        long owed = database.inTransaction(connection -> MoneyLedger.balance(connection,
                MoneyLedger.hospital(HOSPITAL)));
        assertThat(owed).as("paid out to the bank").isZero();
        assertThat(database.inTransaction(Reconciliation::run).problems()).isEmpty();
        List<Settlements.Settlement> again = database.inTransaction(connection -> Settlements.settle(connection,
                day, ZONE, now()));
        assertThat(again).as("a day is settled once").isEmpty();
        List<Settlements.Settlement> ofDay = database.inTransaction(connection -> Settlements.ofDay(connection, day));
        assertThat(ofDay).containsExactly(settlement);

        byte[] file = Pain001.write(settlement, PARTIES, day.plusDays(1));
        MxPain00100109 read = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8));
        assertThat(read.getCstmrCdtTrfInitn().getGrpHdr().getMsgId()).isEqualTo(settlement.settlementId());
        assertThat(read.getCstmrCdtTrfInitn().getGrpHdr().getNbOfTxs()).isEqualTo("3");
        assertThat(read.getCstmrCdtTrfInitn().getGrpHdr().getCtrlSum()).isEqualByComparingTo("1550.49");
        List<PaymentInstruction30> blocks = read.getCstmrCdtTrfInitn().getPmtInf();
        assertThat(blocks).extracting(block -> block.getDbtr().getNm())
                .containsExactlyInAnyOrder("上海慈善基金会", "Red Cross Pudong");
        BigDecimal sum = BigDecimal.ZERO;
        for (PaymentInstruction30 block : blocks) {
            assertThat(block.getReqdExctnDt().getDt()).isEqualTo(day.plusDays(1).toString());
            for (CreditTransferTransaction34 transfer : block.getCdtTrfTxInf()) {
                assertThat(transfer.getAmt().getInstdAmt().getCcy()).isEqualTo("CNY");
                assertThat(transfer.getCdtr().getNm()).isEqualTo("瑞金医院");
                assertThat(transfer.getCdtrAcct().getId().getOthr().getId()).isEqualTo("31050161393600001234");
                assertThat(transfer.getPmtId().getEndToEndId()).isIn(Pain001.endToEndId(first),
                        Pain001.endToEndId(second));
                assertThat(transfer.getRmtInf().getStrd().getFirst().getCdtrRefInf().getRef()).startsWith("HIS-");
                sum = sum.add(transfer.getAmt().getInstdAmt().getValue());
            }
            assertThat(block.getCtrlSum()).isEqualByComparingTo(block.getCdtTrfTxInf().stream()
                    .map(transfer -> transfer.getAmt().getInstdAmt().getValue()).reduce(BigDecimal.ZERO,
                            BigDecimal::add));
        }
        assertThat(sum).isEqualByComparingTo(Yuan.plain(settlement.totalFen()));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aPaymentMatchedAfterTheDaysFileWaitsForTheNextDay(Stores store) throws Exception {
        server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT);
        database = server.database;
        paidOrder(CHARITY, 10_000, 1_000);
        LocalDate day = now().atZone(ZONE).toLocalDate();
        database.inTransaction(connection -> Settlements.settle(connection, day, ZONE, now()));
        paidOrder(CHARITY, 10_000, 2_000);

        List<Settlements.Settlement> sameDay = database.inTransaction(connection -> Settlements.settle(connection,
                day, ZONE, now()));
        assertThat(sameDay).isEmpty();
        List<Settlements.Settlement> next = database.inTransaction(connection -> Settlements.settle(connection,
                day.plusDays(1), ZONE, now()));
        assertThat(next).singleElement().extracting(Settlements.Settlement::totalFen).isEqualTo(2_000L);
        assertThat(database.inTransaction(Reconciliation::run).problems()).isEmpty();
    }
}
