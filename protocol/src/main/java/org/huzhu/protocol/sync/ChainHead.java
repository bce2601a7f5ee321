package org.huzhu.protocol.sync;

/**
 * The last transaction of a kiosk the server holds: sequence 0 and 64 zeros before the first.
 *
 * @param hash the suite hash of that envelope, lower-case hex
 */
public record ChainHead(long sequence, String hash) {
}
