//! `/setup/{clinic}/providers`: dentists and hygienists; add, change, link to a staff account,
//! deactivate; each links to its weekly hours.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{SetupFrame, Swatch, active_toggle, clinic_param, here, query_id, status_badge};
use crate::domain::Colour;
use crate::setup::model::{self, Provider, ProviderForm, ProviderKind, StaffChoice};
use crate::setup::providers::{SaveProvider, SetProviderActive, list_providers};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

/// "Dentist" or "Hygienist", in the page's language.
pub(super) fn kind_label(kind: ProviderKind) -> String {
    t!(match kind {
        ProviderKind::Dentist => "setup-provider-kind-dentist",
        ProviderKind::Hygienist => "setup-provider-kind-hygienist",
    })
}

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
        <Suspense fallback=|| view! { <p>{t!("setup-providers-loading")}</p> }>
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
                    let hours_label = t!("setup-of-name", name = provider.name.as_str());
                    let question = t!("setup-providers-deactivate-question", name = provider.name.as_str());
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/providers?edit={}", provider.id) class="button button-small">
                            {t!("setup-edit")}<span class="visually-hidden">{hidden_name}</span>
                        </a>
                        {active_toggle!(set_active, slug, provider.id, provider.active, question)}
                    });
                    view! {
                        <tr>
                            <td><Swatch colour=provider.colour.clone() />{provider.name.clone()}</td>
                            <td>{kind_label(provider.kind)}</td>
                            <td>{provider.staff_name.clone().unwrap_or_else(|| "—".into())}</td>
                            <td>{status_badge(provider.active)}</td>
                            <td class="actions">
                                <A href=hours_href attr:class="button button-small">
                                    {t!("setup-providers-hours")}<span class="visually-hidden">{hours_label}</span>
                                </A>
                                {actions}
                            </td>
                        </tr>
                    }
                }).collect_view();
                let empty = providers.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-providers")>
                        {toggle_error}
                        {if empty {
                            view! { <p class="empty">{t!("setup-providers-none")}</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="table-providers" columns=&["column-name", "column-kind", "column-staff-account", "column-status", ""]>{rows}</DataTable>
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
        Some(provider) => t!("setup-edit-name", name = provider.name.as_str()),
        None => t!("setup-providers-add-heading"),
    };
    let kinds =
        ProviderKind::ALL.iter().map(|k| (k.as_str().to_string(), kind_label(*k))).collect();
    let staff_options = std::iter::once((String::new(), t!("setup-providers-no-staff-account")))
        .chain(staff.into_iter().map(|s| (s.id.to_string(), s.name)))
        .collect();
    let back = format!("/setup/{clinic}/providers");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=&["name", "kind", "colour", "staff_id"] />
            <SavedNotice action=save text=t!("setup-saved") />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {provider.as_ref().map(|p| view! { <input type="hidden" name="id" value=p.id.to_string() /> })}
                <TextField key="name" label=t!("setup-name") value=form.name required=true
                    check=|v| model::check_provider_name(v).err() />
                <SelectField key="kind" label=t!("setup-providers-kind") value=form.kind options=kinds />
                <TextField key="colour" label=t!("setup-colour") value=form.colour input_type="color"
                    check=|v| Colour::parse(v).err() />
                <SelectField key="staff_id" label=t!("setup-providers-staff-account") value=form.staff_id options=staff_options
                    hint=t!("setup-providers-staff-hint") />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {t!(if provider.is_some() { "setup-providers-save" } else { "setup-providers-add" })}
                    </button>
                    {provider.is_some().then(|| view! { <a href=back class="button button-quiet-dark">{t!("setup-done")}</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
