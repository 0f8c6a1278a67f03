//! `/setup/{clinic}/api` (admins): the clinic's API keys with their scopes and last use, making
//! one (the key shown once), revoking one, and the browser origins allowed to use them.

use leptos::prelude::*;

use super::api::{CreateApiKey, RevokeApiKey, SaveApiOrigins, api_keys};
use super::model::{DEFAULT_PER_MINUTE, KeyView};
use crate::setup::pages::{SetupFrame, clinic_param, here};
use crate::t;
use crate::ui::form::{CheckboxField, FormFeedback, FormProblem, SavedNotice, TextField};
use crate::ui::page_error;

#[component]
pub fn ApiKeysPage() -> impl IntoView {
    let clinic = clinic_param();
    let create = ServerAction::<CreateApiKey>::new();
    let revoke = ServerAction::<RevokeApiKey>::new();
    let origins = ServerAction::<SaveApiOrigins>::new();
    let data = Resource::new(
        move || {
            (clinic.get(), create.version().get(), revoke.version().get(), origins.version().get())
        },
        |(clinic, ..)| api_keys(clinic),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t!("admin-api-loading")}</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let keys = if view.keys.is_empty() {
                    view! { <p class="empty-state">{t!("admin-api-empty")}</p> }.into_any()
                } else {
                    let rows = view.keys.into_iter().map(|key| view! { <KeyRow key revoke /> }).collect_view();
                    view! {
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{t!("admin-api-col-name")}</th><th scope="col">{t!("admin-api-col-key")}</th>
                                <th scope="col">{t!("admin-api-col-scopes")}</th><th scope="col">{t!("admin-api-col-per-minute")}</th>
                                <th scope="col">{t!("admin-api-col-made")}</th><th scope="col">{t!("admin-api-col-last-used")}</th>
                                <th scope="col"><span class="visually-hidden">{t!("admin-api-col-actions")}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }.into_any()
                };
                let origin_text = view.origins.join("\n");
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=true title=t!("admin-api-title")>
                        <p class="hint">{t!("admin-api-intro")}<a href="/api/v1/docs">"/api/v1/docs"</a>{t!("admin-api-intro-end")}</p>
                        {keys}
                        <NewKeyForm clinic=slug.clone() create />
                        <OriginsForm clinic=slug origins=origin_text save=origins />
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
fn KeyRow(key: KeyView, revoke: ServerAction<RevokeApiKey>) -> impl IntoView {
    let id = key.id.to_string();
    let live = key.revoked.is_none();
    let name = key.name.clone();
    let action = if live {
        view! {
            <details class="confirm">
                <summary class="button button-small">{t!("admin-api-revoke-open")}</summary>
                <ActionForm action=revoke attr:class="confirm-body">
                    <p>{t!("admin-api-revoke-confirm", name = name.as_str())}</p>
                    <input type="hidden" name="key_id" value=id />
                    <button type="submit" class="button button-small button-danger">{t!("admin-api-revoke")}</button>
                </ActionForm>
            </details>
        }
        .into_any()
    } else {
        view! { <span class="badge badge-muted">{t!("admin-api-revoked", when = key.revoked.unwrap_or_default())}</span> }.into_any()
    };
    view! {
        <tr class:muted=!live>
            <td>{key.name}</td>
            <td><code>{format!("{}…", key.shown_prefix)}</code></td>
            <td>{key.scopes.names().join(", ")}</td>
            <td>{key.per_minute}</td>
            <td>{key.created}</td>
            <td>{key.last_used.unwrap_or_else(|| t!("admin-api-never"))}</td>
            <td>{action}</td>
        </tr>
    }
}

#[component]
fn NewKeyForm(clinic: String, create: ServerAction<CreateApiKey>) -> impl IntoView {
    let feedback = FormFeedback::provide(create);
    let created = move || {
        create.value().get().and_then(Result::ok).map(|made| {
            view! {
                <div class="status status-ok" role="status">
                    <p>{t!("admin-api-made")}</p>
                    <label for="api-key-text">{t!("admin-api-key-label")}</label>
                    <input id="api-key-text" type="text" readonly value=made.key />
                </div>
            }
        })
    };
    let rate = DEFAULT_PER_MINUTE.to_string();
    view! {
        <section class="card editor">
            <h2>{t!("admin-api-new-heading")}</h2>
            {created}
            <FormProblem feedback keys=&["key_name", "key_per_minute"] />
            <ActionForm action=create attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="key_name" label=t!("admin-api-name") value=String::new() required=true
                    hint=t!("admin-api-name-hint") />
                <p class="hint">{t!("admin-api-read-scope")}</p>
                <CheckboxField key="key_write" label=t!("admin-api-write-scope") checked=false />
                <CheckboxField key="key_patients" label=t!("admin-api-patients-scope") checked=false />
                <TextField key="key_per_minute" label=t!("admin-api-per-minute") value=rate input_type="number"
                    min="1" max="6000" hint=t!("admin-api-per-minute-hint") />
                <button type="submit" class="button" disabled=move || create.pending().get()>{t!("admin-api-create")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn OriginsForm(
    clinic: String,
    origins: String,
    save: ServerAction<SaveApiOrigins>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    view! {
        <section class="card editor">
            <h2>{t!("admin-api-origins-heading")}</h2>
            <SavedNotice action=save text=t!("admin-api-origins-saved") />
            <FormProblem feedback keys=&["api_origins"] />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="api_origins" label=t!("admin-api-origins") value=origins multiline=true
                    hint=t!("admin-api-origins-hint") />
                <button type="submit" class="button" disabled=move || save.pending().get()>{t!("admin-api-origins-save")}</button>
            </ActionForm>
        </section>
    }
}
