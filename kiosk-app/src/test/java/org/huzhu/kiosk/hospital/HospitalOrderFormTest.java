package org.huzhu.kiosk.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.junit.jupiter.api.Test;

/** The hospital's order as a receptionist types it, read exactly into fen, or refused with a reason to act on. */
class HospitalOrderFormTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID PATIENT = UUID.randomUUID();

    @Test
    void yuanAreReadToExactFenAndTheTotalIsTheirSumSkippingEmptyLines() throws Exception {
        HospitalOrderForm form = new HospitalOrderForm("  HIS-2026-0001 ", List.of(new BillLine("床位费 bed", "1,200"),
                new BillLine("", ""), new BillLine("药品 medicine", "¥0.10"), new BillLine("检查", "0.20")));

        HospitalOrderSubmitted payload = form.toPayload(ORDER, PATIENT);

        assertThat(form.totalFen()).contains(120_030L);
        assertThat(payload.hospitalOrderNumber()).isEqualTo("HIS-2026-0001");
        assertThat(payload.amountFen()).as("0.1 + 0.2 is 0.3 in fen, not 0.30000000000000004").isEqualTo(120_030);
        assertThat(payload.items()).containsExactly(new BillItem("床位费 bed", 120_000), new BillItem("药品 medicine", 10),
                new BillItem("检查", 20));
    }

    @Test
    void anAmountThatIsNotYuanWithTwoDecimalsHasNoTotalAndIsRefused() {
        HospitalOrderForm form = new HospitalOrderForm("HIS-1", List.of(new BillLine("床位费", "12.345")));

        assertThat(form.totalFen()).isEmpty();
        assertThatThrownBy(() -> form.toPayload(ORDER, PATIENT)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.BILL_ITEM));
    }

    @Test
    void aLineWithoutWhatItIsOrWithoutAnAmountIsRefused() {
        for (BillLine line : List.of(new BillLine("  ", "12"), new BillLine("床位费", ""), new BillLine("床位费", "-5"),
                new BillLine("床位费", "0"), new BillLine("x".repeat(201), "5"))) {
            assertThatThrownBy(() -> new HospitalOrderForm("HIS-1", List.of(line)).toPayload(ORDER, PATIENT))
                    .as("%s", line).isInstanceOfSatisfying(Refusal.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.BILL_ITEM));
        }
    }

    @Test
    void theOrderNumberMustBeOneToThirtyFiveCharactersWithoutControlCharacters() throws Exception {
        for (String number : List.of("", "   ", "H".repeat(36), "HIS\u00071")) {
            assertThatThrownBy(() -> new HospitalOrderForm(number, List.of(new BillLine("床位费", "5")))
                    .toPayload(ORDER, PATIENT)).as("'%s'", number).isInstanceOfSatisfying(Refusal.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.HOSPITAL_ORDER_NUMBER));
        }
        assertThat(new HospitalOrderForm("H".repeat(35), List.of(new BillLine("床位费", "5")))
                .toPayload(ORDER, PATIENT).hospitalOrderNumber()).hasSize(35);
    }

    @Test
    void anOrderNeedsAtLeastOneLine() {
        assertThatThrownBy(() -> new HospitalOrderForm("HIS-1", List.of(new BillLine("", ""))).toPayload(ORDER,
                PATIENT)).isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.BILL_ITEMS));
    }
}
