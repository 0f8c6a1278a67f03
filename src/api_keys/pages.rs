//! `/setup/{clinic}/api` (admins): the clinic's API keys with their scopes and last use, making
//! one (the key shown once), revoking one, and the browser origins allowed to use them.

use leptos::prelude::*;

use super::api::{CreateApiKey, RevokeApiKey, SaveApiOrigins, api_keys};
use super::model::{DEFAULT_PER_MINUTE, KeyView};
use crate::setup::pages::{SetupFrame, clinic_param, here};
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
        <Suspense fallback=|| view! { <p>"Loading API keys…"</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let keys = if view.keys.is_empty() {
                    view! { <p class="empty-state">"No API keys yet. Make one below for each system that should read or change this clinic's calendar."</p> }.into_any()
                } else {
                    let rows = view.keys.into_iter().map(|key| view! { <KeyRow key revoke /> }).collect_view();
                    view! {
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"Name"</th><th scope="col">"Key"</th>
                                <th scope="col">"Scopes"</th><th scope="col">"Per minute"</th>
                                <th scope="col">"Made"</th><th scope="col">"Last used"</th>
                                <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }.into_any()
                };
                let origin_text = view.origins.join("\n");
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=true title="API keys">
                        <p class="hint">"Other systems call the REST API at /api/v1 with a key in the Authorization header (Bearer …). The reference is at "<a href="/api/v1/docs">"/api/v1/docs"</a>"."</p>
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
                <summary class="button button-small">"Revoke…"</summary>
                <ActionForm action=revoke attr:class="confirm-body">
                    <p>{format!("Revoke “{name}”? Every request with it is refused from now on; this cannot be undone.")}</p>
                    <input type="hidden" name="key_id" value=id />
                    <button type="submit" class="button button-small button-danger">"Revoke"</button>
                </ActionForm>
            </details>
        }
        .into_any()
    } else {
        view! { <span class="badge badge-muted">{format!("Revoked {}", key.revoked.unwrap_or_default())}</span> }.into_any()
    };
    view! {
        <tr class:muted=!live>
            <td>{key.name}</td>
            <td><code>{format!("{}…", key.shown_prefix)}</code></td>
            <td>{key.scopes.names().join(", ")}</td>
            <td>{key.per_minute}</td>
            <td>{key.created}</td>
            <td>{key.last_used.unwrap_or_else(|| "Never".into())}</td>
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
                    <p>"Made. The key is shown only this once: copy it into the other system now. Whoever has it can act as this key."</p>
                    <label for="api-key-text">"API key"</label>
                    <input id="api-key-text" type="text" readonly value=made.key />
                </div>
            }
        })
    };
    let rate = DEFAULT_PER_MINUTE.to_string();
    view! {
        <section class="card editor">
            <h2>"Make a key"</h2>
            {created}
            <FormProblem feedback keys=&["key_name", "key_per_minute"] />
            <ActionForm action=create attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="key_name" label="What it is for" value=String::new() required=true
                    hint="The system that will use it, e.g. Phone system." />
                <p class="hint">"Every key reads this clinic's providers, appointment types, free times and appointments."</p>
                <CheckboxField key="key_write" label="Changes: book, move and cancel appointments, set their status" checked=false />
                <CheckboxField key="key_patients" label="Patients: search and read them (and, with changes, add and update them)" checked=false />
                <TextField key="key_per_minute" label="Requests per minute" value=rate input_type="number"
                    min="1" max="6000" hint="Requests past this in a minute are refused (429) until the next minute." />
                <button type="submit" class="button" disabled=move || create.pending().get()>"Make the key"</button>
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
            <h2>"Browser origins"</h2>
            <SavedNotice action=save text="Origins saved." />
            <FormProblem feedback keys=&["api_origins"] />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="api_origins" label="Web apps allowed to call the API from a browser" value=origins multiline=true
                    hint="One per line, like https://crm.example.com. Leave empty when only servers call the API." />
                <button type="submit" class="button" disabled=move || save.pending().get()>"Save origins"</button>
            </ActionForm>
        </section>
    }
}
