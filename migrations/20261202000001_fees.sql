-- Fees: each clinic charges in one currency, each appointment type has a fee, and each
-- appointment keeps the fee (and currency) of its type as they were when it was booked, so that
-- a later change of price or currency does not rewrite what past visits were worth. Amounts are
-- in the currency's minor unit (pence, cents): sums are exact.

-- The clinic's currency (ISO 4217; the app offers those with two decimal places). Existing
-- clinics get a guess from their time zone, which an admin corrects on the clinic's page.
ALTER TABLE clinic ADD COLUMN currency text NOT NULL DEFAULT 'GBP'
    CONSTRAINT clinic_currency_check CHECK (currency ~ '^[A-Z]{3}$');
UPDATE clinic SET currency = CASE
    WHEN time_zone LIKE 'America/%' THEN 'USD'
    WHEN time_zone = 'Europe/London' THEN 'GBP'
    WHEN time_zone IN ('Europe/Zurich') THEN 'CHF'
    WHEN time_zone LIKE 'Europe/%' THEN 'EUR'
    WHEN time_zone LIKE 'Australia/%' THEN 'AUD'
    WHEN time_zone = 'Pacific/Auckland' THEN 'NZD'
    ELSE 'GBP' END;

ALTER TABLE appointment_type ADD COLUMN fee_minor bigint NOT NULL DEFAULT 0
    CONSTRAINT appointment_type_fee_check CHECK (fee_minor BETWEEN 0 AND 10000000);

ALTER TABLE appointment
    ADD COLUMN fee_minor bigint NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    ADD COLUMN fee_currency text NOT NULL DEFAULT 'GBP' CHECK (fee_currency ~ '^[A-Z]{3}$');
UPDATE appointment a SET fee_currency = c.currency FROM clinic c WHERE c.id = a.clinic_id;

-- Set when the appointment is made, and again only when its type changes; never otherwise, so
-- every way of booking (staff, online, series, generated data) keeps the fee the same way.
CREATE FUNCTION appointment_keeps_its_fee() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.appointment_type_id IS DISTINCT FROM OLD.appointment_type_id THEN
        SELECT t.fee_minor, c.currency INTO NEW.fee_minor, NEW.fee_currency
        FROM appointment_type t JOIN clinic c ON c.id = t.clinic_id
        WHERE t.id = NEW.appointment_type_id AND t.clinic_id = NEW.clinic_id;
    ELSE
        NEW.fee_minor := OLD.fee_minor;
        NEW.fee_currency := OLD.fee_currency;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER appointment_keeps_its_fee BEFORE INSERT OR UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION appointment_keeps_its_fee();
