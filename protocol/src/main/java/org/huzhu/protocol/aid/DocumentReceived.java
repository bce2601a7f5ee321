package org.huzhu.protocol.aid;

/** The answer of {@code POST /v1/counter/aid-documents}: the server keeps the sealed document of that hash. */
public record DocumentReceived(String sha256) {
}
