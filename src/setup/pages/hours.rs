//! `/setup/{clinic}/providers/{id}/hours`: a provider's week at a glance, the intervals on
//! record from today, and (for admins) the editor of a new rota from a chosen date.

use chrono::{NaiveTime, Timelike};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{SetupFrame, clinic_param, here};
use crate::domain::schedule::{parse_date, parse_time};
use crate::domain::{Weekday, WeeklyInterval};
use crate::i18n::Locale;
use crate::setup::hours::{SaveHours, provider_hours};
use crate::setup::model::{Chair, HoursData, HoursForm, HoursRow};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

/// Blank rows offered below the rota for new intervals (enough for a new day or two).
const BLANK_ROWS: usize = 4;

#[component]
pub fn HoursPage() -> impl IntoView {
    let clinic = clinic_param();
    let params = use_params_map();
    let query = use_query_map();
    let provider = Memo::new(move |_| {
        params.read().get("provider").and_then(|p| p.parse::<i64>().ok()).unwrap_or_default()
    });
    let on = Memo::new(move |_| query.read().get("on"));
    let save = ServerAction::<SaveHours>::new();
    let data = Resource::new(
        move || (clinic.get(), provider.get(), on.get(), save.version().get()),
        |(clinic, provider, on, _)| provider_hours(clinic, provider, on),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t!("setup-hours-loading")}</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let locale = view.clinic.locale();
                let data = view.data;
                let rota = data.rota();
                let title = t!("setup-hours-title");
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title>
                        <h2 class="subheading">
                            <A href=format!("/setup/{slug}/providers")>{t!("setup-section-providers")}</A>" › "{data.provider.name.clone()}
                        </h2>
                        <form method="get" class="inline-form date-picker">
                            <label for="on">{t!("setup-hours-show-week")}</label>
                            <input id="on" name="on" type="date" value=data.on.to_string() />
                            <button type="submit" class="button button-small">{t!("setup-show")}</button>
                        </form>
                        <WeekAtAGlance rota=rota.clone() chairs=data.chairs.clone() locale />
                        <IntervalsOnRecord data=data.clone() locale />
                        {view.can_edit.then(|| view! { <RotaEditor clinic=slug.clone() data=data.clone() rota save /> })}
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

fn chair_name(chairs: &[Chair], id: Option<i64>) -> Option<String> {
    id.and_then(|id| chairs.iter().find(|c| c.id == id)).map(|c| c.name.clone())
}

/// "09:00–13:00", or "9:00 AM–1:00 PM" where the clinic's clock has 12 hours.
fn time_span(locale: Locale, starts: NaiveTime, ends: NaiveTime) -> String {
    format!("{}–{}", locale.time(starts), locale.time(ends))
}

/// A whole hour of the day (0 to 24) as the clinic's clock shows it.
fn whole_hour(locale: Locale, hour: u32) -> String {
    NaiveTime::from_hms_opt(hour, 0, 0)
        .map(|time| locale.time(time))
        .unwrap_or_else(|| format!("{hour:02}:00"))
}

/// "Monday", in the page's language.
fn day_name(day: Weekday) -> String {
    t!(&format!("format-weekday-{}", day.iso()))
}

/// "Mon", in the page's language.
fn day_short_name(day: Weekday) -> String {
    t!(&format!("format-weekday-short-{}", day.iso()))
}

fn minutes(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

/// Seven columns, Monday to Sunday: each day's intervals drawn to scale over the working day
/// (SVG, since the page's Content-Security-Policy allows no inline styles), then listed in
/// words for reading and for screen readers.
#[component]
fn WeekAtAGlance(rota: Vec<WeeklyInterval>, chairs: Vec<Chair>, locale: Locale) -> impl IntoView {
    // The drawn window: 07:00 to 19:00, widened to whole hours around any interval outside it.
    let first =
        rota.iter().map(|i| minutes(i.starts) / 60 * 60).min().unwrap_or(7 * 60).min(7 * 60);
    let last = rota
        .iter()
        .map(|i| minutes(i.ends).div_ceil(60) * 60)
        .max()
        .unwrap_or(19 * 60)
        .max(19 * 60);
    let columns = Weekday::ALL
        .into_iter()
        .map(|day| {
            let today: Vec<&WeeklyInterval> = rota.iter().filter(|i| i.weekday == day).collect();
            let bars = today
                .iter()
                .map(|i| {
                    let y = (minutes(i.starts) - first).to_string();
                    let height = (minutes(i.ends) - minutes(i.starts)).to_string();
                    view! { <rect class="week-bar" x="0" y=y width="10" height=height rx="1" /> }
                })
                .collect_view();
            let hour_lines = (first / 60 + 1..last / 60)
                .map(|hour| {
                    let y = (hour * 60 - first).to_string();
                    view! { <line class="week-hour" x1="0" x2="10" y1=y.clone() y2=y /> }
                })
                .collect_view();
            let words = if today.is_empty() {
                view! { <li class="week-off">{t!("setup-hours-not-working")}</li> }.into_any()
            } else {
                today
                    .iter()
                    .map(|i| {
                        let chair = chair_name(&chairs, i.chair_id);
                        view! {
                            <li>
                                {time_span(locale, i.starts, i.ends)}
                                {chair.map(|c| view! { <span class="week-chair">{c}</span> })}
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            // The short name shown, the rest of the full name for screen readers ("Mon" "day");
            // where the short name is not the start of the full one, the full name alone is read.
            let (short, full) = (day_short_name(day), day_name(day));
            let heading = match full.strip_prefix(short.as_str()) {
                Some(rest) => view! { {short.clone()}<span class="visually-hidden">{rest.to_string()}</span> }.into_any(),
                None => view! {
                    <span aria-hidden="true">{short.clone()}</span><span class="visually-hidden">{full.clone()}</span>
                }.into_any(),
            };
            view! {
                <div class="week-day">
                    <h3>{heading}</h3>
                    <svg class="week-track" viewBox=format!("0 0 10 {}", last - first)
                        preserveAspectRatio="none" aria-hidden="true">
                        {hour_lines}
                        {bars}
                    </svg>
                    <ul class="week-list">{words}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="week" aria-label=t!("setup-hours-week")>
            <p class="week-scale" aria-hidden="true">
                {t!("setup-hours-scale", first = whole_hour(locale, first / 60), last = whole_hour(locale, last / 60))}
            </p>
            <div class="week-grid">{columns}</div>
        </section>
    }
}

/// Every interval from today on, with the dates it applies to (future rotas included).
#[component]
fn IntervalsOnRecord(data: HoursData, locale: Locale) -> impl IntoView {
    if data.intervals.is_empty() {
        return view! { <p class="empty">{t!("setup-hours-none")}</p> }.into_any();
    }
    let rows = data
        .intervals
        .iter()
        .map(|i| {
            let from = locale.date_numeric(i.span.from);
            let valid = match i.span.until {
                Some(until) => {
                    t!("setup-hours-valid-until", from = from, until = locale.date_numeric(until))
                }
                None => t!("setup-hours-valid-from", from = from),
            };
            view! {
                <tr>
                    <td>{day_name(i.interval.weekday)}</td>
                    <td>{time_span(locale, i.interval.starts, i.interval.ends)}</td>
                    <td>{chair_name(&data.chairs, i.interval.chair_id).unwrap_or_else(|| t!("setup-hours-any"))}</td>
                    <td>{valid}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="record">
            <summary>{t!("setup-hours-all-on-record")}</summary>
            <DataTable caption="table-working-hours-on-record" columns=&["column-day", "column-hours", "column-chair", "column-valid"]>{rows}</DataTable>
        </details>
    }
    .into_any()
}

/// A new rota: the week in effect on the shown date, editable row by row, saved from a date.
#[component]
fn RotaEditor(
    clinic: String,
    data: HoursData,
    rota: Vec<WeeklyInterval>,
    save: ServerAction<SaveHours>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let mut form = HoursForm::from_rota(data.on, &rota);
    // After a failed post, as many rows as were sent come back (none typed is lost).
    let sent_rows = (0..crate::setup::model::MAX_ROTA_ROWS)
        .take_while(|i| feedback.typed(&format!("rows.{i}.weekday")).is_some())
        .count();
    let wanted = sent_rows.max(form.rows.len() + BLANK_ROWS);
    form.rows.resize_with(wanted, || HoursRow { weekday: "1".into(), ..Default::default() });
    let days: Vec<(String, String)> =
        Weekday::ALL.iter().map(|d| (d.iso().to_string(), day_name(*d))).collect();
    let chairs: Vec<(String, String)> =
        std::iter::once((String::new(), t!("setup-hours-any-chair")))
            .chain(
                data.chairs.iter().filter(|c| c.active).map(|c| (c.id.to_string(), c.name.clone())),
            )
            .collect();
    let provider_id = data.provider.id.to_string();
    let rows = form
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            view! {
                <tr>
                    <td><SelectField key=format!("rows.{i}.weekday") label=t!("setup-hours-row-day", row = i + 1)
                        value=row.weekday options=days.clone() label_hidden=true /></td>
                    <td><TextField key=format!("rows.{i}.starts") label=t!("setup-hours-row-starts", row = i + 1)
                        value=row.starts input_type="time" label_hidden=true
                        check=|v| if v.trim().is_empty() { None } else { parse_time(v, &t!("setup-hours-what-start")).err() } /></td>
                    <td><TextField key=format!("rows.{i}.ends") label=t!("setup-hours-row-ends", row = i + 1)
                        value=row.ends input_type="time" label_hidden=true
                        check=|v| if v.trim().is_empty() { None } else { parse_time(v, &t!("setup-hours-what-end")).err() } /></td>
                    <td><SelectField key=format!("rows.{i}.chair_id") label=t!("setup-hours-row-chair", row = i + 1)
                        value=row.chair_id options=chairs.clone() label_hidden=true /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card editor">
            <h2>{t!("setup-hours-new-rota")}</h2>
            <p>{t!("setup-hours-new-rota-intro")}</p>
            <FormProblem feedback keys=&["valid_from", "valid_until"] />
            <SavedNotice action=save text=t!("setup-hours-saved") />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <input type="hidden" name="provider_id" value=provider_id />
                <div class="form-row">
                    <TextField key="valid_from" label=t!("setup-first-day") value=form.valid_from input_type="date" required=true
                        check=|v| parse_date(v, &t!("setup-what-first-day")).err() />
                    <TextField key="valid_until" label=t!("setup-hours-last-day-optional") value=form.valid_until input_type="date"
                        hint=t!("setup-hours-last-day-hint")
                        check=|v| if v.trim().is_empty() { None } else { parse_date(v, &t!("setup-what-last-day")).err() } />
                </div>
                <DataTable caption="table-intervals-of-the-new-rota" columns=&["column-day", "column-starts", "column-ends", "column-chair"]>
                    {rows}
                </DataTable>
                <div>
                    <button type="submit" class="button" disabled=move || save.pending().get()>{t!("setup-hours-save")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
