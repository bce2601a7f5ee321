-- card.replaced (issue 12, ADR 0007): card_serial, the pseudonym of the one card number a social-security binding
-- accepts since a replacement (HMAC-SHA-256 of "serial:" + card number under the deployment secret); NULL until then:
-- any card with the binding's card_key is the resident's.
ALTER TABLE card_binding ADD COLUMN card_serial TEXT;
