//! Setting or postponing a patient's recall due date by hand, with a reason (the patient page).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A due date set by hand, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecallDueForm {
    /// What the patient is due for: "Hygiene". (Named apart from the patient page's other
    /// forms: a field's element id comes from its name.)
    pub recall_kind: String,
    /// `2027-01-12`.
    pub recall_due_on: String,
    pub recall_reason: String,
}

/// Sets patient `patient_id`'s due date for recall `form.recall_kind` to
/// `form.recall_due_on`, because of `form.recall_reason`. A kind the patient has no date for yet gets one.
#[server(endpoint = "recall/set-due")]
pub async fn set_recall_due(patient_id: i64, form: RecallDueForm) -> Result<(), AppError> {
    ssr::set_due(patient_id, form).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::NaiveDate;
    use serde_json::json;

    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::fields::required_text;
    use crate::domain::schedule::parse_date;
    use crate::error::{AppError, FieldErrors, forms};
    use crate::server::state::app_state;

    use super::RecallDueForm;

    pub async fn set_due(patient_id: i64, form: RecallDueForm) -> Result<(), AppError> {
        let actor = require(Permission::EditPatientDetails).await?;
        let typed = forms::typed(&form);
        let set = async {
            let RecallDueForm { recall_kind, recall_due_on, recall_reason } = &form;
            let mut problems = FieldErrors::new();
            let kind = required_text(recall_kind, &crate::t!("desk-what-recall-kind"), 40)
                .map_err(|m| problems.insert("recall_kind".into(), m))
                .ok();
            let due_on = parse_date(recall_due_on, &crate::t!("desk-what-due-date"))
                .map_err(|m| problems.insert("recall_due_on".into(), m))
                .ok();
            let reason = required_text(recall_reason, &crate::t!("desk-what-recall-reason"), 500)
                .map_err(|m| problems.insert("recall_reason".into(), m))
                .ok();
            let (Some(kind), Some(due_on), Some(reason)) = (kind, due_on, reason) else {
                return Err(AppError::fields(problems));
            };
            let state = app_state()?;
            let mut tx = state.pool.begin().await?;
            let clinic_id: Option<i64> = sqlx::query_scalar(
                "SELECT clinic_id FROM patient WHERE id = $1 AND archived_at IS NULL FOR UPDATE",
            )
            .bind(patient_id)
            .fetch_optional(&mut *tx)
            .await?;
            let access = clinic_access::open_for(&mut tx, actor, clinic_id).await?;
            let before: Option<NaiveDate> = sqlx::query_scalar(
                "SELECT due_on FROM patient_recall WHERE patient_id = $1 AND lower(kind) = lower($2)",
            )
            .bind(patient_id)
            .bind(&kind)
            .fetch_optional(&mut *tx)
            .await?;
            let recall_id: i64 = sqlx::query_scalar(
                "INSERT INTO patient_recall (clinic_id, patient_id, kind, due_on, reason, updated_by)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (patient_id, lower(kind)) DO UPDATE
                     SET due_on = EXCLUDED.due_on, reason = EXCLUDED.reason,
                         updated_by = EXCLUDED.updated_by, updated_at = now()
                 RETURNING id",
            )
            .bind(access.clinic.id)
            .bind(patient_id)
            .bind(&kind)
            .bind(due_on)
            .bind(&reason)
            .bind(access.actor.staff_id)
            .fetch_one(&mut *tx)
            .await?;
            let entry =
                AuditEntry::new("recall.due_set", Outcome::Success, &session::request_origin())
                    .actor(access.actor.staff_id, access.actor.role)
                    .clinic(access.clinic.id)
                    .patient(patient_id)
                    .object("patient_recall", recall_id)
                    .details(json!({
                        "kind": kind, "before": { "due_on": before }, "after": { "due_on": due_on },
                        "reason": reason,
                    }));
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        set.await.map_err(|error| error.with_input(typed))
    }
}
