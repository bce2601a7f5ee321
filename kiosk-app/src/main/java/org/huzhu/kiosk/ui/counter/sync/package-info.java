/**
 * The counter's sync screen (issue 12, part 5): this station's sync state, the transactions the server rejected from
 * every kiosk of the centre in plain words with what staff should do (one sentence per reason code of
 * docs/protocol.md §7), and starting this station over after the server was restored from an older backup (§6).
 * {@link org.huzhu.kiosk.ui.counter.sync.ServerProblem} words every failed question to the server for the counter's
 * screens.
 */
package org.huzhu.kiosk.ui.counter.sync;
