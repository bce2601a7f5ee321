-- Hospital orders submitted at this hospital desk (issue 13): what the desk showed the receptionist when the order was
-- signed (the patient, the charity, the aid order's figures then), so it can say "paid" once the server accepts the
-- transaction (outbox.state, by sequence) and print the patient's slip without asking the server again.
CREATE TABLE hospital_order (
    sequence              INTEGER PRIMARY KEY,    -- the journal row of its hospital-order.submitted
    aid_order_id          TEXT    NOT NULL,
    patient_id            TEXT    NOT NULL,
    patient_name          TEXT    NOT NULL,
    charity_name          TEXT    NOT NULL,
    purpose               TEXT    NOT NULL,
    hospital_order_number TEXT    NOT NULL,
    amount_fen            INTEGER NOT NULL CHECK (amount_fen > 0),
    remaining_before_fen  INTEGER NOT NULL CHECK (remaining_before_fen >= 0),
    submitted_at          TEXT    NOT NULL
) STRICT;

CREATE INDEX hospital_order_by_number ON hospital_order (hospital_order_number);
