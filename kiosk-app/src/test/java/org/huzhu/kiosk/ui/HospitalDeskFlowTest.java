package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.assertInTheOtherLanguage;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.awaitShown;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.awaitText;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.click;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.isShown;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.tap;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.text;
import static org.huzhu.kiosk.ui.DemoCounterWindowTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.P256KeyPairs;
import org.huzhu.devices.card.sim.SimulatedCards;
import org.huzhu.devices.card.sim.StaffCertificateFactory;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.report.Poppler;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.institution.CheckedDocument;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Registration;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): the demo hospital desk (issue 13) — the receptionist signs in with her staff card and PIN, the
 * patient taps their card, their open aid at this hospital shows in large plain words, the hospital's order is
 * entered and checked against it: a match is paid only once the server accepted it (and the slip is saved), an
 * amount over what is left is refused before anything is recorded, and offline the order waits and is never said to
 * be paid. A staff card of another hospital, or of another role, gets the banner and reads nothing.
 */
class HospitalDeskFlowTest extends DemoHospitalWindowTest {

    @Test
    void aMatchingOrderIsPaidOnlyOnTheServersVerdictAndItsSlipIsSaved(FxRobot robot) throws Exception {
        awaitText(robot, "#counter-title", "请用工作人员卡登录");
        CounterScreens.auditBothSizes(robot, "hospital-welcome");
        awaitTheDemoPatient();
        signIn(robot);
        assertThat(text(robot, "#counter-title")).isEqualTo("请患者刷社保卡");
        awaitText(robot, "#centre-name", "仁和医院");
        CounterScreens.auditBothSizes(robot, "hospital-patient");

        tap(robot, "wang");
        awaitShown(robot, "#patient-order-0");
        assertThat(text(robot, "#counter-title")).isEqualTo("王秀英");
        assertThat(text(robot, "#patient-order-from-0")).isEqualTo("互助慈善基金会的救助：住院治疗 hospital stay");
        assertThat(text(robot, "#patient-order-left-0")).isEqualTo("还剩¥3,000");
        assertInTheOtherLanguage(robot, "#patient-order-left-0", "¥3,000 left");
        CounterScreens.auditBothSizes(robot, "hospital-patient-found");

        click(robot, "#patient-order-0");
        write(robot, "#order-number", "HIS-2026-0001");
        write(robot, "#order-item-0", "床位费");
        write(robot, "#order-amount-0", "1,200");
        write(robot, "#order-item-1", "药费");
        write(robot, "#order-amount-1", "0.50");
        click(robot, "#order-add-line");
        awaitShown(robot, "#order-item-2");
        awaitText(robot, "#order-total", "合计：¥1,200.50");
        CounterScreens.auditBothSizes(robot, "hospital-order");
        long before = deskHead();

        click(robot, "#order-submit");

        awaitText(robot, "#order-paid", "已支付：¥1,200.50，来自互助慈善基金会的救助。");
        assertThat(deskHead()).as("one hospital order recorded").isEqualTo(before + 1);
        assertThat(text(robot, "#order-paid-left")).isEqualTo("这项救助还剩¥1,799.50。");
        assertThat(text(robot, "#order-aid-left")).as("the aid as paid now").isEqualTo("还剩¥1,799.50");
        assertInTheOtherLanguage(robot, "#order-paid", "Paid: ¥1,200.50 from the aid of 互助慈善基金会.");
        CounterScreens.auditBothSizes(robot, "hospital-paid");
        click(robot, "#order-slip");
        awaitShown(robot, "#order-slip-saved");
        Path slip = onlySlip();
        click(robot, "#order-next");
        tap(robot, "wang");
        awaitShown(robot, "#patient-order-0");
        assertThat(text(robot, "#patient-order-left-0")).as("the aid as the server has it now")
                .isEqualTo("还剩¥1,799.50");
        click(robot, "#patient-order-0");
        write(robot, "#order-number", "HIS-2026-0009");
        write(robot, "#order-item-0", "手术费");
        write(robot, "#order-amount-0", "2000");
        click(robot, "#order-submit");
        awaitText(robot, "#counter-problem", "比这项救助剩下的¥1,799.50多了¥200.50。没有付任何钱。最多填写剩下的金额，其余请患者自付。");
        assertThat(Poppler.text(slip)).contains("救助支付凭条", "仁和医院", "患者：王秀英", "医院收费单号：HIS-2026-0001",
                "已支付：¥1,200.50", "这项救助还剩：¥1,799.50");
    }

    @Test
    void anAmountOverWhatIsLeftIsSaidInFiguresAndNothingIsRecorded(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#patient-order-0");
        write(robot, "#order-number", "HIS-2026-0002");
        write(robot, "#order-item-0", "手术费");
        write(robot, "#order-amount-0", "3120");
        long before = deskHead();

        click(robot, "#order-submit");

        awaitText(robot, "#counter-problem", "比这项救助剩下的¥3,000多了¥120。没有付任何钱。最多填写剩下的金额，其余请患者自付。");
        assertInTheOtherLanguage(robot, "#counter-problem", "¥120 more than the ¥3,000 left on this aid. Nothing was "
                + "paid. Enter at most what is left, and ask the patient to pay the rest.");
        assertThat(deskHead()).as("a mismatch records nothing").isEqualTo(before);
        CounterScreens.auditBothSizes(robot, "hospital-mismatch");
    }

    @Test
    void offlineTheOrderWaitsAndIsNeverSaidToBePaid(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#patient-order-0");
        stations.counter().context().sync().orElseThrow().close(); // the connection goes: nothing is delivered
        write(robot, "#order-number", "HIS-2026-0003");
        write(robot, "#order-item-0", "床位费");
        write(robot, "#order-amount-0", "800");

        click(robot, "#order-submit");

        awaitText(robot, "#order-waiting", "已保存。支付要等网络连通后才进行——请先不要告诉患者已经支付。");
        assertInTheOtherLanguage(robot, "#order-waiting", "Saved. Payment waits for the connection — do not tell the "
                + "patient it is paid yet.");
        Thread.sleep(1500); // the sync's interval would have answered by now, were it running
        assertThat(robot.lookup("#order-paid").tryQuery()).as("never paid without the server's verdict").isEmpty();
        assertThat(robot.lookup("#order-slip").tryQuery()).as("no slip for an unpaid order").isEmpty();
        CounterScreens.auditBothSizes(robot, "hospital-waiting");
    }

    @Test
    void aRefusalByTheServerIsShownInTheWordsOfItsReason(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#patient-order-0");
        revokeTheDemoOrder(); // the charity withdraws it after the desk showed it
        write(robot, "#order-number", "HIS-2026-0004");
        write(robot, "#order-item-0", "床位费");
        write(robot, "#order-amount-0", "500");

        click(robot, "#order-submit");

        awaitText(robot, "#order-refused-why", "慈善机构已经撤回了这项救助。没有付任何钱。请患者联系慈善机构。");
        assertThat(text(robot, "#order-refused")).isEqualTo("没有支付：服务器拒绝了这张收费单。");
        assertInTheOtherLanguage(robot, "#order-refused-why", "The charity has withdrawn this aid. Nothing was paid. "
                + "The patient should ask the charity.");
        assertThat(robot.lookup("#order-paid").tryQuery()).isEmpty();
        CounterScreens.auditBothSizes(robot, "hospital-refused");
    }

    @Test
    void takingTheStaffCardOutSignsTheReceptionistOutAndAPatientsTapFirstAsksForIt(FxRobot robot) throws Exception {
        awaitShown(robot, "#counter-title");
        tap(robot, "wang");
        awaitText(robot, "#welcome-notice", "请先用工作人员卡登录，再请患者刷卡。");
        awaitTheDemoPatient();
        signIn(robot);
        tap(robot, "wang");
        awaitShown(robot, "#patient-order-0");

        click(robot, "#demo-take-away");

        awaitText(robot, "#welcome-notice", "您已退出登录：工作人员卡被拿走了。没有完成的操作都没有记录。");
        assertThat(robot.lookup("#patient-order-0").tryQuery()).as("the patient's aid is gone with the session")
                .isEmpty();
    }

    @Test
    void aPatientWithoutAidHereIsToldSoPlainly(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        signIn(robot);

        tap(robot, "li");

        awaitText(robot, "#patient-none", "李建国在本医院没有可用的救助。");
        assertInTheOtherLanguage(robot, "#patient-none", "李建国 has no open aid at this hospital.");
    }

    @Test
    void aStaffCardOfAnotherHospitalGetsTheBannerAndReadsNothing(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        KeyPair keys = P256KeyPairs.generate();
        registerReceptionistOfAnotherHospital("王医生", keys);
        stations.counter().context().demoDevices().orElseThrow().backend()
                .reader(DemoDevices.HOSPITAL_STAFF_READER).insert(SimulatedCards.piv("王医生", keys, DemoCards.STAFF_PIN));
        pin(robot);

        awaitShown(robot, "#staff-banner");
        assertThat(text(robot, "#staff-banner")).startsWith("服务器不接受王医生的工作人员卡在这个医院窗口使用");
        tap(robot, "wang");
        awaitText(robot, "#counter-problem", serverRefusesTheCard());
        assertThat(robot.lookup("#patient-order-0").tryQuery()).as("nothing of the patient's aid").isEmpty();
        CounterScreens.auditBothSizes(robot, "hospital-staff-refused");
    }

    @Test
    void aSocialWorkersCardIsNoReceptionistsCard(FxRobot robot) throws Exception {
        awaitTheDemoPatient();
        stations.counter().context().demoDevices().orElseThrow().backend()
                .reader(DemoDevices.HOSPITAL_STAFF_READER).insert(DemoCards.staff());
        pin(robot);

        awaitShown(robot, "#staff-banner");
        assertThat(text(robot, "#staff-banner")).startsWith("服务器不接受张丽的工作人员卡在这个医院窗口使用");
        assertThat(isShown(robot.lookup("#staff-banner").query())).isTrue();
    }

    /** What the desk says when the server refuses the signed-in card's question. */
    private static String serverRefusesTheCard() {
        return Messages.of(Language.ZH_CN).text("hospital.server.staffRefused");
    }

    /** The demo kiosk's seed (王秀英 and 李建国 enrolled) has reached the server the desk asks. */
    private void awaitTheDemoPatient() throws Exception {
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
    }

    private Path onlySlip() throws Exception {
        Path exports = stations.counter().journal().database().file().toAbsolutePath().resolveSibling("exports");
        Await.until("the slip in the exports folder", () -> Files.isDirectory(exports));
        try (Stream<Path> files = Files.list(exports)) {
            List<Path> slips = files.filter(file -> file.getFileName().toString().startsWith("slip-HIS20260001-"))
                    .toList();
            assertThat(slips).hasSize(1);
            return slips.getFirst();
        }
    }

    /** The demo charity revokes 王秀英's order at the demo hospital, on the demo kiosk's embedded server. */
    private void revokeTheDemoOrder() throws Exception {
        try (Database server = Database.openExisting(new StoreTarget.Sqlite(data.resolve("demo-server.db")))) {
            Optional<String> refused = server.inTransaction(connection -> {
                var order = AidOrders.openAt(connection, TestCommunity.WANG, deskHospital(connection),
                        TestKiosks.MONDAY_MORNING.instant()).getFirst();
                return AidOrders.revoke(connection, order.orderId(), charityOf(connection, order.orderId()),
                        "treatment moved", TestKiosks.MONDAY_MORNING.instant());
            });
            assertThat(refused).isEmpty();
        }
    }

    private String deskHospital(java.sql.Connection connection) throws java.sql.SQLException {
        return Kiosks.find(connection, stations.counter().journal().journal().identity().kioskId()).orElseThrow()
                .hospitalId().orElseThrow();
    }

    private static String charityOf(java.sql.Connection connection, java.util.UUID order)
            throws java.sql.SQLException {
        try (var query = connection.prepareStatement("SELECT charity_id FROM aid_order WHERE order_id = ?")) {
            query.setString(1, order.toString());
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Another hospital, audited, and a hospital-desk card of it, on the demo kiosk's embedded server. */
    private void registerReceptionistOfAnotherHospital(String name, KeyPair keys) throws Exception {
        try (Database server = Database.openExisting(new StoreTarget.Sqlite(data.resolve("demo-server.db")))) {
            Institutions.inTransaction(server, connection -> {
                String other = Institutions.register(connection, new Registration(InstitutionKind.HOSPITAL, "另一家医院",
                        "OTHER-HOSPITAL-1", "法人 李四", "中国银行", "6216 0000 0000 0009",
                        SignatureSuites.ED25519_SHA256, SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic(),
                        SealingScheme.HPKE_X25519_SHA256_AES128GCM,
                        SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic()),
                        Instant.now(), "test").institutionId();
                Institutions.check(connection, other, List.of(new CheckedDocument("licence.pdf", "ab".repeat(32))),
                        false, Instant.now(), "test");
                try {
                    return StaffRegistry.add(connection, name, Set.of(StaffRole.HOSPITAL_DESK),
                            ServerSettings.DEFAULT_COMMUNITY, keys.getPublic(),
                            StaffCertificateFactory.selfSigned(name, keys), Optional.of(other),
                            TestKiosks.MONDAY_MORNING.instant().minusSeconds(3600), "test");
                } catch (StaffRegistryException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
