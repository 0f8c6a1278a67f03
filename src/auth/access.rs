//! The registry of every server function and the access it requires.
//!
//! Each server function authorizes itself (its first line calls `require`); this table states
//! what that call must be, so one test can check every function against the permission matrix
//! for every role and for an anonymous caller. A server function missing from the table fails
//! that test: adding one means deciding, here, who may call it.

use crate::domain::Permission;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not (sign-in itself, the connection check, "who am I").
    Public,
    /// A signed-in staff member whose role has this permission.
    Requires(Permission),
}

#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    /// The URL path, `/api/...`.
    pub path: &'static str,
    pub access: Access,
    /// Well-formed arguments for a test call (form fields), so that argument decoding passes
    /// and the answer shows only the authorization decision.
    pub sample: &'static [(&'static str, &'static str)],
}

pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint { path: "/api/system/connection", access: Access::Public, sample: &[] },
    Endpoint {
        path: "/api/auth/sign-in",
        access: Access::Public,
        sample: &[("email", "not-an-email"), ("password", "x")],
    },
    Endpoint { path: "/api/auth/sign-out", access: Access::Public, sample: &[] },
    Endpoint { path: "/api/auth/current-user", access: Access::Public, sample: &[] },
    Endpoint {
        path: "/api/account/sessions",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[],
    },
    Endpoint {
        path: "/api/account/sessions/revoke",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[("id", "00000000-0000-4000-8000-000000000000")],
    },
    Endpoint {
        path: "/api/account/sessions/revoke-others",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[],
    },
    Endpoint {
        // Zero for someone not signed in (the bell asks as its page signs out).
        path: "/api/notifications/unread",
        access: Access::Public,
        sample: &[],
    },
    Endpoint {
        path: "/api/notifications/list",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[],
    },
    Endpoint {
        path: "/api/notifications/mark-read",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[("id", "0")],
    },
    Endpoint {
        path: "/api/notifications/choose",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[("wanted[]", "online_booked")],
    },
    Endpoint {
        path: "/api/account/language",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[],
    },
    Endpoint {
        path: "/api/account/language/choose",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[("language", "fr")],
    },
    Endpoint {
        path: "/api/account/password",
        access: Access::Requires(Permission::ManageOwnAccount),
        sample: &[("current_password", "x"), ("new_password", "y"), ("confirm_password", "y")],
    },
    Endpoint {
        path: "/api/staff/list",
        access: Access::Requires(Permission::ManageStaff),
        sample: &[],
    },
    Endpoint {
        path: "/api/staff/set-active",
        access: Access::Requires(Permission::ManageStaff),
        sample: &[("staff_id", "0"), ("active", "true")],
    },
    Endpoint {
        path: "/api/staff/create",
        access: Access::Requires(Permission::ManageStaff),
        sample: &[("form[display_name]", "")],
    },
    Endpoint {
        path: "/api/staff/set-clinics",
        access: Access::Requires(Permission::ManageStaff),
        sample: &[("staff_id", "0")],
    },
    Endpoint {
        path: "/api/auth/accept-invitation",
        access: Access::Public,
        sample: &[("token", "x"), ("new_password", "y"), ("confirm_password", "y")],
    },
    // Online booking: patients without an account. Each is rate-limited or reached only with
    // a random key (a held booking) or token (a manage link).
    Endpoint { path: "/api/book/clinics", access: Access::Public, sample: &[] },
    Endpoint {
        path: "/api/book/staff/seen",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[],
    },
    Endpoint {
        path: "/api/book/staff/not-same-person",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[("booking_id", "0")],
    },
    Endpoint {
        path: "/api/book/step",
        access: Access::Public,
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/book/hold",
        access: Access::Public,
        sample: &[
            ("clinic", "no-such-clinic"),
            ("key", "x"),
            ("appointment_type_id", "0"),
            ("provider_id", "0"),
            ("starts_at", "2030-01-01T10:00"),
        ],
    },
    Endpoint {
        path: "/api/book/progress",
        access: Access::Public,
        sample: &[("clinic", "no-such-clinic"), ("key", "x")],
    },
    Endpoint {
        path: "/api/book/details",
        access: Access::Public,
        sample: &[("clinic", "no-such-clinic"), ("key", "x"), ("form[first_name]", "x")],
    },
    Endpoint {
        path: "/api/book/confirm",
        access: Access::Public,
        sample: &[("clinic", "no-such-clinic"), ("key", "x")],
    },
    Endpoint { path: "/api/book/manage", access: Access::Public, sample: &[("token", "x")] },
    Endpoint {
        path: "/api/book/manage/confirm",
        access: Access::Public,
        sample: &[("token", "x")],
    },
    Endpoint { path: "/api/book/manage/cancel", access: Access::Public, sample: &[("token", "x")] },
    Endpoint {
        path: "/api/book/manage/reschedule",
        access: Access::Public,
        sample: &[("token", "x"), ("provider_id", "0"), ("starts_at", "2030-01-01T10:00")],
    },
    Endpoint { path: "/api/book/offer", access: Access::Public, sample: &[("token", "x")] },
    Endpoint { path: "/api/book/offer/claim", access: Access::Public, sample: &[("token", "x")] },
    Endpoint {
        path: "/api/staff/set-role",
        access: Access::Requires(Permission::ManageStaff),
        sample: &[("staff_id", "0"), ("role", "dentist")],
    },
    Endpoint {
        path: "/api/setup/clinics",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[],
    },
    Endpoint {
        path: "/api/setup/clinic",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/clinic/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[name]", "x")],
    },
    Endpoint {
        path: "/api/setup/chairs",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/chairs/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[name]", "x")],
    },
    Endpoint {
        path: "/api/setup/chairs/set-active",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/setup/cancel-reasons",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/cancel-reasons/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[label]", "x")],
    },
    Endpoint {
        path: "/api/setup/cancel-reasons/set-active",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/setup/providers",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/providers/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[name]", "x")],
    },
    Endpoint {
        path: "/api/setup/providers/set-active",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/setup/hours",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic"), ("provider_id", "0")],
    },
    Endpoint {
        path: "/api/setup/hours/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("provider_id", "0"), ("form[valid_from]", "x")],
    },
    Endpoint {
        path: "/api/setup/time-off",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/time-off/add",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[reason]", "x")],
    },
    Endpoint {
        path: "/api/setup/time-off/remove",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0")],
    },
    Endpoint {
        path: "/api/setup/types",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/setup/types/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[name]", "x")],
    },
    Endpoint {
        path: "/api/setup/types/set-active",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/patients/search",
        access: Access::Requires(Permission::ViewPatients),
        sample: &[],
    },
    Endpoint {
        path: "/api/patients/get",
        access: Access::Requires(Permission::ViewPatients),
        sample: &[("id", "0")],
    },
    Endpoint {
        path: "/api/patients/new",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[],
    },
    Endpoint {
        path: "/api/patients/create",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[("clinic", "no-such-clinic"), ("form[first_name]", "x")],
    },
    Endpoint {
        path: "/api/patients/update",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[("id", "0"), ("version", "1"), ("form[first_name]", "x")],
    },
    Endpoint {
        path: "/api/patients/set-archived",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[("id", "0"), ("archived", "true")],
    },
    Endpoint {
        path: "/api/documents/purge",
        access: Access::Requires(Permission::PurgePatientDocuments),
        sample: &[("id", "0"), ("reason", "uploaded to the wrong patient")],
    },
    Endpoint {
        path: "/api/patients/medical/save",
        access: Access::Requires(Permission::EditMedicalHistory),
        sample: &[("patient_id", "0"), ("form[kind]", "alert")],
    },
    Endpoint {
        path: "/api/patients/medical/set-active",
        access: Access::Requires(Permission::EditMedicalHistory),
        sample: &[("patient_id", "0"), ("item_id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/patients/merge/preview",
        access: Access::Requires(Permission::MergePatients),
        sample: &[("survivor", "0"), ("merged", "P-000001")],
    },
    Endpoint {
        path: "/api/patients/merge",
        access: Access::Requires(Permission::MergePatients),
        sample: &[("survivor", "0"), ("merged", "1")],
    },
    Endpoint {
        path: "/api/appointments/book",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[
            ("patient_id", "0"),
            ("appointment_type_id", "0"),
            ("provider_id", "0"),
            ("starts_at", "2030-01-07T10:00"),
        ],
    },
    Endpoint {
        path: "/api/appointments/next-free",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("patient_id", "0")],
    },
    Endpoint {
        path: "/api/appointments/set-status",
        access: Access::Requires(Permission::UpdateAppointmentStatus),
        sample: &[("id", "0"), ("version", "1"), ("status", "arrived")],
    },
    Endpoint {
        path: "/api/recall/list",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/recall/contact",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("recall_id", "0"), ("outcome", "called")],
    },
    Endpoint {
        path: "/api/webhooks/list",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/webhooks/create",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[webhook_url]", "https://example.com/h")],
    },
    Endpoint {
        path: "/api/webhooks/disable",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("endpoint_id", "0")],
    },
    Endpoint {
        path: "/api/webhooks/test",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("endpoint_id", "0")],
    },
    Endpoint {
        path: "/api/documents/archive",
        access: Access::Requires(Permission::ManagePatientDocuments),
        sample: &[("id", "0"), ("archived", "true")],
    },
    Endpoint {
        path: "/api/documents/purge",
        access: Access::Requires(Permission::PurgePatientDocuments),
        sample: &[("id", "0"), ("reason", "uploaded to the wrong patient")],
    },
    Endpoint {
        path: "/api/notes/get",
        access: Access::Requires(Permission::WriteClinicalNotes),
        sample: &[("appointment_id", "0")],
    },
    Endpoint {
        path: "/api/notes/save",
        access: Access::Requires(Permission::WriteClinicalNotes),
        sample: &[("appointment_id", "0"), ("version", "0"), ("body", "x")],
    },
    Endpoint {
        path: "/api/notes/sign",
        access: Access::Requires(Permission::WriteClinicalNotes),
        sample: &[("appointment_id", "0"), ("version", "1")],
    },
    Endpoint {
        path: "/api/notes/addendum",
        access: Access::Requires(Permission::WriteClinicalNotes),
        sample: &[("appointment_id", "0"), ("addendum", "x")],
    },
    Endpoint {
        path: "/api/note-templates/list",
        access: Access::Requires(Permission::ViewClinicSetup),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/note-templates/save",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[template_name]", "x")],
    },
    Endpoint {
        path: "/api/note-templates/set-active",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("id", "0"), ("active", "false")],
    },
    Endpoint {
        path: "/api/note-templates/unsigned-days",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("unsigned_note_days", "3")],
    },
    Endpoint {
        path: "/api/api-keys/list",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/api-keys/create",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[key_name]", "Phone system")],
    },
    Endpoint {
        path: "/api/api-keys/revoke",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("key_id", "0")],
    },
    Endpoint {
        path: "/api/api-keys/origins",
        access: Access::Requires(Permission::ManageClinicSetup),
        sample: &[("clinic", "no-such-clinic"), ("form[api_origins]", "")],
    },
    Endpoint {
        path: "/api/feeds/mine",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[],
    },
    Endpoint {
        path: "/api/feeds/turn-on",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[("provider_id", "0")],
    },
    Endpoint {
        path: "/api/feeds/turn-off",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[("provider_id", "0")],
    },
    Endpoint {
        path: "/api/asap/list",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/asap/add",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[
            ("patient_id", "0"),
            ("form[asap_type]", "0"),
            ("form[asap_until]", "2030-01-01"),
        ],
    },
    Endpoint {
        path: "/api/asap/remove",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("request_id", "0")],
    },
    Endpoint {
        path: "/api/asap/offer",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("opening_id", "0"), ("request_id", "0")],
    },
    Endpoint {
        path: "/api/recall/set-due",
        access: Access::Requires(Permission::EditPatientDetails),
        sample: &[
            ("patient_id", "0"),
            ("form[recall_kind]", "Hygiene"),
            ("form[recall_due_on]", "2030-01-01"),
            ("form[recall_reason]", "x"),
        ],
    },
    Endpoint {
        path: "/api/appointments/confirmations",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/appointments/confirmations/record",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("id", "0"), ("version", "1"), ("outcome", "no_answer")],
    },
    Endpoint {
        path: "/api/appointments/availability",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[
            ("clinic", "test-clinic"),
            ("appointment_type_id", "0"),
            ("from", "2030-01-07"),
            ("days", "1"),
        ],
    },
    Endpoint {
        path: "/api/appointments/calendar",
        access: Access::Requires(Permission::ViewCalendar),
        sample: &[("date", "2030-01-07")],
    },
    Endpoint {
        path: "/api/appointments/my-day",
        access: Access::Requires(Permission::ViewOwnDay),
        sample: &[("date", "2030-01-07")],
    },
    Endpoint {
        path: "/api/appointments/series/plan",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[
            ("form[patient_id]", "0"),
            ("form[appointment_type_id]", "0"),
            ("form[provider_id]", "0"),
            ("form[starts_at]", "2030-01-07T10:00"),
            ("form[every]", "1"),
            ("form[unit]", "weeks"),
            ("form[occurrences]", "2"),
        ],
    },
    Endpoint {
        path: "/api/appointments/series/book",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[
            ("form[patient_id]", "0"),
            ("form[appointment_type_id]", "0"),
            ("form[provider_id]", "0"),
            ("form[starts_at]", "2030-01-07T10:00"),
            ("form[every]", "1"),
            ("form[unit]", "weeks"),
            ("form[occurrences]", "2"),
        ],
    },
    Endpoint {
        path: "/api/appointments/affected",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("time_off_id", "0")],
    },
    Endpoint {
        path: "/api/appointments/affected/apply",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[("time_off_id", "0")],
    },
    Endpoint {
        path: "/api/appointments/reschedule",
        access: Access::Requires(Permission::BookAppointments),
        sample: &[
            ("id", "0"),
            ("version", "1"),
            ("provider_id", "0"),
            ("starts_at", "2030-01-07T10:00"),
        ],
    },
    Endpoint {
        path: "/api/audit/log",
        access: Access::Requires(Permission::ViewAuditLog),
        sample: &[],
    },
    Endpoint {
        path: "/api/audit/verify",
        access: Access::Requires(Permission::ViewAuditLog),
        sample: &[],
    },
    Endpoint {
        path: "/api/audit/export",
        access: Access::Requires(Permission::ViewAuditLog),
        sample: &[("from", "2026-01-01"), ("to", "2026-01-31")],
    },
    Endpoint {
        path: "/api/reports/practice",
        access: Access::Requires(Permission::ViewReports),
        sample: &[("clinic", "no-such-clinic")],
    },
    Endpoint {
        path: "/api/reports/export",
        access: Access::Requires(Permission::ViewReports),
        sample: &[("clinic", "no-such-clinic"), ("table", "providers")],
    },
    Endpoint {
        path: "/api/email/outbox",
        access: Access::Requires(Permission::ManageOutbox),
        sample: &[],
    },
    Endpoint {
        path: "/api/email/outbox/counts",
        access: Access::Requires(Permission::ManageOutbox),
        sample: &[],
    },
    Endpoint {
        path: "/api/email/outbox/get",
        access: Access::Requires(Permission::ManageOutbox),
        sample: &[("id", "0")],
    },
    Endpoint {
        path: "/api/email/outbox/retry",
        access: Access::Requires(Permission::ManageOutbox),
        sample: &[("id", "0")],
    },
    Endpoint {
        path: "/api/email/outbox/cancel",
        access: Access::Requires(Permission::ManageOutbox),
        sample: &[("id", "0")],
    },
    Endpoint {
        path: "/api/email/templates",
        access: Access::Requires(Permission::ManageEmailTemplates),
        sample: &[("clinic", "test-clinic")],
    },
    Endpoint {
        path: "/api/email/templates/get",
        access: Access::Requires(Permission::ManageEmailTemplates),
        sample: &[("clinic", "test-clinic"), ("kind", "reminder")],
    },
    Endpoint {
        path: "/api/email/templates/preview",
        access: Access::Requires(Permission::ManageEmailTemplates),
        sample: &[
            ("clinic", "test-clinic"),
            ("kind", "reminder"),
            ("form[subject]", "s"),
            ("form[text_body]", "t"),
            ("form[html_body]", "h"),
        ],
    },
    Endpoint {
        path: "/api/email/templates/save",
        access: Access::Requires(Permission::ManageEmailTemplates),
        sample: &[
            ("clinic", "test-clinic"),
            ("kind", "reminder"),
            ("form[subject]", "s"),
            ("form[text_body]", "t"),
            ("form[html_body]", "h"),
        ],
    },
    Endpoint {
        path: "/api/email/templates/reset",
        access: Access::Requires(Permission::ManageEmailTemplates),
        sample: &[("clinic", "test-clinic"), ("kind", "reminder")],
    },
];
