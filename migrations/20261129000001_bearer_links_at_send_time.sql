-- Bearer links (manage links, staff invitations) are no longer stored in the outbox.
--
-- An email's body was rendered with its link's token when queued, so anyone who could open the
-- outbox (an admin of the email's clinic) could read, say, the invitation of a member of
-- clinics they do not manage and take the account over. Now the body keeps a marker where the
-- token goes (LINK-CREATED-WHEN-SENT), and the delivery worker creates the token as it sends:
-- only its SHA-256 is stored, and the token itself exists only in the message that leaves.
--
-- link_kind says which link an email carries; an invitation also names its staff member.
ALTER TABLE email_outbox
    ADD COLUMN link_kind text CHECK (link_kind IN ('manage', 'invitation')),
    ADD COLUMN staff_id bigint REFERENCES staff (id),
    ADD CONSTRAINT email_outbox_link_target CHECK (
        link_kind IS NULL
        OR (link_kind = 'manage' AND appointment_id IS NOT NULL)
        OR (link_kind = 'invitation' AND staff_id IS NOT NULL));

-- Emails queued before this change: waiting ones get their link created when sent, and the
-- tokens already written into any body are replaced by the marker (the links already
-- delivered keep working; they just cannot be read here any more).
UPDATE email_outbox o SET staff_id = s.id
FROM staff s
WHERE o.kind = 'staff_invitation' AND s.email = o.to_address::citext;

UPDATE email_outbox SET
    link_kind = CASE
        WHEN kind = 'staff_invitation' AND staff_id IS NOT NULL THEN 'invitation'
        WHEN kind <> 'staff_invitation' AND appointment_id IS NOT NULL
             AND text_body ~ '/book/manage/[A-Za-z0-9_-]{43}' THEN 'manage'
    END,
    text_body = regexp_replace(regexp_replace(text_body,
        '/book/manage/[A-Za-z0-9_-]{43}', '/book/manage/LINK-CREATED-WHEN-SENT', 'g'),
        'token=[A-Za-z0-9_-]{43}', 'token=LINK-CREATED-WHEN-SENT', 'g'),
    html_body = regexp_replace(regexp_replace(html_body,
        '&#x2f;book&#x2f;manage&#x2f;[A-Za-z0-9_-]{43}', '&#x2f;book&#x2f;manage&#x2f;LINK-CREATED-WHEN-SENT', 'g'),
        'token=[A-Za-z0-9_-]{43}', 'token=LINK-CREATED-WHEN-SENT', 'g')
WHERE text_body ~ '(/book/manage/|token=)[A-Za-z0-9_-]{43}'
   OR html_body ~ '(manage&#x2f;|token=)[A-Za-z0-9_-]{43}';
