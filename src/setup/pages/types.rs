//! `/setup/{clinic}/types`: appointment types with their durations, buffers and providers;
//! add, change, deactivate.

use leptos::prelude::*;

use super::providers::kind_label;
use super::{SetupFrame, Swatch, active_toggle, clinic_param, here, query_id, status_badge};
use crate::domain::{Colour, Currency, Fee};
use crate::setup::model::{self, AppointmentType, Provider, TypeForm};
use crate::setup::types::{SaveType, SetTypeActive, list_types};
use crate::t;
use crate::ui::form::{
    CheckboxField, ChoiceList, FormFeedback, FormProblem, SavedNotice, TextField,
};
use crate::ui::{DataTable, page_error};

#[component]
pub fn TypesPage() -> impl IntoView {
    let clinic = clinic_param();
    let editing = query_id("edit");
    let save = ServerAction::<SaveType>::new();
    let set_active = ServerAction::<SetTypeActive>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get(), set_active.version().get()),
        |(clinic, _, _)| list_types(clinic),
    );
    let toggle_error = move || {
        set_active.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>{t!("setup-types-loading")}</p> }>
            {move || { let edit_id = editing.get(); Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let providers = view.data.providers;
                let types = view.data.types;
                let currency = view.data.currency;
                let locale = view.clinic.locale();
                let edited = edit_id.and_then(|id| types.iter().find(|t| t.id == id).cloned());
                let names = |ids: &[i64]| {
                    let names: Vec<String> = providers.iter().filter(|p| ids.contains(&p.id)).map(|p| p.name.clone()).collect();
                    if names.is_empty() { t!("setup-types-none-yet") } else { names.join(", ") }
                };
                let rows = types.iter().cloned().map(|kind| {
                    let slug = slug.clone();
                    let hidden_name = format!(" {}", kind.name);
                    let question = t!("setup-types-deactivate-question", name = kind.name.as_str());
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/types?edit={}", kind.id) class="button button-small">
                            {t!("setup-edit")}<span class="visually-hidden">{hidden_name}</span>
                        </a>
                        {active_toggle!(set_active, slug, kind.id, kind.active, question)}
                    });
                    let buffers = format!("{} / {}", kind.buffer_before_minutes, kind.buffer_after_minutes);
                    view! {
                        <tr>
                            <td><Swatch colour=kind.colour.clone() />{kind.name.clone()}</td>
                            <td>{t!("setup-types-duration", minutes = kind.duration_minutes)}</td>
                            <td>{buffers}</td>
                            <td class="numeric">{Fee::from_minor(kind.fee_minor).map(|fee| locale.money(fee.minor(), currency.code()))}</td>
                            <td>{t!(if kind.online_bookable { "setup-yes" } else { "setup-no" })}</td>
                            <td>{t!(if kind.needs_chair { "setup-yes" } else { "setup-no" })}</td>
                            <td>{names(&kind.provider_ids)}</td>
                            <td>{kind.recall.as_ref().map(|r| {
                                t!("setup-types-recall-described", kind = r.kind.as_str(), months = r.months)
                            }).unwrap_or_else(|| t!("setup-none"))}</td>
                            <td>{status_badge(kind.active)}</td>
                            <td class="actions">{actions}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = types.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-types")>
                        {toggle_error}
                        {if empty {
                            view! { <p class="empty">{t!("setup-types-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="table-appointment-types"
                                    columns=&["column-name", "column-duration", "column-buffers-before-after-min", "column-fee", "column-online", "column-chair", "column-providers", "column-recall", "column-status", ""]>
                                    {rows}
                                </DataTable>
                            }.into_any()
                        }}
                        {view.can_edit.then(|| view! {
                            <TypeEditor clinic=slug.clone() kind=edited providers=providers.clone() currency save />
                        })}
                    </SetupFrame>
                }.into_any()
            })}}
        </Suspense>
    }
}

const FIELDS: &[&str] = &[
    "name",
    "duration_minutes",
    "buffer_before_minutes",
    "buffer_after_minutes",
    "colour",
    "fee",
    "provider_ids",
    "recall_kind",
    "recall_months",
];

/// Adds an appointment type, or changes `kind`.
#[component]
fn TypeEditor(
    clinic: String,
    kind: Option<AppointmentType>,
    providers: Vec<Provider>,
    currency: Currency,
    save: ServerAction<SaveType>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let form = kind.as_ref().map(TypeForm::from_type).unwrap_or_else(|| TypeForm {
        duration_minutes: "30".into(),
        buffer_before_minutes: "0".into(),
        buffer_after_minutes: "0".into(),
        colour: "#3b7dd8".into(),
        needs_chair: Some("on".into()),
        ..Default::default()
    });
    let heading = match &kind {
        Some(kind) => t!("setup-edit-name", name = kind.name.as_str()),
        None => t!("setup-types-add-heading"),
    };
    let choices = providers
        .iter()
        .filter(|p| p.active || form.provider_ids.contains(&p.id.to_string()))
        .map(|p| (p.id.to_string(), format!("{} ({})", p.name, kind_label(p.kind))))
        .collect();
    let back = format!("/setup/{clinic}/types");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=FIELDS />
            <SavedNotice action=save text=t!("setup-saved") />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {kind.as_ref().map(|k| view! { <input type="hidden" name="id" value=k.id.to_string() /> })}
                <TextField key="name" label=t!("setup-name") value=form.name required=true
                    check=|v| model::check_type_name(v).err() />
                <div class="form-row">
                    <TextField key="duration_minutes" label=t!("setup-types-duration-label") value=form.duration_minutes
                        input_type="number" min="5" max="480" step="5" required=true
                        hint=t!("setup-types-duration-hint")
                        check=|v| model::check_duration(v).err() />
                    <TextField key="buffer_before_minutes" label=t!("setup-types-before")
                        value=form.buffer_before_minutes input_type="number" min="0" max="120" step="5"
                        check=|v| model::check_buffer(v).err() />
                    <TextField key="buffer_after_minutes" label=t!("setup-types-after")
                        value=form.buffer_after_minutes input_type="number" min="0" max="120" step="5"
                        check=|v| model::check_buffer(v).err() />
                </div>
                <p class="field-hint">{t!("setup-types-buffers-hint")}</p>
                <TextField key="fee" label=t!("setup-types-fee", currency = currency.code()) value=form.fee
                    input_type="text" inputmode="decimal"
                    hint=t!("setup-types-fee-hint")
                    check=|v| Fee::parse(v).err() />
                <TextField key="colour" label=t!("setup-colour") value=form.colour input_type="color"
                    check=|v| Colour::parse(v).err() />
                <div class="form-row">
                    <TextField key="recall_kind" label=t!("setup-types-recall-label") value=form.recall_kind
                        hint=t!("setup-types-recall-hint")
                        check=|v| model::check_recall_kind(v).err() />
                    <TextField key="recall_months" label=t!("setup-types-recall-months") value=form.recall_months
                        input_type="number" min="1" max="60" step="1"
                        check=|v| model::check_recall_months(v).err() />
                </div>
                <CheckboxField key="online_bookable" label=t!("setup-types-online")
                    checked=form.online_bookable.is_some() />
                <CheckboxField key="needs_chair" label=t!("setup-types-needs-chair") checked=form.needs_chair.is_some() />
                <ChoiceList key="provider_ids" legend=t!("setup-types-providers") choices
                    ticked=form.provider_ids.clone() />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {t!(if kind.is_some() { "setup-types-save" } else { "setup-types-add" })}
                    </button>
                    {kind.is_some().then(|| view! { <a href=back class="button button-quiet-dark">{t!("setup-done")}</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
