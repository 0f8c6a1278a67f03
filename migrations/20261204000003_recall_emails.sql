-- Recall emails: each clinic emails its patients (those with an address who agreed to email
-- reminders) a set number of days before a recall falls due, and once more if they have still
-- not booked some days after that first email. NULL turns either email off.
ALTER TABLE clinic
    ADD COLUMN recall_email_days_before integer DEFAULT 14
        CHECK (recall_email_days_before BETWEEN 0 AND 90),
    ADD COLUMN recall_email_again_after_days integer DEFAULT 14
        CHECK (recall_email_again_after_days BETWEEN 1 AND 180);

ALTER TABLE email_template DROP CONSTRAINT email_template_kind_check;
ALTER TABLE email_template ADD CONSTRAINT email_template_kind_check
    CHECK (kind IN ('booking_confirmation', 'rescheduled', 'cancelled', 'reminder',
                    'staff_invitation', 'recall'));

-- A recall email is about one recall, its due date and its stage (the first, or the second);
-- exactly one of each, whatever several servers do at once.
ALTER TABLE email_outbox
    ADD COLUMN recall_id bigint REFERENCES patient_recall (id),
    ADD COLUMN recall_due date,
    ADD COLUMN recall_stage text CHECK (recall_stage IN ('first', 'second')),
    ADD CONSTRAINT email_outbox_recall_email
        CHECK ((kind = 'recall') = (recall_id IS NOT NULL AND recall_due IS NOT NULL
                                    AND recall_stage IS NOT NULL));
CREATE UNIQUE INDEX email_outbox_one_recall_email
    ON email_outbox (recall_id, recall_due, recall_stage) WHERE kind = 'recall';
