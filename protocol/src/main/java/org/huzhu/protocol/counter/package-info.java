/**
 * The answers of the counter queries (docs/protocol.md §11), the same records on server and counter, read and written
 * with {@link org.huzhu.protocol.sync.SyncJson#MAPPER}. Minutes are whole minutes; a member with nothing to say is
 * {@code null} (documented per member), every other member always has a value.
 */
package org.huzhu.protocol.counter;
