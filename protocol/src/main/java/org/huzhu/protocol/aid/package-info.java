/**
 * Charity aid orders and the hospital desk (ADR 0015, docs/protocol.md §12): the matching rule servers and desks both
 * apply, and the records institutions and desks exchange with the server.
 */
package org.huzhu.protocol.aid;
