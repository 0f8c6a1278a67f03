//! `/calendar/series`: booking a series. The rhythm is a plain GET form; the plan below it
//! shows every occurrence checked, with free alternatives (radio buttons) for those that
//! clash; booking sends the chosen times, and all of them are booked or none.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::scheduling::series::{BookSeries, MAX_OCCURRENCES, SeriesForm, SeriesPlan, plan_series};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

#[component]
pub fn SeriesPage() -> impl IntoView {
    let query = use_query_map();
    let form = Memo::new(move |_| {
        let q = query.read();
        let get = |name: &str| q.get(name).unwrap_or_default();
        SeriesForm {
            patient_id: get("patient"),
            appointment_type_id: get("type"),
            provider_id: get("provider"),
            chair_id: get("chair"),
            starts_at: get("at"),
            every: q.get("every").unwrap_or_else(|| "1".into()),
            unit: q.get("unit").unwrap_or_else(|| "weeks".into()),
            occurrences: q.get("count").unwrap_or_else(|| "4".into()),
        }
    });
    let plan = Resource::new(move || form.get(), plan_series);
    view! {
        <Title text=t!("sched-series-title") />
        <h1>{t!("sched-series-title")}</h1>
        <Rhythm form=form.get_untracked() />
        <Transition fallback=|| view! { <p class="loading">{t!("sched-series-checking")}</p> }>
            {move || Suspend::new(async move {
                match plan.await {
                    Err(error) => page_error(error, "/calendar"),
                    Ok(plan) => view! { <Plan plan form=form.get_untracked() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The series' rhythm: first time, every N weeks or months, how many.
#[component]
fn Rhythm(form: SeriesForm) -> impl IntoView {
    let hidden = [
        ("patient", form.patient_id.clone()),
        ("type", form.appointment_type_id.clone()),
        ("provider", form.provider_id.clone()),
        ("chair", form.chair_id.clone()),
    ]
    .into_iter()
    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
    .collect_view();
    let unit = form.unit.clone();
    view! {
        <form method="get" action="/calendar/series" class="calendar-toolbar">
            {hidden}
            <label for="series-at">{t!("sched-series-first")}</label>
            <input id="series-at" name="at" type="datetime-local" required value=form.starts_at.clone() />
            <label for="series-every">{t!("sched-series-every")}</label>
            <input id="series-every" name="every" type="number" min="1" max="52" required value=form.every.clone() />
            <label for="series-unit" class="visually-hidden">{t!("sched-series-unit")}</label>
            <select id="series-unit" name="unit">
                <option value="weeks" selected=unit == "weeks">{t!("sched-series-weeks")}</option>
                <option value="months" selected=unit == "months">{t!("sched-series-months")}</option>
            </select>
            <label for="series-count">{t!("sched-series-count")}</label>
            <input id="series-count" name="count" type="number" min="2" max=MAX_OCCURRENCES.to_string() required value=form.occurrences.clone() />
            <button type="submit" class="button button-small">{t!("sched-series-check")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn Plan(plan: SeriesPlan, form: SeriesForm) -> impl IntoView {
    let book = ServerAction::<BookSeries>::new();
    let feedback = FormFeedback::provide(book);
    let bookable =
        plan.occurrences.iter().all(|o| o.problem.is_none() || !o.alternatives.is_empty());
    let rows = plan
        .occurrences
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let name = format!("times[{i}]");
            match &o.problem {
                None => view! {
                    <li class="occurrence">
                        <input type="hidden" name=name value=o.starts_at.clone() />
                        <strong>{o.label.clone()}</strong>" · "<span class="badge badge-completed">{t!("sched-series-free")}</span>
                    </li>
                }
                .into_any(),
                Some(problem) => {
                    let choices = o
                        .alternatives
                        .iter()
                        .enumerate()
                        .map(|(j, time)| {
                            // The first, unless a refused booking chose another.
                            let chosen = feedback.typed(&format!("times.{i}"));
                            let checked = chosen.map_or(j == 0, |chosen| chosen == *time);
                            view! {
                                <label class="alternative">
                                    <input type="radio" name=name.clone() value=time.clone() checked=checked />
                                    {format!(" {}", &time[11..])}
                                </label>
                            }
                        })
                        .collect_view();
                    let none = o.alternatives.is_empty().then(|| {
                        view! { <p class="hint">{t!("sched-series-no-free-time")}</p> }
                    });
                    view! {
                        <li class="occurrence occurrence-clash">
                            <strong>{o.label.clone()}</strong>" · "<span class="badge badge-cancelled">{t!("sched-series-taken")}</span>
                            " "{problem.clone()}
                            <fieldset class="alternatives">
                                <legend>{t!("sched-series-instead")}</legend>
                                {choices}
                            </fieldset>
                            {none}
                        </li>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    let fields = [
        ("form[patient_id]", form.patient_id.clone()),
        ("form[appointment_type_id]", form.appointment_type_id.clone()),
        ("form[provider_id]", form.provider_id.clone()),
        ("form[chair_id]", form.chair_id.clone()),
        ("form[starts_at]", form.starts_at.clone()),
        ("form[every]", form.every.clone()),
        ("form[unit]", form.unit.clone()),
        ("form[occurrences]", form.occurrences.clone()),
    ]
    .into_iter()
    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
    .collect_view();
    let count = plan.occurrences.len();
    let back = format!("/calendar?clinic={}", plan.clinic_slug);
    view! {
        <p class="lead">
            {plan.patient.clone()}" · "
            {t!("sched-type-with-provider", kind = plan.type_name.as_str(), provider = plan.provider.as_str())}
        </p>
        <p><a href=back>{t!("sched-back-to-calendar")}</a></p>
        <ActionForm action=book attr:class="stacked-form">
            <FormProblem feedback keys=&[] />
            {fields}
            <ol class="occurrences">{rows}</ol>
            {bookable.then(|| view! {
                <button type="submit" class="button">{t!("sched-series-book", count = count)}</button>
            })}
        </ActionForm>
    }
    .into_any()
}
