//! The demo clinics' set-up: contact details, chairs, providers with realistic weekly hours,
//! appointment types, the coming public holidays, 500 made-up patients, and a fortnight of
//! appointments around today (see `demo_appointments`). Written once per clinic (a clinic that
//! already has chairs, patients or appointments keeps them), straight into the tables: demo
//! data is not audited.

use sqlx::PgConnection;

use crate::error::AppError;

/// (name, kind, colour, staff email to link, [(weekdays, starts, ends, chair name)])
type ProviderPlan = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [(&'static [i16], &'static str, &'static str, &'static str)],
);

struct ClinicPlan {
    slug: &'static str,
    calling_code: i16,
    address: &'static str,
    phone: &'static str,
    email: &'static str,
    chairs: &'static [&'static str],
    providers: &'static [ProviderPlan],
    /// (month, day, name) of fixed-date holidays; Thanksgiving is added for New York.
    holidays: &'static [(u32, u32, &'static str)],
}

const MON_THU: &[i16] = &[1, 2, 3, 4];
const MON_FRI: &[i16] = &[1, 2, 3, 4, 5];
const TUE_FRI: &[i16] = &[2, 3, 4, 5];

const PLANS: [ClinicPlan; 2] = [
    ClinicPlan {
        slug: "london",
        calling_code: 44,
        address: "14 Harley Street\nLondon W1G 9PQ\nUnited Kingdom",
        phone: "+44 20 7946 0321",
        email: "london@demo.test",
        chairs: &["Surgery 1", "Surgery 2", "Surgery 3", "Hygiene room"],
        providers: &[
            (
                "Dr Sam Patel",
                "dentist",
                "#1f7a8c",
                Some("dentist@demo.test"),
                &[
                    (MON_THU, "08:30", "12:30", "Surgery 1"),
                    (MON_THU, "13:30", "17:30", "Surgery 1"),
                    (&[5], "08:30", "13:00", "Surgery 1"),
                ],
            ),
            (
                "Dr Amelia Hughes",
                "dentist",
                "#8e44ad",
                None,
                &[
                    (TUE_FRI, "09:00", "13:00", "Surgery 2"),
                    (TUE_FRI, "14:00", "18:00", "Surgery 2"),
                    (&[6], "09:00", "13:00", "Surgery 2"),
                ],
            ),
            (
                "Dr Oliver Bennett",
                "dentist",
                "#c0392b",
                None,
                &[
                    (&[1, 4], "10:00", "14:00", "Surgery 3"),
                    (&[1, 4], "14:30", "19:00", "Surgery 3"),
                ],
            ),
            (
                "Jordan Lee",
                "hygienist",
                "#27ae60",
                Some("hygienist@demo.test"),
                &[
                    (&[1, 3, 5], "09:00", "12:30", "Hygiene room"),
                    (&[1, 3, 5], "13:30", "17:00", "Hygiene room"),
                ],
            ),
        ],
        holidays: &[(12, 25, "Christmas Day"), (12, 26, "Boxing Day"), (1, 1, "New Year's Day")],
    },
    ClinicPlan {
        slug: "new-york",
        calling_code: 1,
        address: "350 Fifth Avenue, Suite 4100\nNew York, NY 10118\nUnited States",
        phone: "+1 212 555 0142",
        email: "newyork@demo.test",
        chairs: &["Operatory A", "Operatory B", "Hygiene 1"],
        providers: &[
            (
                "Dr Maria Gonzalez",
                "dentist",
                "#2c6fbb",
                None,
                &[
                    (MON_FRI, "08:00", "12:00", "Operatory A"),
                    (MON_FRI, "13:00", "17:00", "Operatory A"),
                ],
            ),
            (
                "Dr David Kim",
                "dentist",
                "#d35400",
                None,
                &[
                    (MON_THU, "10:00", "14:00", "Operatory B"),
                    (MON_THU, "14:30", "19:00", "Operatory B"),
                ],
            ),
            (
                "Rachel Cohen",
                "hygienist",
                "#16a085",
                None,
                &[
                    (&[2, 3, 4, 5, 6], "08:00", "12:00", "Hygiene 1"),
                    (&[2, 3, 4, 5, 6], "12:45", "16:00", "Hygiene 1"),
                ],
            ),
        ],
        holidays: &[
            (12, 25, "Christmas Day"),
            (1, 1, "New Year's Day"),
            (7, 4, "Independence Day"),
        ],
    },
];

/// (name, minutes, buffer before, buffer after, colour, online, needs a chair, performed by)
/// (name, minutes, before, after, colour, online, needs a chair, performed by, fee in
/// hundredths of the clinic's currency)
/// Name, minutes, buffers before and after, colour, online, needs a chair, who performs it, fee,
/// and its recall rule (what a completed visit makes the patient due for, after how many months).
type TypePlan = (
    &'static str,
    i32,
    i32,
    i32,
    &'static str,
    bool,
    bool,
    &'static [&'static str],
    i64,
    Option<(&'static str, i32)>,
);

const DENTISTS: &[&str] = &["dentist"];
const HYGIENISTS: &[&str] = &["hygienist"];
const EVERYONE: &[&str] = &["dentist", "hygienist"];

const TYPES: [TypePlan; 8] = [
    ("New patient exam", 45, 0, 10, "#3b7dd8", true, true, DENTISTS, 7500, Some(("Exam", 12))),
    ("Check-up", 30, 0, 5, "#5dade2", true, true, DENTISTS, 4500, Some(("Exam", 12))),
    ("Hygiene cleaning", 45, 5, 10, "#48c9b0", true, true, HYGIENISTS, 6500, Some(("Hygiene", 6))),
    ("Filling", 60, 10, 10, "#f5b041", false, true, DENTISTS, 12000, None),
    ("Crown preparation", 90, 10, 15, "#af7ac5", false, true, DENTISTS, 45000, None),
    ("Extraction", 45, 10, 15, "#ec7063", false, true, DENTISTS, 15000, None),
    ("Emergency visit", 30, 5, 10, "#e74c3c", false, true, EVERYONE, 8500, None),
    ("Whitening consultation", 30, 0, 5, "#f7dc6f", true, false, EVERYONE, 0, None),
];

pub async fn load(conn: &mut PgConnection) -> Result<(), AppError> {
    for plan in &PLANS {
        let clinic: (i64, bool) = sqlx::query_as(
            "SELECT id, EXISTS (SELECT 1 FROM chair WHERE chair.clinic_id = clinic.id)
             FROM clinic WHERE slug = $1",
        )
        .bind(plan.slug)
        .fetch_one(&mut *conn)
        .await?;
        let (clinic_id, already_set_up) = clinic;
        if already_set_up {
            continue;
        }
        // Recall emails start off: the demo's made-up patients are many, and due at once.
        sqlx::query(
            "UPDATE clinic SET address = $2, phone = $3, email = $4, calling_code = $5,
                    recall_email_days_before = NULL
             WHERE id = $1",
        )
        .bind(clinic_id)
        .bind(plan.address)
        .bind(plan.phone)
        .bind(plan.email)
        .bind(plan.calling_code)
        .execute(&mut *conn)
        .await?;
        for (order, chair) in plan.chairs.iter().enumerate() {
            sqlx::query("INSERT INTO chair (clinic_id, name, display_order) VALUES ($1, $2, $3)")
                .bind(clinic_id)
                .bind(chair)
                .bind(order as i32 + 1)
                .execute(&mut *conn)
                .await?;
        }
        for (name, kind, colour, staff, hours) in plan.providers {
            let provider_id: i64 = sqlx::query_scalar(
                "INSERT INTO provider (clinic_id, name, kind, colour, staff_id)
                 VALUES ($1, $2, $3, $4,
                         (SELECT s.id FROM staff s JOIN staff_clinic sc ON sc.staff_id = s.id
                          WHERE s.email = $5::citext AND sc.clinic_id = $1))
                 RETURNING id",
            )
            .bind(clinic_id)
            .bind(name)
            .bind(kind)
            .bind(colour)
            .bind(staff)
            .fetch_one(&mut *conn)
            .await?;
            for (days, starts, ends, chair) in *hours {
                // From the start of this year, so past weeks of the demo calendar have hours.
                sqlx::query(
                    "INSERT INTO working_hours
                         (clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from)
                     SELECT $1, $2, (SELECT id FROM chair WHERE clinic_id = $1 AND name = $3),
                            day, $4::time, $5::time, date_trunc('year', now())::date
                     FROM unnest($6::smallint[]) AS day",
                )
                .bind(clinic_id)
                .bind(provider_id)
                .bind(chair)
                .bind(starts)
                .bind(ends)
                .bind(days)
                .execute(&mut *conn)
                .await?;
            }
        }
        for (name, minutes, before, after, colour, online, chair, kinds, fee, recall) in TYPES {
            let type_id: i64 = sqlx::query_scalar(
                "INSERT INTO appointment_type (clinic_id, name, duration_minutes,
                     buffer_before_minutes, buffer_after_minutes, colour, online_bookable,
                     needs_chair, fee_minor, recall_kind, recall_months)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            )
            .bind(clinic_id)
            .bind(name)
            .bind(minutes)
            .bind(before)
            .bind(after)
            .bind(colour)
            .bind(online)
            .bind(chair)
            .bind(fee)
            .bind(recall.map(|(kind, _)| kind))
            .bind(recall.map(|(_, months)| months))
            .fetch_one(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
                 SELECT $1, $2, id FROM provider WHERE clinic_id = $1 AND kind = ANY($3)",
            )
            .bind(clinic_id)
            .bind(type_id)
            .bind(kinds)
            .execute(&mut *conn)
            .await?;
        }
        for (name, body) in NOTE_TEMPLATES {
            sqlx::query("INSERT INTO note_template (clinic_id, name, body) VALUES ($1, $2, $3)")
                .bind(clinic_id)
                .bind(name)
                .bind(body)
                .execute(&mut *conn)
                .await?;
        }
        add_holidays(conn, clinic_id, plan).await?;
    }
    load_patients(conn).await?;
    load_appointments(conn).await
}

/// Each demo clinic's clinical note templates.
const NOTE_TEMPLATES: [(&str, &str); 2] = [
    (
        "Check-up",
        "Complaint:\nMedical history reviewed:\nFindings:\nTreatment:\nAdvice and next visit:",
    ),
    (
        "Extraction",
        "Tooth:\nConsent:\nAnaesthetic (type, amount):\nProcedure:\nHaemostasis:\nPost-operative advice given:",
    ),
];

/// The fortnight of appointments around today for each demo clinic: the days of it that have
/// none yet (every day on a first load).
async fn load_appointments(conn: &mut PgConnection) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    for plan in &PLANS {
        let clinic_id: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = $1")
            .bind(plan.slug)
            .fetch_one(&mut *conn)
            .await?;
        let added = super::demo_appointments::add(conn, clinic_id, now).await?;
        if added > 0 {
            tracing::info!(clinic = plan.slug, appointments = added, "demo appointments added");
        }
    }
    Ok(())
}

/// Patients per demo clinic.
const DEMO_PATIENTS: usize = 500;

/// Made-up patients for each demo clinic that has none yet.
async fn load_patients(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    for plan in &PLANS {
        let (clinic_id, empty): (i64, bool) = sqlx::query_as(
            "SELECT id, NOT EXISTS (SELECT 1 FROM patient WHERE patient.clinic_id = clinic.id)
             FROM clinic WHERE slug = $1",
        )
        .bind(plan.slug)
        .fetch_one(&mut *conn)
        .await?;
        if empty {
            super::patient_generator::generate(conn, clinic_id, DEMO_PATIENTS, clinic_id as u64)
                .await?;
            add_recalls(conn, clinic_id).await?;
        }
    }
    Ok(())
}

/// Recalls as if the demo patients had been coming for years: most are due for hygiene, half
/// for an exam, on days from three months ago to four months ahead (spread by a hash of the
/// patient, the same on every load), each set by a visit a recall period before.
async fn add_recalls(conn: &mut PgConnection, clinic_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO patient_recall (clinic_id, patient_id, kind, due_on, last_visit_on)
         SELECT p.clinic_id, p.id, k.kind, d.due, (d.due - make_interval(months => k.months))::date
         FROM patient p
         CROSS JOIN (VALUES ('Hygiene', 6, 70), ('Exam', 12, 50)) AS k(kind, months, percent)
         CROSS JOIN LATERAL (SELECT current_date + (abs(hashtext(p.id || k.kind)) % 211) - 90
                                    AS due) d
         WHERE p.clinic_id = $1 AND abs(hashtext(k.kind || p.id)) % 100 < k.percent",
    )
    .bind(clinic_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The next occurrence of each holiday (whole local days in the clinic's zone), and for New
/// York, Thanksgiving (the fourth Thursday of November).
async fn add_holidays(
    conn: &mut PgConnection,
    clinic_id: i64,
    plan: &ClinicPlan,
) -> Result<(), sqlx::Error> {
    const NEXT: &str = "WITH today AS (
            SELECT (now() AT TIME ZONE c.time_zone)::date AS d, c.time_zone AS tz
            FROM clinic c WHERE c.id = $1),
        day AS (
            SELECT CASE WHEN make_date(extract(year FROM d)::int, $2, $3) >= d
                        THEN make_date(extract(year FROM d)::int, $2, $3)
                        ELSE make_date(extract(year FROM d)::int + 1, $2, $3) END AS d, tz
            FROM today)";
    for (month, day, name) in plan.holidays {
        sqlx::query(&format!(
            "{NEXT}
             INSERT INTO time_off (clinic_id, period, reason)
             SELECT $1, tstzrange(d::timestamp AT TIME ZONE tz, (d + 1)::timestamp AT TIME ZONE tz), $4
             FROM day"
        ))
        .bind(clinic_id)
        .bind(*month as i32)
        .bind(*day as i32)
        .bind(name)
        .execute(&mut *conn)
        .await?;
    }
    if plan.slug == "new-york" {
        sqlx::query(
            "WITH today AS (SELECT (now() AT TIME ZONE c.time_zone)::date AS d, c.time_zone AS tz
                           FROM clinic c WHERE c.id = $1),
                  candidates AS (
                    SELECT (make_date(y, 11, 1) + ((4 - extract(isodow FROM make_date(y, 11, 1))::int + 7) % 7) + 21) AS d, tz
                    FROM today, generate_series(extract(year FROM d)::int, extract(year FROM d)::int + 1) AS y)
             INSERT INTO time_off (clinic_id, period, reason)
             SELECT $1, tstzrange(c.d::timestamp AT TIME ZONE c.tz, (c.d + 1)::timestamp AT TIME ZONE c.tz),
                    'Thanksgiving'
             FROM candidates c, today t WHERE c.d >= t.d ORDER BY c.d LIMIT 1",
        )
        .bind(clinic_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
