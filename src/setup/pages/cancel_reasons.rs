//! `/setup/{clinic}/cancel-reasons`: the reasons staff pick from when cancelling, in the order
//! they are offered; add, rename, deactivate. Reports count cancellations by these.

use leptos::prelude::*;

use super::{SetupFrame, active_toggle, clinic_param, here, query_id, status_badge};
use crate::domain::CancelReasonKind;
use crate::setup::cancel_reasons::{SaveCancelReason, SetCancelReasonActive, list_cancel_reasons};
use crate::setup::model::{self, CancelReason, CancelReasonForm};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, TextField};
use crate::ui::{DataTable, page_error};

/// How a built-in entry is used, for the table.
fn use_of(kind: CancelReasonKind) -> String {
    t!(match kind {
        CancelReasonKind::Custom => "setup-cancel-use-custom",
        CancelReasonKind::Other => "setup-cancel-use-other",
        CancelReasonKind::PatientOnline => "setup-cancel-use-patient-online",
        CancelReasonKind::TimeOff => "setup-cancel-use-time-off",
    })
}

#[component]
pub fn CancelReasonsPage() -> impl IntoView {
    let clinic = clinic_param();
    let editing = query_id("edit");
    let save = ServerAction::<SaveCancelReason>::new();
    let set_active = ServerAction::<SetCancelReasonActive>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get(), set_active.version().get()),
        |(clinic, _, _)| list_cancel_reasons(clinic),
    );
    let toggle_error = move || {
        set_active.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>{t!("setup-cancel-loading")}</p> }>
            {move || { let edit_id = editing.get(); Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let edited = edit_id.and_then(|id| view.data.iter().find(|r| r.id == id).cloned());
                let rows = view.data.iter().cloned().map(|reason| {
                    let slug = slug.clone();
                    let kind = reason.kind();
                    let hidden_label = format!(" {}", reason.label);
                    let question = t!("setup-cancel-deactivate-question", label = reason.label.as_str());
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/cancel-reasons?edit={}", reason.id) class="button button-small">
                            {t!("setup-edit")}<span class="visually-hidden">{hidden_label}</span>
                        </a>
                        {(kind == CancelReasonKind::Custom).then(|| active_toggle!(set_active, slug, reason.id, reason.active, question))}
                    });
                    view! {
                        <tr>
                            <td>{reason.label.clone()}</td>
                            <td>{use_of(kind)}</td>
                            <td>{reason.display_order}</td>
                            <td>{status_badge(reason.active)}</td>
                            <td class="actions">{actions}</td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-cancel-reasons")>
                        <p class="hint">{t!("setup-cancel-intro")}</p>
                        {toggle_error}
                        <DataTable caption="table-cancellation-reasons" columns=&["column-reason", "column-used-for", "column-order", "column-status", ""]>{rows}</DataTable>
                        {view.can_edit.then(|| view! { <CancelReasonEditor clinic=slug.clone() reason=edited save /> })}
                    </SetupFrame>
                }.into_any()
            })}}
        </Suspense>
    }
}

/// Adds a reason, or changes `reason`.
#[component]
fn CancelReasonEditor(
    clinic: String,
    reason: Option<CancelReason>,
    save: ServerAction<SaveCancelReason>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let form = reason.as_ref().map(CancelReasonForm::from_reason).unwrap_or_default();
    let heading = match &reason {
        Some(reason) => t!("setup-cancel-edit", label = reason.label.as_str()),
        None => t!("setup-cancel-add-heading"),
    };
    let back = format!("/setup/{clinic}/cancel-reasons");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=&["label", "display_order"] />
            <SavedNotice action=save text=t!("setup-saved") />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {reason.as_ref().map(|reason| view! { <input type="hidden" name="id" value=reason.id.to_string() /> })}
                <TextField key="label" label=t!("setup-reason") value=form.label required=true
                    check=|v| model::check_cancel_reason_label(v).err() />
                <TextField key="display_order" label=t!("setup-cancel-order") value=form.display_order
                    input_type="number" min="0" max="999" hint=t!("setup-order-hint")
                    check=|v| model::check_display_order(v).err() />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {t!(if reason.is_some() { "setup-cancel-save" } else { "setup-cancel-add" })}
                    </button>
                    {reason.is_some().then(|| view! { <a href=back class="button button-quiet-dark">{t!("setup-done")}</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
