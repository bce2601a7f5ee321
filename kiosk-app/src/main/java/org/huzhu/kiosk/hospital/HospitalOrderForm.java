package org.huzhu.kiosk.hospital;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;

/**
 * The hospital's order as the receptionist typed it, read as the protocol's {@code hospital-order.submitted}: the
 * order number from the hospital's information system (1..35 characters, as a bank file carries it), and the bill's
 * lines, each parsed from yuan to integer fen with {@link Yuan#parse} (BigDecimal, never floating point); the total is
 * their sum. Lines left wholly empty are skipped, so a form may keep a spare line. Immutable.
 */
public record HospitalOrderForm(String orderNumber, List<BillLine> lines) {

    /** The protocol's limit on a hospital order's items. */
    public static final int MAX_LINES = 100;
    private static final int MAX_NUMBER = 35;
    private static final int MAX_DESCRIPTION = 200;

    public HospitalOrderForm {
        lines = List.copyOf(lines);
    }

    /** The lines that hold anything. */
    public List<BillLine> filled() {
        return lines.stream().filter(line -> !line.blank()).toList();
    }

    /** The total in fen of the lines whose amounts read as yuan; empty while any filled line's amount does not. */
    public Optional<Long> totalFen() {
        long total = 0;
        for (BillLine line : filled()) {
            Optional<Long> fen = Yuan.parse(line.amountTyped());
            if (fen.isEmpty()) {
                return Optional.empty();
            }
            total = Math.addExact(total, fen.get());
        }
        return filled().isEmpty() ? Optional.empty() : Optional.of(total);
    }

    /**
     * The transaction's payload for {@code patientId}'s aid order {@code aidOrderId}.
     *
     * @throws Refusal {@code HOSPITAL_ORDER_NUMBER} (missing, longer than 35 characters, control characters),
     *     {@code BILL_ITEMS} (no line, or more than 100), {@code BILL_ITEM} (a line without what it is, or with an
     *     amount that is not yuan with at most two decimals, or a total beyond what the protocol carries)
     */
    public HospitalOrderSubmitted toPayload(UUID aidOrderId, UUID patientId) throws Refusal {
        String number = orderNumber.strip();
        if (number.isEmpty() || number.length() > MAX_NUMBER || number.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(Refusal.Reason.HOSPITAL_ORDER_NUMBER, "a number of " + number.length() + " characters");
        }
        List<BillLine> filled = filled();
        if (filled.isEmpty() || filled.size() > MAX_LINES) {
            throw new Refusal(Refusal.Reason.BILL_ITEMS, filled.size() + " lines");
        }
        List<BillItem> items = new ArrayList<>(filled.size());
        for (BillLine line : filled) {
            String description = line.description().strip();
            Optional<Long> fen = Yuan.parse(line.amountTyped());
            if (description.isEmpty() || description.length() > MAX_DESCRIPTION || fen.isEmpty()) {
                throw new Refusal(Refusal.Reason.BILL_ITEM, "line " + (items.size() + 1));
            }
            items.add(new BillItem(description, fen.get()));
        }
        long total = totalFen().orElseThrow();
        if (total > Yuan.MAX_FEN) {
            throw new Refusal(Refusal.Reason.BILL_ITEM, "a total of " + total + " fen");
        }
        return new HospitalOrderSubmitted(aidOrderId, patientId, number, total, items);
    }
}
