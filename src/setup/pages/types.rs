//! `/setup/{clinic}/types`: appointment types with their durations, buffers and providers;
//! add, change, deactivate.

use leptos::prelude::*;

use super::{SetupFrame, Swatch, active_toggle, clinic_param, here, query_id, status_badge};
use crate::domain::{Colour, Currency, Fee};
use crate::setup::model::{self, AppointmentType, Provider, TypeForm};
use crate::setup::types::{SaveType, SetTypeActive, list_types};
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
        <Suspense fallback=|| view! { <p>"Loading appointment types…"</p> }>
            {move || { let edit_id = editing.get(); Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let providers = view.data.providers;
                let types = view.data.types;
                let currency = view.data.currency;
                let edited = edit_id.and_then(|id| types.iter().find(|t| t.id == id).cloned());
                let names = |ids: &[i64]| {
                    let names: Vec<String> = providers.iter().filter(|p| ids.contains(&p.id)).map(|p| p.name.clone()).collect();
                    if names.is_empty() { "None yet".to_string() } else { names.join(", ") }
                };
                let rows = types.iter().cloned().map(|kind| {
                    let slug = slug.clone();
                    let hidden_name = format!(" {}", kind.name);
                    let question = format!("Deactivate {}? It will no longer be offered for new appointments.", kind.name);
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/types?edit={}", kind.id) class="button button-small">
                            "Edit"<span class="visually-hidden">{hidden_name}</span>
                        </a>
                        {active_toggle!(set_active, slug, kind.id, kind.active, question)}
                    });
                    let buffers = format!("{} / {}", kind.buffer_before_minutes, kind.buffer_after_minutes);
                    view! {
                        <tr>
                            <td><Swatch colour=kind.colour.clone() />{kind.name.clone()}</td>
                            <td>{format!("{} min", kind.duration_minutes)}</td>
                            <td>{buffers}</td>
                            <td class="numeric">{Fee::from_minor(kind.fee_minor).map(|fee| fee.written(currency))}</td>
                            <td>{if kind.online_bookable { "Yes" } else { "No" }}</td>
                            <td>{if kind.needs_chair { "Yes" } else { "No" }}</td>
                            <td>{names(&kind.provider_ids)}</td>
                            <td>{kind.recall.as_ref().map(|r| r.described()).unwrap_or_else(|| "None".into())}</td>
                            <td>{status_badge(kind.active)}</td>
                            <td class="actions">{actions}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = types.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title="Appointment types">
                        {toggle_error}
                        {if empty {
                            view! { <p class="empty">"No appointment types yet."</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="Appointment types"
                                    columns=&["Name", "Duration", "Buffers before / after (min)", "Fee", "Online", "Chair", "Providers", "Recall", "Status", ""]>
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
        Some(kind) => format!("Edit {}", kind.name),
        None => "Add an appointment type".to_string(),
    };
    let choices = providers
        .iter()
        .filter(|p| p.active || form.provider_ids.contains(&p.id.to_string()))
        .map(|p| (p.id.to_string(), format!("{} ({})", p.name, p.kind.label())))
        .collect();
    let back = format!("/setup/{clinic}/types");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=FIELDS />
            <SavedNotice action=save text="Saved." />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {kind.as_ref().map(|k| view! { <input type="hidden" name="id" value=k.id.to_string() /> })}
                <TextField key="name" label="Name" value=form.name required=true
                    check=|v| model::check_type_name(v).err() />
                <div class="form-row">
                    <TextField key="duration_minutes" label="Duration (minutes)" value=form.duration_minutes
                        input_type="number" min="5" max="480" step="5" required=true
                        hint="The patient's time in the chair."
                        check=|v| model::check_duration(v).err() />
                    <TextField key="buffer_before_minutes" label="Preparation before (minutes)"
                        value=form.buffer_before_minutes input_type="number" min="0" max="120" step="5"
                        check=|v| model::check_buffer(v).err() />
                    <TextField key="buffer_after_minutes" label="Clean-up after (minutes)"
                        value=form.buffer_after_minutes input_type="number" min="0" max="120" step="5"
                        check=|v| model::check_buffer(v).err() />
                </div>
                <p class="field-hint">"Preparation and clean-up keep the provider and chair busy but are not shown to the patient."</p>
                <TextField key="fee" label=format!("Fee ({})", currency.code()) value=form.fee
                    input_type="text" inputmode="decimal"
                    hint="Kept on each appointment when it is booked: a new fee applies to later bookings only."
                    check=|v| Fee::parse(v).err() />
                <TextField key="colour" label="Colour in the calendar" value=form.colour input_type="color"
                    check=|v| Colour::parse(v).err() />
                <div class="form-row">
                    <TextField key="recall_kind" label="Recall (optional)" value=form.recall_kind
                        hint="What a completed visit of this type makes the patient due for again, e.g. Hygiene."
                        check=|v| model::check_recall_kind(v).err() />
                    <TextField key="recall_months" label="Due again after (months)" value=form.recall_months
                        input_type="number" min="1" max="60" step="1"
                        check=|v| model::check_recall_months(v).err() />
                </div>
                <CheckboxField key="online_bookable" label="Patients may book this online"
                    checked=form.online_bookable.is_some() />
                <CheckboxField key="needs_chair" label="Needs a chair" checked=form.needs_chair.is_some() />
                <ChoiceList key="provider_ids" legend="Providers who perform it" choices
                    ticked=form.provider_ids.clone() />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {if kind.is_some() { "Save the type" } else { "Add the type" }}
                    </button>
                    {kind.is_some().then(|| view! { <a href=back class="button button-quiet-dark">"Done"</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
