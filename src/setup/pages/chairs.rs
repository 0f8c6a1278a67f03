//! `/setup/{clinic}/chairs`: the clinic's chairs in display order; add, rename, deactivate.

use leptos::prelude::*;

use super::{SetupFrame, active_toggle, clinic_param, here, query_id, status_badge};
use crate::setup::chairs::{SaveChair, SetChairActive, list_chairs};
use crate::setup::model::{self, Chair, ChairForm};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, TextField};
use crate::ui::{DataTable, page_error};

#[component]
pub fn ChairsPage() -> impl IntoView {
    let clinic = clinic_param();
    let editing = query_id("edit");
    let save = ServerAction::<SaveChair>::new();
    let set_active = ServerAction::<SetChairActive>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get(), set_active.version().get()),
        |(clinic, _, _)| list_chairs(clinic),
    );
    let toggle_error = move || {
        set_active.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>{t!("setup-chairs-loading")}</p> }>
            {move || { let edit_id = editing.get(); Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let edited = edit_id.and_then(|id| view.data.iter().find(|c| c.id == id).cloned());
                let rows = view.data.iter().cloned().map(|chair| {
                    let slug = slug.clone();
                    let hidden_name = format!(" {}", chair.name);
                    let question = t!("setup-chairs-deactivate-question", name = chair.name.as_str());
                    let actions = view.can_edit.then(move || view! {
                        <a href=format!("/setup/{slug}/chairs?edit={}", chair.id) class="button button-small">
                            {t!("setup-edit")}<span class="visually-hidden">{hidden_name}</span>
                        </a>
                        {active_toggle!(set_active, slug, chair.id, chair.active, question)}
                    });
                    view! {
                        <tr>
                            <td>{chair.name.clone()}</td>
                            <td>{chair.display_order}</td>
                            <td>{status_badge(chair.active)}</td>
                            <td class="actions">{actions}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = view.data.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-chairs")>
                        {toggle_error}
                        {if empty {
                            view! { <p class="empty">{t!("setup-chairs-none")}</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="table-chairs" columns=&["column-name", "column-order", "column-status", ""]>{rows}</DataTable>
                            }.into_any()
                        }}
                        {view.can_edit.then(|| view! { <ChairEditor clinic=slug.clone() chair=edited save /> })}
                    </SetupFrame>
                }.into_any()
            })}}
        </Suspense>
    }
}

/// Adds a chair, or changes `chair`.
#[component]
fn ChairEditor(
    clinic: String,
    chair: Option<Chair>,
    save: ServerAction<SaveChair>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let form = chair.as_ref().map(ChairForm::from_chair).unwrap_or_default();
    let heading = match &chair {
        Some(chair) => t!("setup-edit-name", name = chair.name.as_str()),
        None => t!("setup-chairs-add-heading"),
    };
    let back = format!("/setup/{clinic}/chairs");
    view! {
        <section class="card editor">
            <h2>{heading}</h2>
            <FormProblem feedback keys=&["name", "display_order"] />
            <SavedNotice action=save text=t!("setup-saved") />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                {chair.as_ref().map(|chair| view! { <input type="hidden" name="id" value=chair.id.to_string() /> })}
                <TextField key="name" label=t!("setup-name") value=form.name required=true
                    check=|v| model::check_chair_name(v).err() />
                <TextField key="display_order" label=t!("setup-chairs-order") value=form.display_order
                    input_type="number" min="0" max="999" hint=t!("setup-order-hint")
                    check=|v| model::check_display_order(v).err() />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {t!(if chair.is_some() { "setup-chairs-save" } else { "setup-chairs-add" })}
                    </button>
                    {chair.is_some().then(|| view! { <a href=back class="button button-quiet-dark">{t!("setup-done")}</a> })}
                </div>
            </ActionForm>
        </section>
    }
}
