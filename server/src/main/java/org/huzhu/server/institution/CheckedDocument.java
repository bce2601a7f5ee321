package org.huzhu.server.institution;

/**
 * A document a qualification check looked at, by its file name and the SHA-256 of its bytes (64 lower-case hex);
 * the registry keeps the hash, never the document.
 */
public record CheckedDocument(String name, String sha256) {
}
