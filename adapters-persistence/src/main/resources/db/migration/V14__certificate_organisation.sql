-- Appendix 5: a foreign specialist's certificate names the healthcare organisation it admits them to work in.
-- NULL for every other certificate, and for every entry registered before.
ALTER TABLE issued_certificate ADD COLUMN organisation VARCHAR(500);
