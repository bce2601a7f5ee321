/**
 * The hospital reception desk (issue 13, ADR 0015): the kiosk app in hospital mode, enrolled for one hospital. A
 * receptionist signed in with their staff card finds the patient's open aid orders at this hospital (asked of the
 * server), enters the hospital's order for the treatment, checks it against the aid order with the protocol's own
 * matching rule, and records it signed on the staff card; the server's verdict is the match. No JavaFX here.
 */
package org.huzhu.kiosk.hospital;
