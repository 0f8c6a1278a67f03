-- Languages. Each clinic has a default language (for patients whose own is not known), a
-- region (its conventions for dates, times and numbers: a 12- or 24-hour clock, day-month
-- order) and the first day of its calendar's week. Staff choose their language (none: their
-- browser's); each patient has a preferred language for what is sent to them (none: the
-- clinic's). A clinic keeps one version of each email template per language.
--
-- Languages are BCP 47 primary subtags ('en', 'es'); which ones the app speaks is the code's
-- list (src/i18n/language.rs), so the schema checks only their form.

ALTER TABLE clinic
    ADD COLUMN language text NOT NULL DEFAULT 'en'
        CONSTRAINT clinic_language_form CHECK (language ~ '^[a-z]{2,3}$'),
    ADD COLUMN region text NOT NULL DEFAULT 'GB'
        CONSTRAINT clinic_region_form CHECK (region ~ '^[A-Z]{2}$'),
    -- ISO weekday: 1 is Monday, 7 is Sunday.
    ADD COLUMN week_starts smallint NOT NULL DEFAULT 1
        CONSTRAINT clinic_week_starts_weekday CHECK (week_starts BETWEEN 1 AND 7);

-- Existing clinics: the region of their time zone where it is plain, weeks from Sunday in
-- the Americas (as calendars there are printed).
UPDATE clinic SET
    region = CASE
        WHEN time_zone IN ('America/Toronto', 'America/Vancouver', 'America/Edmonton',
                           'America/Winnipeg', 'America/Halifax') THEN 'CA'
        WHEN time_zone LIKE 'America/%' THEN 'US'
        WHEN time_zone = 'Europe/Madrid' THEN 'ES'
        WHEN time_zone = 'Europe/Paris' THEN 'FR'
        WHEN time_zone = 'Europe/Berlin' THEN 'DE'
        WHEN time_zone = 'Europe/Dublin' THEN 'IE'
        WHEN time_zone LIKE 'Australia/%' THEN 'AU'
        WHEN time_zone = 'Pacific/Auckland' THEN 'NZ'
        ELSE 'GB'
    END,
    week_starts = CASE WHEN time_zone LIKE 'America/%' THEN 7 ELSE 1 END;

ALTER TABLE staff
    ADD COLUMN language text CONSTRAINT staff_language_form CHECK (language ~ '^[a-z]{2,3}$');

ALTER TABLE patient
    ADD COLUMN language text CONSTRAINT patient_language_form CHECK (language ~ '^[a-z]{2,3}$');

-- Templates per language: the ones clinics wrote so far are in English.
ALTER TABLE email_template
    ADD COLUMN language text NOT NULL DEFAULT 'en'
        CONSTRAINT email_template_language_form CHECK (language ~ '^[a-z]{2,3}$');
ALTER TABLE email_template DROP CONSTRAINT email_template_pkey;
ALTER TABLE email_template ADD CONSTRAINT email_template_pkey
    PRIMARY KEY (clinic_id, kind, language);
ALTER TABLE email_template ALTER COLUMN language DROP DEFAULT;

-- An email says which language it was written in (what the outbox shows).
ALTER TABLE email_outbox
    ADD COLUMN language text NOT NULL DEFAULT 'en'
        CONSTRAINT email_outbox_language_form CHECK (language ~ '^[a-z]{2,3}$');
