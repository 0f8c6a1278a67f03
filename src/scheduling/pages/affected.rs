//! `/calendar/affected?time_off=ID`: the appointments still booked in a time off, each with
//! free times to move it to (or cancel, or keep), applied in one action; and cancelling all of
//! them at once.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::scheduling::batch::{AffectedView, ApplyBatch, affected_appointments};
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

#[component]
pub fn AffectedPage() -> impl IntoView {
    let query = use_query_map();
    let time_off =
        Memo::new(move |_| query.read().get("time_off").and_then(|t| t.parse::<i64>().ok()));
    let apply = ServerAction::<ApplyBatch>::new();
    let data = Resource::new(
        move || (time_off.get(), apply.version().get()),
        |(time_off, _)| affected_appointments(time_off.unwrap_or_default()),
    );
    view! {
        <Title text="Appointments in a time off" />
        <h1>"Appointments in a time off"</h1>
        <Transition fallback=|| view! { <p class="loading">"Finding the appointments…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/calendar"),
                    Ok(view) => view! { <Affected view apply /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Affected(view: AffectedView, apply: ServerAction<ApplyBatch>) -> impl IntoView {
    let feedback = FormFeedback::provide(apply);
    let done = move || {
        apply.value().get().and_then(Result::ok).map(|o| {
            view! {
                <p class="status status-ok" role="status">
                    {format!("Done: {} moved, {} cancelled, {} kept.", o.moved, o.cancelled, o.kept)}
                </p>
            }
        })
    };
    let summary = format!("{} · {} · {}", view.whose, view.period, view.reason);
    let setup = format!("/setup/{}/time-off", view.clinic.slug);
    if view.items.is_empty() {
        return view! {
            <p class="lead">{summary}</p>
            {done}
            <p class="empty-state">"No appointment is booked in this time any more."</p>
            <p><a href=setup>"Back to time off"</a></p>
        }
        .into_any();
    }
    let rows = view
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let a = &item.appointment;
            let name = format!("choices[{i}][action]");
            let options = item
                .suggestions
                .iter()
                .enumerate()
                .map(|(j, s)| {
                    view! {
                        <label class="alternative">
                            <input type="radio" name=name.clone() value=s.choice.clone() checked=j == 0 />
                            {format!(" Move to {}", s.label)}
                        </label>
                    }
                })
                .collect_view();
            let nothing_free = item.suggestions.is_empty();
            view! {
                <li class="occurrence">
                    <input type="hidden" name=format!("choices[{i}][id]") value=a.id.to_string() />
                    <input type="hidden" name=format!("choices[{i}][version]") value=a.version.to_string() />
                    <strong>{format!("{} {}", &a.starts_local[..10], a.time)}</strong>
                    {format!(" · {} · {} with {}", a.patient, a.type_name, a.provider)}
                    <fieldset class="alternatives">
                        <legend>{format!("What to do with {}'s appointment", a.patient)}</legend>
                        {options}
                        <label class="alternative">
                            <input type="radio" name=name.clone() value="cancel" checked=nothing_free />
                            " Cancel"
                        </label>
                        <label class="alternative">
                            <input type="radio" name=name.clone() value="keep" />
                            " Keep as booked"
                        </label>
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let all_cancel = view
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            view! {
                <input type="hidden" name=format!("choices[{i}][id]") value=item.appointment.id.to_string() />
                <input type="hidden" name=format!("choices[{i}][version]") value=item.appointment.version.to_string() />
                <input type="hidden" name=format!("choices[{i}][action]") value="cancel" />
            }
        })
        .collect_view();
    let count = view.items.len();
    let time_off = view.time_off_id.to_string();
    let time_off_again = time_off.clone();
    view! {
        <p class="lead">{summary}</p>
        {done}
        <FormProblem feedback keys=&[] />
        <ActionForm action=apply attr:class="stacked-form">
            <input type="hidden" name="time_off_id" value=time_off />
            <ol class="occurrences">{rows}</ol>
            <button type="submit" class="button">"Apply these choices"</button>
        </ActionForm>
        <details class="confirm dialog-section">
            <summary class="button button-danger">{format!("Cancel all {count}…")}</summary>
            <ActionForm action=apply attr:class="confirm-body">
                <p>{format!("Cancel all {count} appointments? Each is recorded as cancelled because {} is unavailable.", view.whose)}</p>
                <input type="hidden" name="time_off_id" value=time_off_again />
                {all_cancel}
                <button type="submit" class="button button-danger">"Cancel them all"</button>
            </ActionForm>
        </details>
        <p><a href=setup>"Back to time off"</a></p>
    }
    .into_any()
}
