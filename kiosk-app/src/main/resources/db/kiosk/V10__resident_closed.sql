-- resident.closed (issue 12, docs/protocol.md §7): when staff closed the resident's account (the transaction's
-- createdAt, from the server's snapshot), NULL while it is open. A closed resident's card signs nobody in: the kiosk
-- says the account is closed and to ask at the counter; their balance, bookings and history stay as the server has
-- them.
ALTER TABLE resident ADD COLUMN closed_at TEXT;
