package org.huzhu.protocol.sync;

/**
 * Why the server stopped before the end of a batch. The envelope at {@code index} and all after it were not stored;
 * the ones before it have verdicts.
 *
 * @param code             e.g. {@code sequence-gap}, {@code bad-signature}, {@code broken-chain}
 * @param expectedSequence the sequence the server needs next from this kiosk
 */
public record BatchStop(int index, String code, String message, long expectedSequence) {
}
