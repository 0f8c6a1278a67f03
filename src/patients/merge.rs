//! Merging two records of the same person: the surviving record takes, field by field, the
//! value chosen from either; everything attached to the other record (medical history,
//! appointments and series; documents as they arrive) moves to it, so reminders and the
//! patient's clash check see one person; the other record is archived with a pointer to the
//! survivor. Two records whose live appointments overlap are not merged (one person cannot be
//! in two chairs): the refusal names the times. Irreversible, audited in full.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::model::PatientRecord;
use crate::error::AppError;

/// The fields a merge chooses between, with their labels.
pub const MERGE_FIELDS: [(&str, &str); 13] = [
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("preferred_name", "Preferred name"),
    ("date_of_birth", "Date of birth"),
    ("sex", "Sex"),
    ("mobile_phone", "Mobile phone"),
    ("home_phone", "Home phone"),
    ("email", "Email"),
    ("address", "Address"),
    ("emergency_contact_name", "Emergency contact"),
    ("emergency_contact_phone", "Emergency contact's phone"),
    ("preferred_contact", "Preferred contact"),
    ("notes", "Notes"),
];

/// The fields whose value the merged record gives, in [`MERGE_FIELDS`] order. `take` names
/// only fields of [`MERGE_FIELDS`] (so it has at most that many entries), each `survivor` or
/// `merged`; anything else is refused rather than ignored.
pub fn fields_from_merged(take: &BTreeMap<String, String>) -> Result<Vec<&'static str>, String> {
    let known = |field: &str| MERGE_FIELDS.iter().any(|(f, _)| *f == field);
    if take.len() > MERGE_FIELDS.len()
        || take
            .iter()
            .any(|(field, side)| !known(field) || !["survivor", "merged"].contains(&side.as_str()))
    {
        return Err(crate::t!("server-merge-choose-fields"));
    }
    Ok(MERGE_FIELDS
        .iter()
        .map(|(field, _)| *field)
        .filter(|field| take.get(*field).is_some_and(|side| side == "merged"))
        .collect())
}

/// The two records side by side, for choosing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RecordsToMerge {
    pub survivor: PatientRecord,
    pub merged: PatientRecord,
}

/// Both records as the merge page shows them (each opening is audited like any other).
#[server(endpoint = "patients/merge/preview")]
pub async fn merge_preview(survivor: i64, merged: String) -> Result<RecordsToMerge, AppError> {
    ssr::merge_preview(survivor, merged).await.map_err(AppError::with_http_status)
}

/// Merges `merged` into `survivor`. `take` names, per field, the record whose value survives
/// (`survivor` or `merged`; fields not named keep the survivor's). Needs `confirm`.
#[server(endpoint = "patients/merge")]
pub async fn merge_patients(
    survivor: i64,
    merged: i64,
    #[server(default)] take: BTreeMap<String, String>,
    #[server(default)] confirm: Option<String>,
) -> Result<(), AppError> {
    ssr::merge_patients(survivor, merged, take, confirm.is_some_and(|c| !c.is_empty()))
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use std::collections::BTreeMap;

    use serde_json::json;

    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    use super::super::records::ssr::{get_patient, open_patient};
    use super::{RecordsToMerge, fields_from_merged};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session::{self, Actor};
    use crate::domain::Permission;
    use crate::domain::patient::{format_patient_number, parse_patient_number};
    use crate::error::forms::broken_constraint;
    use crate::error::{AppError, forms};
    use crate::i18n::Locale;
    use crate::scheduling::live::LIVE;
    use crate::server::state::app_state;
    use crate::t;

    /// Most overlapping pairs a refused merge names (the rest are counted).
    const OVERLAPS_NAMED: usize = 5;

    /// Two live appointments, one of each record, at overlapping times.
    #[derive(sqlx::FromRow)]
    struct Overlap {
        survivor_start: DateTime<Utc>,
        survivor_number: i64,
        merged_start: DateTime<Utc>,
        merged_number: i64,
    }

    /// Refuses the merge while a live appointment of one record overlaps one of the other's:
    /// moved to one patient, they would break `appointment_patient_free`. Names the times.
    async fn refuse_overlaps(
        conn: &mut PgConnection,
        (survivor, merged): (i64, i64),
        (zone, locale): (chrono_tz::Tz, Locale),
    ) -> Result<(), AppError> {
        let overlaps: Vec<Overlap> = sqlx::query_as(&format!(
            "WITH live AS (SELECT a.patient_id, a.visit FROM appointment a
                           WHERE a.patient_id = ANY($1) AND {LIVE})
             SELECT lower(s.visit) AS survivor_start, ps.number AS survivor_number,
                    lower(m.visit) AS merged_start, pm.number AS merged_number
             FROM live s JOIN live m ON m.visit && s.visit
             JOIN patient ps ON ps.id = s.patient_id
             JOIN patient pm ON pm.id = m.patient_id
             WHERE s.patient_id = $2 AND m.patient_id = $3
             ORDER BY lower(s.visit), lower(m.visit)"
        ))
        .bind([survivor, merged])
        .bind(survivor)
        .bind(merged)
        .fetch_all(&mut *conn)
        .await?;
        if overlaps.is_empty() {
            return Ok(());
        }
        let when =
            |at: DateTime<Utc>| locale.moment_medium_year_at(at.with_timezone(&zone).naive_local());
        let mut pairs: Vec<String> = overlaps
            .iter()
            .take(OVERLAPS_NAMED)
            .map(|o| {
                t!(
                    "server-merge-overlap-pair",
                    first = when(o.survivor_start),
                    first_number = format_patient_number(o.survivor_number),
                    second = when(o.merged_start),
                    second_number = format_patient_number(o.merged_number),
                )
            })
            .collect();
        if overlaps.len() > OVERLAPS_NAMED {
            pairs.push(t!("server-merge-more", count = overlaps.len() - OVERLAPS_NAMED));
        }
        Err(AppError::Conflict(t!("server-merge-overlaps", pairs = pairs.join("; "))))
    }

    pub async fn merge_preview(survivor: i64, merged: String) -> Result<RecordsToMerge, AppError> {
        let state = app_state()?;
        let actor = require(Permission::MergePatients).await?;
        let mut conn = state.pool.acquire().await?;
        let access = open_patient(&mut conn, actor, survivor).await?;
        // The other record is named by its patient number (as staff see it) in the same clinic.
        let number = parse_patient_number(&merged)
            .or_else(|| merged.trim().parse().ok())
            .ok_or_else(|| AppError::invalid("merged", t!("server-merge-enter-number")))?;
        let other: Option<i64> =
            sqlx::query_scalar("SELECT id FROM patient WHERE clinic_id = $1 AND number = $2")
                .bind(access.clinic.id)
                .bind(number)
                .fetch_optional(&mut *conn)
                .await?;
        let other =
            other.ok_or_else(|| AppError::invalid("merged", t!("server-merge-no-such-patient")))?;
        if other == survivor {
            return Err(AppError::invalid("merged", t!("server-merge-same-record")));
        }
        drop(conn);
        Ok(RecordsToMerge {
            survivor: get_patient(survivor).await?,
            merged: get_patient(other).await?,
        })
    }

    pub async fn merge_patients(
        survivor: i64,
        merged: i64,
        take: BTreeMap<String, String>,
        confirmed: bool,
    ) -> Result<(), AppError> {
        let actor = require(Permission::MergePatients).await?;
        // A refused merge comes back with each field's choice (`take.first_name`) and the box.
        let typed = forms::typed(&json!({ "take": &take, "confirm": confirmed.then_some("on") }));
        merge_chosen(actor, survivor, merged, take, confirmed)
            .await
            .map_err(|error| error.with_input(typed))
    }

    async fn merge_chosen(
        actor: Actor,
        survivor: i64,
        merged: i64,
        take: BTreeMap<String, String>,
        confirmed: bool,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let from_merged =
            fields_from_merged(&take).map_err(|message| AppError::invalid("take", message))?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, survivor).await?;
        if !confirmed {
            return Err(AppError::invalid("confirm", t!("server-merge-confirm")));
        }
        if survivor == merged {
            return Err(AppError::invalid("merged", t!("server-merge-into-itself")));
        }
        let other = open_patient(&mut tx, access.actor.clone(), merged).await?;
        if other.clinic.id != access.clinic.id {
            return Err(AppError::NotFound);
        }
        // Both rows locked, in id order (two merges of the same pair cannot deadlock).
        let rows: Vec<(i64, serde_json::Value, Option<i64>)> = sqlx::query_as(
            "SELECT id, to_jsonb(p) - 'search_name' - 'name_words' - 'name_sounds', merged_into
             FROM patient p WHERE id = ANY($1) ORDER BY id FOR UPDATE",
        )
        .bind([survivor, merged])
        .fetch_all(&mut *tx)
        .await?;
        if rows.iter().any(|(_, _, into)| into.is_some()) {
            return Err(AppError::Conflict(t!("server-merge-already")));
        }
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        refuse_overlaps(&mut tx, (survivor, merged), (zone, access.clinic.locale())).await?;
        let before = |id: i64| rows.iter().find(|(r, _, _)| *r == id).map(|(_, v, _)| v.clone());
        let (survivor_before, merged_before) = (
            before(survivor).ok_or(AppError::NotFound)?,
            before(merged).ok_or(AppError::NotFound)?,
        );

        // The chosen fields, copied in one statement from the other row.
        if !from_merged.is_empty() {
            let sets: Vec<String> =
                from_merged.iter().map(|field| format!("{field} = m.{field}")).collect();
            // Field names come from MERGE_FIELDS, never from the request.
            let sql = format!(
                "UPDATE patient s SET {}, updated_by = $3, version = s.version + 1
                 FROM patient m WHERE s.id = $1 AND m.id = $2",
                sets.join(", ")
            );
            sqlx::query(&sql)
                .bind(survivor)
                .bind(merged)
                .bind(access.actor.staff_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("SELECT set_config('chairside.staff_id', $1, true)")
            .bind(access.actor.staff_id.to_string())
            .execute(&mut *tx)
            .await?;
        let moved_items: Vec<i64> = sqlx::query_scalar(
            "UPDATE medical_item SET patient_id = $1 WHERE patient_id = $2 RETURNING id",
        )
        .bind(survivor)
        .bind(merged)
        .fetch_all(&mut *tx)
        .await?;
        // Checked above; a booking of the same time that slipped in since is refused here.
        let moved_appointments: Vec<i64> = sqlx::query_scalar(
            "UPDATE appointment SET patient_id = $1, version = version + 1
             WHERE patient_id = $2 RETURNING id",
        )
        .bind(survivor)
        .bind(merged)
        .fetch_all(&mut *tx)
        .await
        .map_err(|error| match broken_constraint(&error).as_deref() {
            Some("appointment_patient_free") => AppError::Conflict(t!("server-merge-just-booked")),
            _ => error.into(),
        })?;
        let moved_series: Vec<i64> = sqlx::query_scalar(
            "UPDATE appointment_series SET patient_id = $1 WHERE patient_id = $2 RETURNING id",
        )
        .bind(survivor)
        .bind(merged)
        .fetch_all(&mut *tx)
        .await?;
        // Recalls the kept record does not have move to it; where both have one, the kept
        // record's stands (the other stays with the archived record).
        sqlx::query(
            "UPDATE patient_recall r SET patient_id = $1
             WHERE r.patient_id = $2
               AND NOT EXISTS (SELECT 1 FROM patient_recall k
                               WHERE k.patient_id = $1 AND lower(k.kind) = lower(r.kind))",
        )
        .bind(survivor)
        .bind(merged)
        .execute(&mut *tx)
        .await?;
        // A booking link emailed to the other record books for the kept one.
        sqlx::query("UPDATE patient_booking_link SET patient_id = $1 WHERE patient_id = $2")
            .bind(survivor)
            .bind(merged)
            .execute(&mut *tx)
            .await?;
        // The other record's places on the ASAP list move to the kept one, except where the
        // kept record already waits for that type (those end).
        sqlx::query(
            "UPDATE asap_request r SET ended_at = now(), end_reason = 'removed'
             WHERE r.patient_id = $2 AND r.ended_at IS NULL
               AND EXISTS (SELECT 1 FROM asap_request k
                           WHERE k.patient_id = $1 AND k.ended_at IS NULL
                             AND k.appointment_type_id = r.appointment_type_id)",
        )
        .bind(survivor)
        .bind(merged)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE asap_request SET patient_id = $1 WHERE patient_id = $2")
            .bind(survivor)
            .bind(merged)
            .execute(&mut *tx)
            .await?;
        // The other record's documents are the kept record's (the files stay where they are:
        // they are the clinic's, by content).
        sqlx::query("UPDATE patient_document SET patient_id = $1 WHERE patient_id = $2")
            .bind(survivor)
            .bind(merged)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE patient SET archived_at = coalesce(archived_at, now()), merged_into = $1,
                    updated_by = $3, version = version + 1
             WHERE id = $2",
        )
        .bind(survivor)
        .bind(merged)
        .bind(access.actor.staff_id)
        .execute(&mut *tx)
        .await?;
        let survivor_after: serde_json::Value = sqlx::query_scalar(
            "SELECT to_jsonb(p) - 'search_name' - 'name_words' - 'name_sounds' FROM patient p
             WHERE id = $1",
        )
        .bind(survivor)
        .fetch_one(&mut *tx)
        .await?;
        let entry = AuditEntry::new("patient.merged", Outcome::Success, &session::request_origin())
            .actor(access.actor.staff_id, access.actor.role)
            .clinic(access.clinic.id)
            .patient(survivor)
            .object("patient", survivor)
            .details(json!({
                "survivor": { "before": survivor_before, "after": survivor_after },
                "merged": { "id": merged, "before": merged_before },
                "fields_taken_from_merged": from_merged,
                "moved": {
                    "medical_items": moved_items,
                    "appointments": moved_appointments,
                    "series": moved_series,
                },
            }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!("/patients/{survivor}"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_merge_takes_the_listed_fields_in_their_order_and_nothing_else() {
        let chosen =
            take(&[("mobile_phone", "merged"), ("first_name", "merged"), ("sex", "survivor")]);
        assert_eq!(fields_from_merged(&chosen), Ok(vec!["first_name", "mobile_phone"]));
        assert_eq!(fields_from_merged(&take(&[])), Ok(vec![]));
        for refused in [take(&[("password_hash", "merged")]), take(&[("email", "both")])] {
            assert_eq!(
                fields_from_merged(&refused),
                Err("Choose, for each field listed, the record whose value is kept.".into())
            );
        }
    }
}
