-- Online bookings no longer attach themselves to a patient's record on weak evidence.
--
-- Matching a returning patient on date of birth plus a phone number let a stranger who knew
-- both add appointments to that person's record (and learn their registered name from the
-- confirmation). Now a booking joins an existing record only on date of birth plus the same
-- email address (where the confirmation goes) and when the record has no other appointment at
-- that time; otherwise the booking gets a new record from what was typed, and the record that
-- looked like the same person is kept here for the front desk to confirm (by merging the two)
-- or to dismiss.
ALTER TABLE online_booking
    ADD COLUMN possible_match_id bigint,
    ADD COLUMN match_dismissed_at timestamptz,
    ADD CONSTRAINT online_booking_possible_match
        FOREIGN KEY (clinic_id, possible_match_id) REFERENCES patient (clinic_id, id);
CREATE INDEX online_booking_open_match_idx ON online_booking (clinic_id)
    WHERE possible_match_id IS NOT NULL AND match_dismissed_at IS NULL;
