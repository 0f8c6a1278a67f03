-- Calendar feeds: a provider's appointments as an iCalendar feed at a secret address
-- (/feeds/{token}.ics) that Google Calendar, Apple Calendar and Outlook subscribe to. Like
-- every token, only its SHA-256 is kept; the address is shown once, when the feed is turned
-- on. A provider has at most one live feed: turning it on again replaces the address, turning
-- it off revokes it.
CREATE TABLE calendar_feed (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id       bigint NOT NULL REFERENCES clinic (id),
    provider_id     bigint NOT NULL,
    token_hash      bytea NOT NULL UNIQUE,
    created_by      bigint REFERENCES staff (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    last_fetched_at timestamptz,
    FOREIGN KEY (clinic_id, provider_id) REFERENCES provider (clinic_id, id)
);
CREATE UNIQUE INDEX calendar_feed_one_live ON calendar_feed (provider_id) WHERE revoked_at IS NULL;

-- How much of the patient a feed shows beside the appointment type: nothing, initials (the
-- default), or the name. Calendars on phones are read by others and synced to other companies'
-- servers; the clinic decides.
ALTER TABLE clinic
    ADD COLUMN feed_patient_detail text NOT NULL DEFAULT 'initials'
        CHECK (feed_patient_detail IN ('none', 'initials', 'name'));
