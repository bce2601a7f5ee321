-- card.replaced (docs/protocol.md §7): a resident's binding accepts only the card whose number's pseudonym is
-- card_serial_hash; NULL (every resident until a first replacement) accepts any card with their card_hash. Same rules
-- as V1: SQL that both SQLite and PostgreSQL accept.
ALTER TABLE resident ADD COLUMN card_serial_hash TEXT;
