package org.huzhu.protocol.counter;

/** A resident's balance and one page of their history, newest first: the statement they take home. */
public record Statement(ResidentSummary resident, Page<StatementEntry> entries) {
}
