//! `/setup/{clinic}/notes`: the clinic's note templates (prompts a clinical note starts from)
//! and how long a note may wait for its signature before it is listed for its provider.

use leptos::prelude::*;

use super::model::NoteTemplate;
use super::templates::{
    SaveNoteTemplate, SaveUnsignedNoteDays, SetNoteTemplateActive, note_templates,
};
use crate::setup::pages::{SetupFrame, clinic_param, here};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, TextField};
use crate::ui::page_error;

#[component]
pub fn NoteTemplatesPage() -> impl IntoView {
    let clinic = clinic_param();
    let save = ServerAction::<SaveNoteTemplate>::new();
    let active = ServerAction::<SetNoteTemplateActive>::new();
    let days = ServerAction::<SaveUnsignedNoteDays>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get(), active.version().get(), days.version().get()),
        |(clinic, ..)| note_templates(clinic),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t!("patient-templates-loading")}</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let can_edit = view.can_edit;
                let list = if view.templates.is_empty() {
                    view! { <p class="empty-state">{t!("patient-templates-none")}</p> }.into_any()
                } else {
                    view.templates.into_iter().map(|template| {
                        view! { <TemplateCard template clinic=slug.clone() can_edit active /> }
                    }).collect_view().into_any()
                };
                let editors = can_edit.then(|| view! {
                    <NewTemplateForm clinic=slug.clone() save />
                    <DaysForm clinic=slug.clone() days_now=view.unsigned_note_days days />
                });
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit title=t!("setup-section-notes")>
                        <p class="hint">{t!("patient-templates-unsigned-listed", days = view.unsigned_note_days)}</p>
                        {list}
                        {editors}
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
fn TemplateCard(
    template: NoteTemplate,
    clinic: String,
    can_edit: bool,
    active: ServerAction<SetNoteTemplateActive>,
) -> impl IntoView {
    let toggle = can_edit.then(|| {
        let label = if template.active {
            t!("patient-template-retire")
        } else {
            t!("patient-template-use-again")
        };
        view! {
            <ActionForm action=active attr:class="inline-form">
                <input type="hidden" name="clinic" value=clinic />
                <input type="hidden" name="id" value=template.id.to_string() />
                <input type="hidden" name="active" value=(!template.active).to_string() />
                <button type="submit" class="button button-small">{label}</button>
            </ActionForm>
        }
    });
    view! {
        <section class="card">
            <h2>{template.name.clone()}</h2>
            {(!template.active).then(|| view! { <span class="badge badge-muted">{t!("patient-template-retired")}</span> })}
            <pre class="note-text">{template.body.clone()}</pre>
            {toggle}
        </section>
    }
}

#[component]
fn NewTemplateForm(clinic: String, save: ServerAction<SaveNoteTemplate>) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    view! {
        <section class="card editor">
            <h2>{t!("patient-template-add-title")}</h2>
            <SavedNotice action=save text=t!("patient-template-added") />
            <FormProblem feedback keys=&["template_name", "template_body"] />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <TextField key="template_name" label=t!("patient-template-name") value=String::new() required=true hint=t!("patient-template-name-hint") />
                <TextField key="template_body" label=t!("patient-template-prompts") value=String::new() multiline=true required=true
                    hint=t!("patient-template-prompts-hint") />
                <button type="submit" class="button" disabled=move || save.pending().get()>{t!("patient-template-add")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn DaysForm(
    clinic: String,
    days_now: i32,
    days: ServerAction<SaveUnsignedNoteDays>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(days);
    view! {
        <section class="card editor">
            <h2>{t!("patient-templates-unsigned")}</h2>
            <SavedNotice action=days text=t!("patient-saved") />
            <FormProblem feedback keys=&["unsigned_note_days"] />
            <ActionForm action=days attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <div class="field">
                    <label for="unsigned-note-days">{t!("patient-templates-days")}</label>
                    <input id="unsigned-note-days" name="unsigned_note_days" type="number" min="0" max="60"
                        value=FormFeedback::current().and_then(|f| f.typed("unsigned_note_days")).unwrap_or_else(|| days_now.to_string()) />
                </div>
                <button type="submit" class="button" disabled=move || days.pending().get()>{t!("patient-templates-save")}</button>
            </ActionForm>
        </section>
    }
}
