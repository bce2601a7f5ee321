package org.huzhu.devices.card.identity;

/**
 * A staff card, before its PIN is checked: presenting it proves nothing yet. The kiosk asks for the PIN and calls
 * {@code ReaderService.verifyStaffPin}.
 *
 * @param staffNumber the number printed on the staff card, upper-case letters, digits and '-'
 */
public record StaffCardIdentity(String staffNumber) implements CardIdentity {

    @Override
    public String profileName() {
        return "staff card";
    }
}
