//! Demonstration data for development: two clinics, one account per role, and the clinics'
//! set-up (see `demo_setup`). Loaded at start-up when DEMO_DATA=true (never in production), and
//! idempotent: what exists is left alone.

use sqlx::PgPool;

use crate::auth::{password_hash, store};
use crate::domain::{NewPassword, Role};
use crate::error::AppError;

/// The password of every demo account (listed in the README).
pub const DEMO_PASSWORD: &str = "chairside-demo-2026";

/// (name, slug, time zone, currency, region, first day of the week)
const CLINICS: [(&str, &str, &str, &str, &str, u8); 2] = [
    ("Chairside Dental London", "london", "Europe/London", "GBP", "GB", 1),
    ("Chairside Dental New York", "new-york", "America/New_York", "USD", "US", 7),
];

/// (email, name, role, clinic slugs)
const ACCOUNTS: [(&str, &str, Role, &[&str]); 4] = [
    ("admin@demo.test", "Alex Morgan", Role::Admin, &["london", "new-york"]),
    ("reception@demo.test", "Riley Chen", Role::Receptionist, &["london"]),
    ("dentist@demo.test", "Sam Patel", Role::Dentist, &["london"]),
    ("hygienist@demo.test", "Jordan Lee", Role::Hygienist, &["london"]),
];

pub async fn load(pool: &PgPool) -> Result<(), AppError> {
    let mut tx = pool.begin().await?;
    for (name, slug, time_zone, currency, region, week_starts) in CLINICS {
        sqlx::query(
            "INSERT INTO clinic (name, slug, time_zone, currency, region, week_starts)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (slug) DO NOTHING",
        )
        .bind(name)
        .bind(slug)
        .bind(time_zone)
        .bind(currency)
        .bind(region)
        .bind(week_starts as i16)
        .execute(&mut *tx)
        .await?;
    }
    for (email, name, role, clinics) in ACCOUNTS {
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM staff WHERE email = $1::citext)")
                .bind(email)
                .fetch_one(&mut *tx)
                .await?;
        if exists {
            continue;
        }
        let password =
            NewPassword::parse(DEMO_PASSWORD, email, name).map_err(AppError::internal)?;
        let hash = password_hash::hash(&password).await?;
        let staff_id = store::upsert_staff(&mut tx, email, name, role, &hash).await?;
        for slug in clinics {
            let clinic_id: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = $1")
                .bind(slug)
                .fetch_one(&mut *tx)
                .await?;
            store::add_membership(&mut tx, staff_id, clinic_id).await?;
        }
    }
    super::demo_setup::load(&mut tx).await?;
    tx.commit().await?;
    tracing::info!("demo data present (accounts use the password {DEMO_PASSWORD})");
    Ok(())
}
