//! An appointment's dialog: the patient (with alerts and allergies), what, who, when and where;
//! the status actions its status allows; moving it; cancelling it with a reason.

use chrono::{Duration, NaiveDateTime};
use leptos::prelude::*;
use leptos_router::components::A;

use super::calendar::Actions;
use super::dialog::Dialog;
use super::{local_day, mark_label, status_label};
use crate::domain::AppointmentStatus;
use crate::live::follow::ChangedElsewhere;
use crate::scheduling::model::{CalendarAddress, CalendarAppointment, CalendarView, Choice};
use crate::scheduling::reschedule::RescheduleAppointment;
use crate::scheduling::status::SetAppointmentStatus;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};

#[component]
pub fn AppointmentDialog(
    appointment: Option<CalendarAppointment>,
    view: CalendarView,
    address: CalendarAddress,
    actions: Actions,
) -> impl IntoView {
    let status = actions.status;
    let close = address.href();
    let Some(a) = appointment else {
        return view! {
            <Dialog title=t!("sched-appointment") close>
                <p>{t!("sched-appointment-not-shown")}</p>
            </Dialog>
        }
        .into_any();
    };
    let here = address.with(&[("appointment", a.id.to_string())]);
    // Someone else changed it while this dialog was open: said, and what was typed is kept.
    let changed = use_context::<ChangedElsewhere>().map(|c| c.0);
    let appointment_id = a.id;
    let changed_notice = move || {
        changed.and_then(|c| c.get()).filter(|id| *id == appointment_id).map(|_| {
            view! {
                <p class="status status-warning" role="alert">
                    {t!("sched-appointment-changed-elsewhere")}
                </p>
            }
        })
    };
    let title = format!("{} · {}", a.patient, a.time);
    let warnings = (!a.warnings.is_empty()).then(|| {
        let items = a.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view();
        view! { <ul class="warning-list" aria-label=t!("sched-alerts-and-allergies")>{items}</ul> }
    });
    let locale = view.clinic.locale();
    let when = match local_day(&a.starts_local) {
        Some(day) => format!("{} {}", locale.date_long(day), a.time),
        None => a.time.clone(),
    };
    let facts = view! {
        <dl class="facts">
            <dt>{t!("sched-patient")}</dt>
            <dd>
                <a href=format!("/patients/{}", a.patient_id)>{a.patient.clone()}</a>
                " · "{t!("sched-number-and-age", number = a.patient_number.as_str(), age = a.patient_age)}
            </dd>
            <dt>{t!("sched-when")}</dt>
            <dd>{when}</dd>
            <dt>{t!("sched-type")}</dt>
            <dd>{a.type_name.clone()}</dd>
            <dt>{t!("sched-provider")}</dt>
            <dd>{a.provider.clone()}</dd>
            <dt>{t!("sched-chair")}</dt>
            <dd>{a.chair.clone().unwrap_or_else(|| t!("sched-chair-none"))}</dd>
            <dt>{t!("sched-status")}</dt>
            <dd>
                <span class=format!("badge badge-{}", a.status.as_str())>{status_label(a.status)}</span>
                {a.booked_online.then(|| format!(" · {}", t!("sched-booked-online")))}
                {a.cancel_reason.clone().map(|r| format!(" · {r}"))}
            </dd>
            {(!a.notes.is_empty()).then(|| view! { <dt>{t!("sched-notes")}</dt><dd>{a.notes.clone()}</dd> })}
        </dl>
    };
    let feedback = FormFeedback::provide(status);
    let steps = view.can_update_status.then(|| {
        let buttons = a
            .status
            .next()
            .iter()
            .filter(|next| **next != AppointmentStatus::Cancelled)
            // A no-show gives the time away: the front desk's, once the appointment started.
            .filter(|next| {
                (next.is_live() || view.can_book)
                    && a.status.becomes_when(**next, a.starts <= view.now).is_ok()
            })
            .map(|next| {
                let here = here.clone();
                view! {
                    <ActionForm action=status attr:class="inline-form">
                        <input type="hidden" name="id" value=a.id.to_string() />
                        <input type="hidden" name="version" value=a.version.to_string() />
                        <input type="hidden" name="status" value=next.as_str() />
                        <input type="hidden" name="then" value=here />
                        <button type="submit" class="button button-small">{mark_label(*next)}</button>
                    </ActionForm>
                }
            })
            .collect_view();
        view! {
            <FormProblem feedback keys=CANCEL_KEYS />
            <div class="status-actions">{buttons}</div>
        }
    });
    let can_change = view.can_book
        && matches!(a.status, AppointmentStatus::Scheduled | AppointmentStatus::Confirmed);
    let change = can_change.then(|| {
        view! {
            <MoveForm appointment=a.clone() view=view.clone() reschedule=actions.reschedule />
            <CancelForm appointment=a.clone() reasons=view.cancel_reasons.clone() status here=address.href() />
        }
    });
    let repeat = view.can_book.then(|| {
        view! { <p><a href=series_href(&a)>{t!("sched-book-follow-ups")}</a></p> }
    });
    view! {
        <Dialog title close>
            {changed_notice}
            {warnings}
            {facts}
            {steps}
            {change}
            {repeat}
            <p><A href=address.href()>{t!("sched-close")}</A></p>
        </Dialog>
    }
    .into_any()
}

/// The series page for follow-ups of this appointment: same patient, type, provider and chair,
/// the first a week later.
fn series_href(a: &CalendarAppointment) -> String {
    let next = NaiveDateTime::parse_from_str(&a.starts_local, "%Y-%m-%dT%H:%M")
        .map(|t| (t + Duration::weeks(1)).format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default();
    format!(
        "/calendar/series?patient={}&type={}&provider={}&chair={}&at={next}",
        a.patient_id,
        a.type_id,
        a.provider_id,
        a.chair_id.map(|c| c.to_string()).unwrap_or_default()
    )
}

/// Another time, provider or chair; the old time is kept until the new one is secured.
#[component]
fn MoveForm(
    appointment: CalendarAppointment,
    view: CalendarView,
    reschedule: ServerAction<RescheduleAppointment>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(reschedule);
    let a = appointment;
    // A refused move opens again with what was chosen, and says why beside it.
    let chosen = |key: &str, stored: String| feedback.typed(key).unwrap_or(stored);
    let starts = chosen("starts_at", a.starts_local.clone());
    let provider = chosen("provider_id", a.provider_id.to_string());
    let chair = chosen("chair_id", a.chair_id.map(|c| c.to_string()).unwrap_or_default());
    let refused = move || MOVE_KEYS.iter().any(|key| feedback.message(key).is_some());
    let message = move |key: &'static str| {
        view! {
            <p class="field-error" id=format!("move-{key}-error") aria-live="polite">
                {move || feedback.message(key)}
            </p>
        }
    };
    let providers = view
        .providers
        .iter()
        .map(|p| {
            let id = p.id.to_string();
            let selected = id == provider;
            view! { <option value=id selected=selected>{p.name.clone()}</option> }
        })
        .collect_view();
    let chairs = view
        .chairs
        .iter()
        .map(|c| {
            let id = c.id.to_string();
            let selected = id == chair;
            view! { <option value=id selected=selected>{c.name.clone()}</option> }
        })
        .collect_view();
    view! {
        <details class="dialog-section" open=refused>
            <summary>{t!("sched-move")}</summary>
            <ActionForm action=reschedule attr:class="stacked-form">
                <FormProblem feedback keys=MOVE_KEYS />
                <input type="hidden" name="id" value=a.id.to_string() />
                <input type="hidden" name="version" value=a.version.to_string() />
                <input type="hidden" name="show_in" value=view.layout.as_str() />
                <label for="move-start">{t!("sched-move-new-start")}</label>
                <input id="move-start" name="starts_at" type="datetime-local" required value=starts
                    aria-describedby="move-starts_at-error" />
                {message("starts_at")}
                <label for="move-provider">{t!("sched-provider")}</label>
                <select id="move-provider" name="provider_id" aria-describedby="move-provider_id-error">
                    {providers}
                </select>
                {message("provider_id")}
                <label for="move-chair">{t!("sched-chair")}</label>
                <select id="move-chair" name="chair_id" aria-describedby="move-chair_id-error">
                    <option value="">{t!("sched-any-free-chair")}</option>
                    {chairs}
                </select>
                {message("chair_id")}
                <button type="submit" class="button">{t!("sched-move-appointment")}</button>
            </ActionForm>
        </details>
    }
    .into_any()
}

/// The move form's fields: their messages show beside them.
const MOVE_KEYS: &[&str] = &["starts_at", "provider_id", "chair_id"];

/// The cancel form's fields: their messages show beside them.
const CANCEL_KEYS: &[&str] = &["reason_code", "reason"];

/// Cancelling needs a reason from the clinic's list (with details for "Other"): choosing it is
/// the confirmation.
#[component]
fn CancelForm(
    appointment: CalendarAppointment,
    reasons: Vec<Choice>,
    status: ServerAction<SetAppointmentStatus>,
    here: String,
) -> impl IntoView {
    let a = appointment;
    // A refused cancellation opens again with what was chosen and typed, and says why.
    let feedback = FormFeedback::provide(status);
    let typed_code = feedback.typed("reason_code").unwrap_or_default();
    let typed_details = feedback.typed("reason").unwrap_or_default();
    let refused = move || CANCEL_KEYS.iter().any(|key| feedback.message(key).is_some());
    let options = reasons
        .into_iter()
        .map(|r| {
            let id = r.id.to_string();
            let selected = id == typed_code;
            view! { <option value=id selected=selected>{r.name}</option> }
        })
        .collect_view();
    view! {
        <details class="dialog-section" open=refused>
            <summary>{t!("sched-cancel")}</summary>
            <ActionForm action=status attr:class="stacked-form">
                <input type="hidden" name="id" value=a.id.to_string() />
                <input type="hidden" name="version" value=a.version.to_string() />
                <input type="hidden" name="status" value="cancelled" />
                <input type="hidden" name="then" value=here />
                <label for="cancel-reason-code">{t!("sched-cancel-reason")}</label>
                <select id="cancel-reason-code" name="reason_code" required
                    aria-describedby="cancel-reason-code-error">
                    <option value="">{t!("sched-cancel-choose-reason")}</option>
                    {options}
                </select>
                <p class="field-error" id="cancel-reason-code-error" aria-live="polite">
                    {move || feedback.message("reason_code")}
                </p>
                <label for="cancel-reason">{t!("sched-cancel-details")}</label>
                <input id="cancel-reason" name="reason" type="text" maxlength="500" value=typed_details
                    aria-describedby="cancel-reason-hint cancel-reason-error" placeholder=t!("sched-cancel-details-placeholder") />
                <p class="field-hint" id="cancel-reason-hint">{t!("sched-cancel-details-hint")}</p>
                <p class="field-error" id="cancel-reason-error" aria-live="polite">
                    {move || feedback.message("reason")}
                </p>
                <button type="submit" class="button button-danger">{t!("sched-cancel-appointment")}</button>
            </ActionForm>
        </details>
    }
    .into_any()
}
