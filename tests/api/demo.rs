//! The development demo data: loaded twice, it is there once, and its set-up obeys the rules.

use chairside::server::demo;
use sqlx::PgPool;

#[sqlx::test]
async fn the_demo_data_loads_once_with_two_clinics_set_up(pool: PgPool) {
    demo::load(&pool).await.unwrap();
    demo::load(&pool).await.unwrap();

    let counts: Vec<(String, String, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.slug, c.time_zone,
                (SELECT count(*) FROM chair WHERE clinic_id = c.id),
                (SELECT count(*) FROM provider WHERE clinic_id = c.id),
                (SELECT count(*) FROM appointment_type WHERE clinic_id = c.id),
                (SELECT count(*) FROM time_off WHERE clinic_id = c.id),
                (SELECT count(DISTINCT provider_id) FROM working_hours WHERE clinic_id = c.id)
         FROM clinic c ORDER BY c.slug",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        counts,
        vec![
            ("london".into(), "Europe/London".into(), 4, 4, 8, 3, 4),
            ("new-york".into(), "America/New_York".into(), 3, 3, 8, 4, 3),
        ]
    );
    // The demo dentist and hygienist are linked to their providers, for their own day view.
    let linked: Vec<String> = sqlx::query_scalar(
        "SELECT s.email::text FROM provider p JOIN staff s ON s.id = p.staff_id ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(linked, ["dentist@demo.test", "hygienist@demo.test"]);
    // Every type can be performed by someone.
    let unperformed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment_type t
         WHERE NOT EXISTS (SELECT 1 FROM appointment_type_provider WHERE appointment_type_id = t.id)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unperformed, 0);
    // Holidays are whole local days: 24 hours long except across a clock change.
    let lengths: Vec<f64> = sqlx::query_scalar(
        "SELECT (extract(epoch FROM upper(period) - lower(period)) / 3600)::float8 FROM time_off",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(lengths.iter().all(|h| *h == 24.0), "{lengths:?}");

    // 500 made-up patients per clinic, about one in ten with a medical history entry, and
    // phone numbers in each clinic's country.
    let patients: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.slug, count(p.id),
                count(p.id) FILTER (WHERE EXISTS (SELECT 1 FROM medical_item m WHERE m.patient_id = p.id)),
                count(p.id) FILTER (WHERE p.mobile_phone LIKE '+' || c.calling_code || '%')
         FROM clinic c JOIN patient p ON p.clinic_id = c.id GROUP BY c.slug ORDER BY c.slug",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for (slug, count, with_history, local_phones) in patients {
        assert_eq!(count, 500, "{slug}");
        assert!((25..=80).contains(&with_history), "{slug}: {with_history} with history");
        assert!(local_phones > 350, "{slug}: {local_phones} local phones");
    }
}

#[sqlx::test]
async fn the_demo_fortnight_has_every_status_clashes_nowhere_and_loads_once(pool: PgPool) {
    let counts = |pool: PgPool| async move {
        sqlx::query_as::<_, (i64, i64)>(
            "SELECT (SELECT count(*) FROM appointment), (SELECT count(*) FROM appointment_status_change)",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    demo::load(&pool).await.unwrap();
    let first = counts(pool.clone()).await;
    demo::load(&pool).await.unwrap();
    assert_eq!(counts(pool.clone()).await, first, "the second load added appointments");

    // Both clinics have a busy fortnight around today.
    let per_clinic: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.slug, count(a.id) FROM clinic c LEFT JOIN appointment a ON a.clinic_id = c.id
         WHERE NOT EXISTS (SELECT 1 FROM appointment x
                           WHERE x.clinic_id = c.id
                             AND abs(extract(epoch FROM lower(x.visit) - now())) > 9 * 86400)
         GROUP BY c.slug ORDER BY c.slug",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(per_clinic.len(), 2, "appointments outside the fortnight: {per_clinic:?}");
    for (slug, count) in &per_clinic {
        assert!(*count > 150, "{slug}: {count} appointments");
    }

    // Every status but `held` (a few minutes of an online booking), each where the clock puts
    // it. Arrived and in the chair exist only while someone works, so they are not required.
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status FROM appointment ORDER BY 1")
            .fetch_all(&pool)
            .await
            .unwrap();
    for status in ["cancelled", "completed", "confirmed", "no_show", "scheduled"] {
        assert!(statuses.iter().any(|s| s == status), "no {status}: {statuses:?}");
    }
    let misplaced: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment WHERE CASE status
             WHEN 'completed' THEN upper(visit) > now()
             WHEN 'no_show' THEN upper(visit) > now()
             WHEN 'in_chair' THEN lower(visit) > now()
             WHEN 'arrived' THEN lower(visit) > now() + interval '15 minutes'
                                 OR lower(visit) < now() - interval '5 minutes'
             WHEN 'scheduled' THEN lower(visit) < now() - interval '5 minutes'
             WHEN 'confirmed' THEN lower(visit) < now() - interval '5 minutes'
             ELSE false END
             OR (status = 'cancelled') <> (cancel_reason IS NOT NULL)
             -- Every demo cancellation is one of the clinic's own reasons.
             OR (status = 'cancelled' AND cancel_reason_id NOT IN
                     (SELECT id FROM cancel_reason WHERE kind = 'custom'))",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(misplaced, 0);
    let online: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment WHERE booked_online AND booked_by IS NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(online > 5, "{online} booked online");

    // Nothing overlaps that the database would refuse (it would have refused it anyway).
    let clashes: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id
         WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN ('cancelled', 'no_show')
           AND (   (a.provider_id = b.provider_id AND a.blocked && b.blocked)
                OR (a.chair_id = b.chair_id AND a.blocked && b.blocked)
                OR (a.patient_id = b.patient_id AND a.visit && b.visit))",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(clashes, 0);

    // Each status reached is recorded, from `scheduled`, step by step, in order, in the past.
    let unrecorded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment a
         LEFT JOIN LATERAL (
             SELECT array_agg(c.from_status ORDER BY c.changed_at, c.id) AS froms,
                    array_agg(c.to_status ORDER BY c.changed_at, c.id) AS tos,
                    max(c.changed_at) AS last
             FROM appointment_status_change c WHERE c.appointment_id = a.id) h ON true
         WHERE CASE WHEN a.status = 'scheduled' THEN h.froms IS NOT NULL
                    -- (no history at all compares as NULL: counted too)
                    ELSE coalesce(h.froms[1] <> 'scheduled' OR h.tos[cardinality(h.tos)] <> a.status
                                  OR h.froms[2:] <> h.tos[:cardinality(h.tos) - 1]
                                  OR h.last > now() OR a.version <> 1 + cardinality(h.tos), true) END",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unrecorded, 0);

    // On a working day of the demo dentist, today's list has patients, one with an alert.
    let (works_today, today, alerted): (bool, i64, i64) = sqlx::query_as(
        "WITH dentist AS (
             SELECT p.id, c.time_zone, (now() AT TIME ZONE c.time_zone)::date AS today
             FROM provider p JOIN staff s ON s.id = p.staff_id JOIN clinic c ON c.id = p.clinic_id
             WHERE s.email = 'dentist@demo.test'),
         todays AS (
             SELECT a.patient_id FROM appointment a, dentist d
             WHERE a.provider_id = d.id AND a.status NOT IN ('cancelled', 'no_show')
               AND (lower(a.visit) AT TIME ZONE d.time_zone)::date = d.today)
         SELECT EXISTS (SELECT 1 FROM working_hours w, dentist d
                        WHERE w.provider_id = d.id AND w.weekday = extract(isodow FROM d.today))
                AND NOT EXISTS (SELECT 1 FROM time_off t, dentist d
                                WHERE t.period @> (d.today + time '12:00') AT TIME ZONE d.time_zone),
                (SELECT count(*) FROM todays),
                (SELECT count(*) FROM todays t WHERE EXISTS (
                     SELECT 1 FROM medical_item m WHERE m.patient_id = t.patient_id AND m.active
                       AND m.kind IN ('alert', 'allergy')))
         FROM dentist",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    if works_today {
        assert!(today >= 3, "{today} patients for the dentist today");
        assert!(alerted >= 1, "none of today's {today} patients has an alert");
    }
}

#[sqlx::test]
async fn a_demo_loaded_days_ago_gets_the_days_around_today_on_the_next_start(pool: PgPool) {
    demo::load(&pool).await.unwrap();
    // As if it had been loaded ten days ago: every appointment ten days earlier.
    sqlx::query(
        "UPDATE appointment SET visit = tstzrange(lower(visit) - interval '10 days',
                                                  upper(visit) - interval '10 days'),
                                blocked = tstzrange(lower(blocked) - interval '10 days',
                                                    upper(blocked) - interval '10 days'),
                                created_at = created_at - interval '10 days'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let on_days = |pool: PgPool| async move {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT count(*) FILTER (WHERE lower(visit) < now() - interval '8 days'),
                    count(*) FILTER (WHERE lower(visit)::date = now()::date),
                    count(*)
             FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE c.slug = 'london'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let (old_before, today_before, _) = on_days(pool.clone()).await;
    assert_eq!(today_before, 0, "nothing today after the shift");
    demo::load(&pool).await.unwrap();
    let (old_after, today_after, all_after) = on_days(pool.clone()).await;
    // The old days are as they were; the days around today are filled (a weekday today, or
    // the coming Monday has some).
    assert_eq!(old_after, old_before);
    let coming: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         WHERE c.slug = 'london' AND lower(a.visit) BETWEEN now() AND now() + interval '7 days'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(coming > 0 && all_after > old_after, "today {today_after}, coming week {coming}");
    // Loading again adds nothing.
    demo::load(&pool).await.unwrap();
    assert_eq!(on_days(pool.clone()).await.2, all_after);
}
