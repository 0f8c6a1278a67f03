//! `/setup/{clinic}/webhooks` (admins): the clinic's endpoints with their recent deliveries,
//! adding one (its signing secret shown once), sending a test event, disabling one.

use leptos::prelude::*;

use super::api::{CreateWebhook, DisableWebhook, SendTestWebhook, webhook_endpoints};
use super::model::{EVENTS, EndpointView};
use crate::setup::pages::{SetupFrame, clinic_param, here};
use crate::t;
use crate::ui::form::{ChoiceList, FormFeedback, FormProblem, TextField};
use crate::ui::page_error;

#[component]
pub fn WebhooksPage() -> impl IntoView {
    let clinic = clinic_param();
    let create = ServerAction::<CreateWebhook>::new();
    let disable = ServerAction::<DisableWebhook>::new();
    let test = ServerAction::<SendTestWebhook>::new();
    let data = Resource::new(
        move || {
            (clinic.get(), create.version().get(), disable.version().get(), test.version().get())
        },
        |(clinic, ..)| webhook_endpoints(clinic),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t!("admin-webhooks-loading")}</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let endpoints = if view.endpoints.is_empty() {
                    view! { <p class="empty-state">{t!("admin-webhooks-empty")}</p> }.into_any()
                } else {
                    view.endpoints.into_iter().map(|endpoint| view! { <Endpoint endpoint disable test /> }).collect_view().into_any()
                };
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=true title=t!("admin-webhooks-title")>
                        <p class="hint">{t!("admin-webhooks-intro")}</p>
                        {endpoints}
                        <NewEndpointForm clinic=slug create />
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
fn Endpoint(
    endpoint: EndpointView,
    disable: ServerAction<DisableWebhook>,
    test: ServerAction<SendTestWebhook>,
) -> impl IntoView {
    let id = endpoint.id.to_string();
    let log = if endpoint.deliveries.is_empty() {
        view! { <p class="hint">{t!("admin-webhooks-nothing-sent")}</p> }.into_any()
    } else {
        let items =
            endpoint.deliveries.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let actions = endpoint.active.then(|| {
        let (test_id, disable_id) = (id.clone(), id.clone());
        view! {
            <div class="action-row">
                <ActionForm action=test attr:class="inline-form">
                    <input type="hidden" name="endpoint_id" value=test_id />
                    <button type="submit" class="button button-small">{t!("admin-webhooks-send-test")}</button>
                </ActionForm>
                <details class="confirm">
                    <summary class="button button-small">{t!("admin-webhooks-disable-open")}</summary>
                    <ActionForm action=disable attr:class="confirm-body">
                        <p>{t!("admin-webhooks-disable-confirm")}</p>
                        <input type="hidden" name="endpoint_id" value=disable_id />
                        <button type="submit" class="button button-small button-danger">{t!("admin-webhooks-disable")}</button>
                    </ActionForm>
                </details>
            </div>
        }
    });
    view! {
        <section class="card">
            <h2>{endpoint.url.clone()}</h2>
            {(!endpoint.active).then(|| view! { <span class="badge badge-muted">{t!("admin-webhooks-disabled")}</span> })}
            {(!endpoint.description.is_empty()).then(|| view! { <p>{endpoint.description.clone()}</p> })}
            <p>{t!("admin-webhooks-events", events = endpoint.events.join(", "))}</p>
            <h3>{t!("admin-webhooks-deliveries")}</h3>
            {log}
            {actions}
        </section>
    }
}

#[component]
fn NewEndpointForm(clinic: String, create: ServerAction<CreateWebhook>) -> impl IntoView {
    let feedback = FormFeedback::provide(create);
    let created = move || {
        create.value().get().and_then(Result::ok).map(|made| {
            view! {
                <div class="status status-ok" role="status">
                    <p>{t!("admin-webhooks-added")}</p>
                    <label for="webhook-secret">{t!("admin-webhooks-secret")}</label>
                    <input id="webhook-secret" type="text" readonly value=made.secret />
                </div>
            }
        })
    };
    let choices: Vec<(String, String)> = EVENTS
        .iter()
        .map(|(name, label)| (name.to_string(), format!("{} ({name})", event_label(name, label))))
        .collect();
    view! {
        <section class="card editor">
            <h2>{t!("admin-webhooks-new-heading")}</h2>
            {created}
            <FormProblem feedback keys=&["webhook_url", "webhook_events", "webhook_description"] />
            <ActionForm action=create attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="webhook_url" label=t!("admin-webhooks-url") value=String::new() input_type="url" required=true
                    hint=t!("admin-webhooks-url-hint") />
                <ChoiceList key="webhook_events" legend=t!("admin-webhooks-events-legend") choices ticked=Vec::new() />
                <TextField key="webhook_description" label=t!("admin-webhooks-description") value=String::new() />
                <button type="submit" class="button" disabled=move || create.pending().get()>{t!("admin-webhooks-create")}</button>
            </ActionForm>
        </section>
    }
}

/// An event's name for people, by its code (one this page does not know keeps its label).
fn event_label(name: &str, english: &str) -> String {
    let key = match name {
        "appointment.booked" => "admin-webhooks-event-appointment-booked",
        "appointment.moved" => "admin-webhooks-event-appointment-moved",
        "appointment.cancelled" => "admin-webhooks-event-appointment-cancelled",
        "appointment.status_changed" => "admin-webhooks-event-appointment-status-changed",
        "patient.created" => "admin-webhooks-event-patient-created",
        "patient.updated" => "admin-webhooks-event-patient-updated",
        _ => return english.to_string(),
    };
    t!(key)
}
