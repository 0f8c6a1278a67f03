//! `/setup/{clinic}/webhooks` (admins): the clinic's endpoints with their recent deliveries,
//! adding one (its signing secret shown once), sending a test event, disabling one.

use leptos::prelude::*;

use super::api::{CreateWebhook, DisableWebhook, SendTestWebhook, webhook_endpoints};
use super::model::{EVENTS, EndpointView};
use crate::setup::pages::{SetupFrame, clinic_param, here};
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
        <Suspense fallback=|| view! { <p>"Loading webhooks…"</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let endpoints = if view.endpoints.is_empty() {
                    view! { <p class="empty-state">"No webhooks yet. Add one below to have bookings and patient changes sent to another system as they happen."</p> }.into_any()
                } else {
                    view.endpoints.into_iter().map(|endpoint| view! { <Endpoint endpoint disable test /> }).collect_view().into_any()
                };
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=true title="Webhooks">
                        <p class="hint">"Each event is sent as a signed JSON POST (header Chairside-Signature: t=…,v1=… — an HMAC-SHA256 of “t.body” with the endpoint's secret), retried with growing waits for about a day when the endpoint does not answer 2xx."</p>
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
        view! { <p class="hint">"Nothing sent yet."</p> }.into_any()
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
                    <button type="submit" class="button button-small">"Send test event"</button>
                </ActionForm>
                <details class="confirm">
                    <summary class="button button-small">"Disable…"</summary>
                    <ActionForm action=disable attr:class="confirm-body">
                        <p>"Disable this webhook? Nothing more is sent to it, queued events included."</p>
                        <input type="hidden" name="endpoint_id" value=disable_id />
                        <button type="submit" class="button button-small button-danger">"Disable"</button>
                    </ActionForm>
                </details>
            </div>
        }
    });
    view! {
        <section class="card">
            <h2>{endpoint.url.clone()}</h2>
            {(!endpoint.active).then(|| view! { <span class="badge badge-muted">"Disabled"</span> })}
            {(!endpoint.description.is_empty()).then(|| view! { <p>{endpoint.description.clone()}</p> })}
            <p>{format!("Events: {}", endpoint.events.join(", "))}</p>
            <h3>"Last deliveries"</h3>
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
                    <p>"Added. Its signing secret is shown only this once: keep it where the receiving system can read it."</p>
                    <label for="webhook-secret">"Signing secret"</label>
                    <input id="webhook-secret" type="text" readonly value=made.secret />
                </div>
            }
        })
    };
    let choices: Vec<(String, String)> = EVENTS
        .iter()
        .map(|(name, label)| (name.to_string(), format!("{label} ({name})")))
        .collect();
    view! {
        <section class="card editor">
            <h2>"Add a webhook"</h2>
            {created}
            <FormProblem feedback keys=&["webhook_url", "webhook_events", "webhook_description"] />
            <ActionForm action=create attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="webhook_url" label="Address" value=String::new() input_type="url" required=true
                    hint="An https:// address that accepts POST requests." />
                <ChoiceList key="webhook_events" legend="Events to send" choices ticked=Vec::new() />
                <TextField key="webhook_description" label="Description (optional)" value=String::new() />
                <button type="submit" class="button" disabled=move || create.pending().get()>"Add the webhook"</button>
            </ActionForm>
        </section>
    }
}
