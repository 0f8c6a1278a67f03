//! `/setup/{clinic}/providers`: dentists and hygienists; add, change, link to a staff account,
//! deactivate; each links to its weekly hours.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{SetupFrame, Swatch, active_toggle, clinic_param, here, query_id, status_badge};
use crate::domain::Colour;
use crate::setup::model::{self, Provider, ProviderForm, ProviderKind, StaffChoice};
use crate::setup::providers::{SaveProvider, SetProviderActive, list_providers};
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

#[component]
pub fn ProvidersPage() -> impl IntoView {
    let clinic = clinic_param();
    let editing = query_id("edit");
    let save = ServerAction::<SaveProvider>::new();
    let set_active = ServerAction::<SetProviderActive>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get(), set_active.version().get()),
        |(clinic, _, _)| list_providers(clinic),
    );
    let toggle_error = move || {
        set_active.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>"Loading providers…"</p> }>
            {move || { let edit_id = editing.get(); Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let providers = view.data.providers;
                let edited = edit_id.and_then(|id| providers.iter().find(|p| p.id == id).cloned());
                let rows = providers.iter().cloned().map(|provider| {
                    let slug = slug.clone();
                    let hidden_name = format!(" {}", provider.name);
                    let hours_href = format!("/setup/{slug}/providers/{}/hours", provider.id);
                    let hours_label = format!(" of {}", provider.name);
                    let question = format!("Deactivate {}? They will no longer be offered for new appointments; their hours stay on record.", provider.name);
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/providers?edit={}", provider.id) class="button button-small">
                            "Edit"<span class="visually-hidden">{hidden_name}</span>
                        </a>
                        {active_toggle!(set_active, slug, provider.id, provider.active, question)}
                    });
                    view! {
                        <tr>
                            <td><Swatch colour=provider.colour.clone() />{provider.name.clone()}</td>
                            <td>{provider.kind.label()}</td>
                            <td>{provider.staff_name.clone().unwrap_or_else(|| "—".into())}</td>
                            <td>{status_badge(provider.active)}</td>
                            <td class="actions">
                                <A href=hours_href attr:class="button button-small">
                                    "Hours"<span class="visually-hidden">{hours_label}</span>
                                </A>
                                {actions}
                            </td>
                        </tr>
                    }
                }).collect_view();
                let empty = providers.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title="Providers">
                        {toggle_error}
                        {if empty {
                            view! { <p class="empty">"No providers yet."</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="Providers" columns=&["Name", "Kind", "Staff account", "Status", ""]>{rows}</DataTable>
                            }.into_any()
                        }}
                        {view.can_edit.then(|| view! {
                            <ProviderEditor clinic=slug.clone() provider=edited staff=view.data.staff.clone() save />
                        })}
                    </SetupFrame>
                }.into_any()
            })}}
        </Suspense>
    }
}

/// Adds a provider, or changes `provider`.
#[component]
fn ProviderEditor(
    clinic: String,
    provider: Option<Provider>,
    staff: Vec<StaffChoice>,
    save: ServerAction<SaveProvider>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let form = provider.as_ref().map(ProviderForm::from_provider).unwrap_or_else(|| ProviderForm {
        kind: "dentist".into(),
        colour: "#1f7a8c".into(),
        ..Default::default()
    });
    let heading = match &provider {
        Some(provider) => format!("Edit {}", provider.name),
        None => "Add a provider".to_string(),
    };
    let kinds =
        ProviderKind::ALL.iter().map(|k| (k.as_str().to_string(), k.label().to_string())).collect();
    let staff_options = std::iter::once((String::new(), "No staff account".to_string()))
        .chain(staff.into_iter().map(|s| (s.id.to_string(), s.name)))
        .collect();
    let back = format!("/setup/{clinic}/providers");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=&["name", "kind", "colour", "staff_id"] />
            <SavedNotice action=save text="Saved." />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {provider.as_ref().map(|p| view! { <input type="hidden" name="id" value=p.id.to_string() /> })}
                <TextField key="name" label="Name" value=form.name required=true
                    check=|v| model::check_provider_name(v).err() />
                <SelectField key="kind" label="Kind" value=form.kind options=kinds />
                <TextField key="colour" label="Colour in the calendar" value=form.colour input_type="color"
                    check=|v| Colour::parse(v).err() />
                <SelectField key="staff_id" label="Staff account" value=form.staff_id options=staff_options
                    hint="Links the provider to a dentist's or hygienist's sign-in, for their own day view." />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {if provider.is_some() { "Save the provider" } else { "Add the provider" }}
                    </button>
                    {provider.is_some().then(|| view! { <a href=back class="button button-quiet-dark">"Done"</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
