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
