/**
 * Resident codes (docs/protocol.md §13, ADR 0018): a short token the server signs for one resident, printed at the
 * counter or shown on a family member's phone as a QR code, which a kiosk verifies offline with the server key it
 * pinned at enrolment. No JavaFX, no I/O: bytes and text in, records or typed errors out.
 */
package org.huzhu.protocol.residentcode;
