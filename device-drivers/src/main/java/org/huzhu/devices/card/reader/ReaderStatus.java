package org.huzhu.devices.card.reader;

/** One reader as the backend sees it right now. */
public record ReaderStatus(String name, boolean cardPresent) {
}
