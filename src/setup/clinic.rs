//! The clinics a person belongs to, and one clinic's details and booking policy.

use leptos::prelude::*;

use super::model::{ClinicForm, ClinicRef, ClinicSettings, SetupView};
use crate::error::AppError;

/// The clinic settings page's data: the settings, and the time zone names to choose from
/// (only sent to those who may edit).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ClinicPageData {
    pub settings: ClinicSettings,
    pub time_zones: Vec<String>,
}

/// The clinics the signed-in person belongs to, by name.
#[server(endpoint = "setup/clinics")]
pub async fn my_clinics() -> Result<Vec<ClinicRef>, AppError> {
    ssr::my_clinics().await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/clinic")]
pub async fn clinic_details(clinic: String) -> Result<SetupView<ClinicPageData>, AppError> {
    ssr::clinic_details(clinic).await.map_err(AppError::with_http_status)
}

/// Saves the clinic's details; answers the clinic as it is now (its slug may have changed).
#[server(endpoint = "setup/clinic/save")]
pub async fn save_clinic(clinic: String, form: ClinicForm) -> Result<ClinicRef, AppError> {
    ssr::save_clinic(clinic, form).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use sqlx::PgConnection;

    use super::super::model::{ClinicForm, ClinicRef, ClinicSettings, SetupView};
    use super::ClinicPageData;
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::domain::{Currency, Permission, TimeZoneName};
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::feeds::model::PatientDetail;
    use crate::server::state::app_state;

    pub async fn my_clinics() -> Result<Vec<ClinicRef>, AppError> {
        let actor = require(Permission::ViewClinicSetup).await?;
        let state = app_state()?;
        let clinics = sqlx::query_as(&format!(
            "SELECT {} FROM clinic c JOIN staff_clinic sc ON sc.clinic_id = c.id
             WHERE sc.staff_id = $1 ORDER BY c.name",
            ClinicRef::COLUMNS
        ))
        .bind(actor.staff_id)
        .fetch_all(&state.pool)
        .await?;
        Ok(clinics)
    }

    pub async fn clinic_details(slug: String) -> Result<SetupView<ClinicPageData>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let settings = load(&mut conn, access.clinic.clone()).await?;
        let time_zones = if access.can_edit() { TimeZoneName::choices() } else { Vec::new() };
        Ok(SetupView {
            can_edit: access.can_edit(),
            clinic: access.clinic,
            data: ClinicPageData { settings, time_zones },
        })
    }

    async fn load(conn: &mut PgConnection, clinic: ClinicRef) -> Result<ClinicSettings, AppError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            address: String,
            phone: String,
            email: Option<String>,
            calling_code: i16,
            slot_step_minutes: i32,
            min_notice_minutes: i32,
            horizon_days: i32,
            cancel_notice_hours: i32,
            reminder_offsets_minutes: Vec<i32>,
            recall_email_days_before: Option<i32>,
            recall_email_again_after_days: Option<i32>,
            currency: String,
            feed_patient_detail: String,
            language: String,
            region: String,
            week_starts: i16,
        }
        let row: Row = sqlx::query_as(
            "SELECT address, phone, email::text, calling_code, slot_step_minutes,
                        min_notice_minutes, horizon_days, cancel_notice_hours,
                        reminder_offsets_minutes, recall_email_days_before,
                        recall_email_again_after_days, currency, feed_patient_detail,
                        language, region, week_starts
                 FROM clinic WHERE id = $1",
        )
        .bind(clinic.id)
        .fetch_one(conn)
        .await?;
        Ok(ClinicSettings {
            clinic,
            address: row.address,
            phone: row.phone,
            email: row.email.unwrap_or_default(),
            calling_code: i32::from(row.calling_code),
            slot_step_minutes: row.slot_step_minutes,
            min_notice_minutes: row.min_notice_minutes,
            horizon_days: row.horizon_days,
            cancel_notice_hours: row.cancel_notice_hours,
            reminder_hours: row.reminder_offsets_minutes.into_iter().map(|m| m / 60).collect(),
            recall_email_days_before: row.recall_email_days_before,
            recall_email_again_after_days: row.recall_email_again_after_days,
            currency: Currency::parse(&row.currency).map_err(AppError::internal)?,
            feed_patient_detail: PatientDetail::parse(&row.feed_patient_detail),
            language: crate::i18n::Language::parse(&row.language).unwrap_or_default(),
            region: crate::i18n::Region::parse(&row.region).unwrap_or_default(),
            week_starts: u8::try_from(row.week_starts).unwrap_or(1),
        })
    }

    pub async fn save_clinic(slug: String, form: ClinicForm) -> Result<ClinicRef, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let changes = form.parse().map_err(|fields| rejected(fields, &form))?;
        sqlx::query("SELECT 1 FROM clinic WHERE id = $1 FOR UPDATE")
            .bind(access.clinic.id)
            .execute(&mut *tx)
            .await?;
        let before = load(&mut tx, access.clinic.clone()).await?;
        let saved = sqlx::query(
            "UPDATE clinic SET name = $2, slug = $3, time_zone = $4, address = $5, phone = $6,
                    email = $7, slot_step_minutes = $8, min_notice_minutes = $9,
                    horizon_days = $10, cancel_notice_hours = $11, calling_code = $12,
                    reminder_offsets_minutes = $13, currency = $14,
                    recall_email_days_before = $15, recall_email_again_after_days = $16,
                    feed_patient_detail = $17, language = coalesce($18, language),
                    region = coalesce($19, region), week_starts = coalesce($20, week_starts)
             WHERE id = $1",
        )
        .bind(access.clinic.id)
        .bind(&changes.name)
        .bind(changes.slug.as_str())
        .bind(changes.time_zone.as_str())
        .bind(&changes.address)
        .bind(changes.phone.as_ref().map_or("", |p| p.as_str()))
        .bind(changes.email.as_ref().map(|e| e.as_str()))
        .bind(changes.slot_step_minutes)
        .bind(changes.min_notice_minutes)
        .bind(changes.horizon_days)
        .bind(changes.cancel_notice_hours)
        .bind(changes.calling_code as i16)
        .bind(&changes.reminder_offsets_minutes)
        .bind(changes.currency.code())
        .bind(changes.recall_email_days_before)
        .bind(changes.recall_email_again_after_days)
        .bind(changes.feed_patient_detail.as_str())
        .bind(changes.language.map(|language| language.tag()))
        .bind(changes.region.map(|region| region.to_string()))
        .bind(changes.week_starts.map(i16::from))
        .execute(&mut *tx)
        .await;
        if let Err(error) = saved {
            return Err(match broken_constraint(&error).as_deref() {
                Some("clinic_slug_key") => {
                    rejected([("slug".to_string(), crate::t!("check-slug-taken"))].into(), &form)
                }
                Some("clinic_time_zone_check") => rejected(
                    [("time_zone".to_string(), crate::t!("check-time-zone-not-in-database"))]
                        .into(),
                    &form,
                ),
                _ => error.into(),
            });
        }
        let now = ClinicRef {
            id: access.clinic.id,
            slug: changes.slug.as_str().to_string(),
            name: changes.name.clone(),
            time_zone: changes.time_zone.as_str().to_string(),
            region: changes.region.unwrap_or(access.clinic.region),
            week_starts: changes.week_starts.unwrap_or(access.clinic.week_starts),
        };
        let after = load(&mut tx, now.clone()).await?;
        clinic_access::audit_change(
            &mut tx,
            &access,
            "clinic.updated",
            ("clinic", access.clinic.id),
            Some(&before),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(now)
    }
}
