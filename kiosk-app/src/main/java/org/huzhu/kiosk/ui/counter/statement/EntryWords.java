package org.huzhu.kiosk.ui.counter.statement;

import java.time.ZoneId;
import java.util.Optional;
import org.huzhu.kiosk.desk.Corrections;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.counter.StatementEntry;

/**
 * A statement entry in the words staff read out to a resident: "Volunteer work confirmed: +1 h 30 min", "Given to
 * 李建国: −30 min", "Reversed by staff: wrong task — the credit of 3 May is taken back (−1 h 30 min)"; what became of
 * it (reversed later, and by which correction); and a reversal recorded here that the server has not shown yet.
 */
final class EntryWords {

    private final Messages messages;
    private final ZoneId zone;

    EntryWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** What happened, with the signed amount. */
    String what(StatementEntry entry, StatementPage page) {
        String amount = signed(entry.minutes());
        String other = Optional.ofNullable(entry.counterpartyId()).map(page.names()::get)
                .orElseGet(() -> messages.text("counter.statement.someone"));
        return switch (entry.type()) {
            case "service.confirmed" -> messages.format("counter.statement.entry.credit", amount);
            case "hours.redeemed" -> messages.format("counter.statement.entry.payment", amount);
            case "hours.transferred" -> messages.format(entry.minutes() < 0 ? "counter.statement.entry.given"
                    : "counter.statement.entry.received", amount, other);
            case "booking.cancelled" -> messages.format("counter.statement.entry.refund", amount);
            case "transaction.reversed" -> reversal(entry, page, amount);
            // a link ended or changed (issue 12 part 2): no minutes moved, so no amount
            case "family.unlinked" -> messages.format("counter.statement.entry.unlinked", amount, other);
            case "family.permissions-set" -> messages.format("counter.statement.entry.rights", amount, other);
            case "resident.closed" -> closing(entry, other);
            default -> messages.format("counter.statement.entry.other", amount);
        };
    }

    /** What became of the entry, or a note it carries; empty when there is nothing more to say. */
    Optional<String> note(StatementEntry entry, StatementPage page) {
        if (entry.reversedBy() != null) {
            return Optional.of(page.entry(entry.reversedBy())
                    .map(correction -> messages.format("counter.statement.reversedBy",
                            Words.day(messages, correction.createdAt(), zone)))
                    .orElseGet(() -> messages.text("counter.statement.reversedLater")));
        }
        // A closing's reason is a code, worded in the entry itself.
        if (!"transaction.reversed".equals(entry.type()) && !"resident.closed".equals(entry.type())
                && !entry.reason().isBlank()) {
            return Optional.of(messages.format("counter.statement.note", entry.reason().strip()));
        }
        return Optional.empty();
    }

    /** A reversal of the entry recorded here that the server's statement does not show yet. */
    Optional<String> local(StatementEntry entry, StatementPage page) {
        return page.localReversal(entry).map(reversal -> switch (reversal.standing()) {
            case ON_ITS_WAY, ACCEPTED -> messages.format("counter.statement.onItsWay", reversal.reason());
            case REFUSED -> messages.text("counter.statement.refused." + refusalKey(reversal));
        });
    }

    /** The day and time of the entry. */
    String when(StatementEntry entry) {
        return Words.when(messages, entry.createdAt(), zone);
    }

    /** The day of the entry, "11月23日 星期一". */
    String day(StatementEntry entry) {
        return Words.day(messages, entry.createdAt(), zone);
    }

    /** The time of day of the entry, "09:30". */
    String time(StatementEntry entry) {
        return Words.time(messages, entry.createdAt(), zone);
    }

    /** Minutes with their sign in front, "+1 小时 30 分钟", "−30 分钟"; the minus is a real minus sign. */
    String signed(long minutes) {
        String amount = messages.minutes(Math.abs(minutes));
        return (minutes < 0 ? "\u2212" : "+") + amount;
    }

    /**
     * "Account closed (moved away) — 2 h to 李建国" or "— to the centre"; an overdraft "written off by the centre";
     * on the family member's own statement, "Received from 王秀英, whose account was closed". The minutes are what
     * left or reached the account net, a cancelled booking's refund included.
     */
    private String closing(StatementEntry entry, String other) {
        String why = messages.text("counter.statement.closedWhy." + entry.reason());
        String minutes = messages.minutes(Math.abs(entry.minutes()));
        if (entry.minutes() < 0) {
            return entry.counterpartyId() == null ? messages.format("counter.statement.entry.closedToCentre", why,
                    minutes) : messages.format("counter.statement.entry.closedToMember", why, minutes, other);
        }
        if (entry.minutes() > 0 && entry.counterpartyId() != null) {
            return messages.format("counter.statement.entry.inherited", signed(entry.minutes()), other);
        }
        return entry.minutes() > 0 ? messages.format("counter.statement.entry.closedWrittenOff", why, minutes)
                : messages.format("counter.statement.entry.closed", why);
    }

    private String reversal(StatementEntry entry, StatementPage page, String amount) {
        String reason = entry.reason().isBlank() ? messages.text("counter.statement.noReason") : entry.reason().strip();
        return Optional.ofNullable(entry.reverses()).flatMap(page::entry)
                .map(original -> messages.format("counter.statement.entry.reversal", reason, thing(original),
                        Words.day(messages, original.createdAt(), zone), amount))
                .orElseGet(() -> messages.format("counter.statement.entry.reversalOfEarlier", reason, amount));
    }

    /** "the credit", "the payment", "the gift" … of a reversed entry. */
    private String thing(StatementEntry original) {
        return messages.text(switch (original.type()) {
            case "service.confirmed" -> "counter.statement.thing.credit";
            case "hours.redeemed" -> "counter.statement.thing.payment";
            case "hours.transferred" -> "counter.statement.thing.gift";
            default -> "counter.statement.thing.other";
        });
    }

    /** The three refusals a reversal meets at the server have their own words; any other, the general ones. */
    private static String refusalKey(Corrections.Reversal reversal) {
        String reason = reversal.refusedFor().orElse("");
        return switch (reason) {
            case "unknown-transaction", "nothing-to-reverse", "insufficient-balance" -> reason;
            default -> "other";
        };
    }
}
