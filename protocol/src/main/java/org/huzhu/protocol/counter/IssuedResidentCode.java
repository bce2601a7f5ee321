package org.huzhu.protocol.counter;

/**
 * The answer to {@code POST /v1/counter/resident-codes}: the code's record and, this once, its text ({@code HZ1:…},
 * docs/protocol.md §13.1) to print or send. The server keeps no copy of the text: a lost printout is revoked and a new
 * code issued.
 */
public record IssuedResidentCode(ResidentCodeState state, String code) {
}
