/**
 * What staff do at the counter (ADR 0013), without any UI: enrol a resident, link family, read a resident's file.
 * Every change is a transaction signed on the signed-in staff member's card and recorded through
 * {@link org.huzhu.kiosk.desk.CounterRecorder}, which also wakes the background sync. Blocking (card, disk): call from
 * worker threads.
 */
package org.huzhu.kiosk.desk;
