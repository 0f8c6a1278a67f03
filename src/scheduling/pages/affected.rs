//! `/calendar/affected?time_off=ID`: the appointments still booked in a time off, each with
//! free times to move it to (or cancel, or keep), applied in one action; and cancelling all of
//! them at once.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::local_day;
use crate::scheduling::batch::{AffectedView, ApplyBatch, affected_appointments};
use crate::t;
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
        <Title text=t!("sched-affected-title") />
        <h1>{t!("sched-affected-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("sched-finding-appointments")}</p> }>
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
                    {t!("sched-affected-done", moved = o.moved, cancelled = o.cancelled, kept = o.kept)}
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
            <p class="empty-state">{t!("sched-affected-none")}</p>
            <p><a href=setup>{t!("sched-affected-back")}</a></p>
        }
        .into_any();
    }
    let locale = view.clinic.locale();
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
                            " "{t!("sched-affected-move-to", time = s.label.as_str())}
                        </label>
                    }
                })
                .collect_view();
            let nothing_free = item.suggestions.is_empty();
            let when = match local_day(&a.starts_local) {
                Some(day) => format!("{} {}", locale.date_long(day), a.time),
                None => a.time.clone(),
            };
            view! {
                <li class="occurrence">
                    <input type="hidden" name=format!("choices[{i}][id]") value=a.id.to_string() />
                    <input type="hidden" name=format!("choices[{i}][version]") value=a.version.to_string() />
                    <strong>{when}</strong>
                    " · "{a.patient.clone()}" · "
                    {t!("sched-type-with-provider", kind = a.type_name.as_str(), provider = a.provider.as_str())}
                    <fieldset class="alternatives">
                        <legend>{t!("sched-affected-what-to-do", patient = a.patient.as_str())}</legend>
                        {options}
                        <label class="alternative">
                            <input type="radio" name=name.clone() value="cancel" checked=nothing_free />
                            " "{t!("sched-cancel")}
                        </label>
                        <label class="alternative">
                            <input type="radio" name=name.clone() value="keep" />
                            " "{t!("sched-affected-keep")}
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
            <button type="submit" class="button">{t!("sched-affected-apply")}</button>
        </ActionForm>
        <details class="confirm dialog-section">
            <summary class="button button-danger">{t!("sched-affected-cancel-all", count = count)}</summary>
            <ActionForm action=apply attr:class="confirm-body">
                <p>{t!("sched-affected-cancel-all-confirm", count = count, whose = view.whose.as_str())}</p>
                <input type="hidden" name="time_off_id" value=time_off_again />
                {all_cancel}
                <button type="submit" class="button button-danger">{t!("sched-affected-cancel-them-all")}</button>
            </ActionForm>
        </details>
        <p><a href=setup>{t!("sched-affected-back")}</a></p>
    }
    .into_any()
}
