//! `/book/manage/{token}`: the patient's appointment from the email link, with "I will come"
//! until it starts, and cancel (after a confirmation step) and move (the slot picker) while the
//! clinic's notice allows. `?confirm=1` (a reminder's Confirm link) asks only that question.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::online::manage::{
    CancelByLink, ConfirmByLink, RescheduleByLink, load_managed_appointment,
};
use crate::online::model::{ManagedAppointment, TimeChoice};
use crate::online::pages::flow::{LanguageSwitcher, public_error};
use crate::online::pages::picker::SlotPickerView;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};

#[component]
pub fn ManageBookingPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let confirm = ServerAction::<ConfirmByLink>::new();
    let cancel = ServerAction::<CancelByLink>::new();
    let reschedule = ServerAction::<RescheduleByLink>::new();
    let address = Memo::new(move |_| {
        let q = query.read();
        (
            params.read().get("token").unwrap_or_default(),
            q.get("reschedule").is_some(),
            q.get("from").unwrap_or_default(),
            q.get("date").unwrap_or_default(),
        )
    });
    // The page is drawn again when the address asks to cancel or says what was done.
    let step = Memo::new(move |_| {
        let q = query.read();
        (q.get("cancel").is_some(), q.get("done").unwrap_or_default())
    });
    let data = Resource::new(
        move || {
            let versions =
                (confirm.version().get(), cancel.version().get(), reschedule.version().get());
            (address.get(), step.get(), versions)
        },
        |((token, moving, from, date), _, _)| load_managed_appointment(token, moving, from, date),
    );
    view! {
        <Title text=t!("book-manage-title") />
        <section class="book">
            <LanguageSwitcher />
            <Transition fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Err(error) => public_error(error),
                        Ok(appointment) => view! { <Manage appointment confirm cancel reschedule /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Manage(
    appointment: ManagedAppointment,
    confirm: ServerAction<ConfirmByLink>,
    cancel: ServerAction<CancelByLink>,
    reschedule: ServerAction<RescheduleByLink>,
) -> impl IntoView {
    let query = use_query_map();
    let token = use_params_map().get_untracked().get("token").unwrap_or_default();
    let here = format!("/book/manage/{token}");
    let done = query.get_untracked().get("done").unwrap_or_default();
    let asked_cancel = query.get_untracked().get("cancel").is_some();
    let asked_confirm = query.get_untracked().get("confirm").is_some();
    let cancelled = appointment.status == "cancelled";
    let notice = match (done.as_str(), appointment.status.as_str()) {
        ("cancelled", "cancelled") => Some(t!("book-manage-cancelled")),
        ("moved", status) if status != "cancelled" => Some(t!("book-manage-moved")),
        ("confirmed", "confirmed") => Some(t!("book-manage-confirmed")),
        _ => None,
    }
    .map(|text| view! { <p class="status status-ok" role="status">{text}</p> });
    let status = t!(match appointment.status.as_str() {
        "cancelled" => "book-status-cancelled",
        "completed" => "book-status-completed",
        "no_show" => "book-status-missed",
        "confirmed" => "book-status-confirmed",
        _ => "book-status-booked",
    });
    // Not while the patient is cancelling or choosing another time.
    let asks_confirm = appointment.confirmable && !asked_cancel && appointment.picker.is_none();
    // A refused confirmation is said even when the question is no longer asked (the
    // appointment was cancelled meanwhile, or has begun).
    let confirm_feedback = FormFeedback::provide(confirm);
    let confirm_question = asks_confirm.then(|| {
        let token = token.clone();
        view! {
            <div class="confirm-box" role="group" aria-labelledby="confirm-question">
                <p id="confirm-question"><strong>{t!("book-will-you-come")}</strong>" "{t!("book-will-you-come-text")}</p>
                <ActionForm action=confirm attr:class="inline-form">
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class="button button-primary">{t!("book-i-will-come")}</button>
                </ActionForm>
            </div>
        }
    });
    let clinic = appointment.clinic.clone();
    let phone_note =
        t!("book-call-to-change", clinic = clinic.name.as_str(), phone = clinic.phone.as_str());
    let actions = if cancelled {
        view! {
            <p><a href=format!("/book/{}", clinic.slug)>{t!("book-another")}</a></p>
        }
        .into_any()
    } else if asked_confirm && appointment.confirmable {
        view! { <p><a href=here.clone()>{t!("book-move-or-cancel-instead")}</a></p> }.into_any()
    } else if !appointment.changeable {
        view! { <p class="status status-warning" role="note">{phone_note}</p> }.into_any()
    } else if asked_cancel {
        let feedback = FormFeedback::provide(cancel);
        view! {
            <FormProblem feedback keys=&[] />
            <div class="confirm-box" role="group" aria-labelledby="cancel-question">
                <p id="cancel-question"><strong>{t!("book-cancel-question")}</strong>" "{t!("book-cancel-question-text")}</p>
                <ActionForm action=cancel attr:class="inline-form">
                    <input type="hidden" name="token" value=token.clone() />
                    <button type="submit" class="button button-danger">{t!("book-cancel-yes")}</button>
                </ActionForm>
                <a href=here.clone() class="button">{t!("book-cancel-no")}</a>
            </div>
        }
        .into_any()
    } else if let Some(picker) = appointment.picker.clone() {
        let feedback = FormFeedback::provide(reschedule);
        let day_here = here.clone();
        let day_href = move |from: chrono::NaiveDate, date: chrono::NaiveDate| {
            format!("{day_here}?reschedule=1&from={from}&date={date}")
        };
        let form_token = token.clone();
        let time_form = move |t: TimeChoice| {
            let token = form_token.clone();
            view! {
                <ActionForm action=reschedule attr:class="time-form">
                    <input type="hidden" name="token" value=token />
                    <input type="hidden" name="provider_id" value=t.provider_id.to_string() />
                    <input type="hidden" name="starts_at" value=t.starts_at.clone() />
                    <button type="submit" class="time-choice">{format!("{} · {}", t.label, t.provider)}</button>
                </ActionForm>
            }
        };
        view! {
            <h2>{t!("book-move")}</h2>
            <p class="hint">{t!("book-move-hint")}</p>
            <FormProblem feedback keys=&[] />
            <SlotPickerView picker zone=clinic.time_zone.clone() region=clinic.region day_href time_form />
            <p><a href=here.clone()>{t!("book-keep-time")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="hint">{t!("book-change-until", until = appointment.change_until.as_str())}</p>
            <div class="action-row">
                <a href=format!("{here}?reschedule=1") class="button button-primary">{t!("book-move")}</a>
                <a href=format!("{here}?cancel=1") class="button">{t!("book-cancel")}</a>
            </div>
        }
        .into_any()
    };
    view! {
        <h1>{t!("book-manage-title")}</h1>
        {notice}
        <dl class="booking-summary">
            <dt>{t!("book-summary-appointment")}</dt><dd>{appointment.type_name.clone()}</dd>
            <dt>{t!("book-summary-with")}</dt><dd>{appointment.provider.clone()}</dd>
            <dt>{t!("book-summary-when")}</dt><dd>{format!("{} ({})", appointment.when, clinic.time_zone)}</dd>
            <dt>{t!("book-summary-where")}</dt><dd>{format!("{}, {}", clinic.name, clinic.address)}</dd>
            <dt>{t!("book-summary-status")}</dt><dd>{status}</dd>
        </dl>
        <FormProblem feedback=confirm_feedback keys=&[] />
        {confirm_question}
        {actions}
    }
    .into_any()
}
