//! `/reports`: the practice report. A plain GET form chooses the clinic (or all), the period
//! and a provider; the figures stand beside the previous period's, each charted day by day as
//! an SVG drawn on the server (with its numbers in a table beside it), and every table can be
//! downloaded as CSV.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::api::practice_report;
use super::model::{Cell, Headline, ReportTable, ReportView, Series};
use super::period::PRESETS;
use crate::domain::Weekday;
use crate::i18n::{Locale, Region};
use crate::t;
use crate::ui::{encode, page_error};

/// The form's choices as the address carries them.
#[derive(Debug, Clone, PartialEq, Default)]
struct Choices {
    clinic: String,
    preset: String,
    from: String,
    to: String,
    provider_id: String,
}

impl Choices {
    /// As a query string, without empty fields (an empty number is no number).
    fn query(&self) -> String {
        [
            ("clinic", &self.clinic),
            ("preset", &self.preset),
            ("from", &self.from),
            ("to", &self.to),
            ("provider_id", &self.provider_id),
        ]
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect::<Vec<_>>()
        .join("&")
    }
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let choices = Memo::new(move |_| Choices {
        clinic: param("clinic"),
        preset: param("preset"),
        from: param("from"),
        to: param("to"),
        provider_id: param("provider_id"),
    });
    let data = Resource::new(
        move || choices.get(),
        |c| {
            let provider = c.provider_id.trim().parse::<i64>().ok();
            practice_report(c.clinic, c.preset, c.from, c.to, provider)
        },
    );
    view! {
        <Title text=t!("admin-report-title") />
        <h1>{t!("admin-report-title")}</h1>
        <p class="lead">{t!("admin-report-lead")}</p>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-report-counting")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/reports"),
                    Ok(report) => view! { <Report report choices=choices.get_untracked() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Report(report: ReportView, choices: Choices) -> impl IntoView {
    // Dates in the words and order of the clinic reported on (the first, over all of them).
    let locale = report
        .clinics
        .iter()
        .find(|c| c.slug == report.clinic)
        .or(report.clinics.first())
        .map(|c| c.locale())
        .unwrap_or_else(|| Locale::here(Region::default()));
    let clinic_options = report
        .clinics
        .iter()
        .map(|c| {
            let selected = report.clinic == c.slug;
            view! { <option value=c.slug.clone() selected=selected>{c.name.clone()}</option> }
        })
        .collect_view();
    let preset_options = PRESETS
        .iter()
        .map(|(value, label)| {
            let selected = report.preset == *value;
            view! { <option value=*value selected=selected>{preset_label(value, label)}</option> }
        })
        .collect_view();
    let provider_options = report
        .providers
        .iter()
        .map(|(id, name)| {
            let selected = report.provider_id == Some(*id);
            view! { <option value=id.to_string() selected=selected>{name.clone()}</option> }
        })
        .collect_view();
    let exported = Choices {
        clinic: report.clinic.clone(),
        preset: "custom".into(),
        from: report.period.from.to_string(),
        to: report.period.to.to_string(),
        provider_id: report.provider_id.map(|id| id.to_string()).unwrap_or_default(),
    };
    let export = move |key: &str| format!("/api/reports/export?{}&table={key}", exported.query());
    let headlines = report
        .headlines
        .iter()
        .cloned()
        .map(|headline| view! { <HeadlineCard headline locale /> })
        .collect_view();
    let charts = report
        .series
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, series)| view! { <Chart index series locale /> })
        .collect_view();
    let tables = report
        .tables
        .iter()
        .cloned()
        .map(|table| {
            let href = export(&table.key);
            view! { <TableSection table href locale /> }
        })
        .collect_view();
    let period = t!(
        "admin-report-period",
        from = locale.date_numeric(report.period.from),
        to = locale.date_numeric(report.period.to),
        days = report.period.days(),
        previous_from = locale.date_numeric(report.previous.from),
        previous_to = locale.date_numeric(report.previous.to),
    );
    view! {
        <form method="get" action="/reports" class="calendar-toolbar report-filters">
            <label for="report-clinic">{t!("admin-report-clinic")}</label>
            <select id="report-clinic" name="clinic">
                <option value="" selected=report.clinic.is_empty()>{t!("admin-report-all-clinics")}</option>
                {clinic_options}
            </select>
            <label for="report-preset">{t!("admin-report-period-label")}</label>
            <select id="report-preset" name="preset">{preset_options}</select>
            <label for="report-from">{t!("admin-report-from")}</label>
            <input id="report-from" name="from" type="date"
                value=if choices.from.is_empty() { report.period.from.to_string() } else { choices.from.clone() } />
            <label for="report-to">{t!("admin-report-to")}</label>
            <input id="report-to" name="to" type="date"
                value=if choices.to.is_empty() { report.period.to.to_string() } else { choices.to.clone() } />
            <label for="report-provider">{t!("admin-report-provider")}</label>
            <select id="report-provider" name="provider_id">
                <option value="">{t!("admin-report-everyone")}</option>
                {provider_options}
            </select>
            <button type="submit" class="button button-small">{t!("admin-report-show")}</button>
        </form>
        <p class="report-period">{period}</p>
        <section aria-labelledby="report-figures">
            <h2 id="report-figures">{t!("admin-report-figures")}</h2>
            <ul class="report-headlines">{headlines}</ul>
        </section>
        <section aria-labelledby="report-charts">
            <h2 id="report-charts">{t!("admin-report-day-by-day")}</h2>
            {charts}
        </section>
        {tables}
        <Definitions />
    }
}

#[component]
fn HeadlineCard(headline: Headline, locale: Locale) -> impl IntoView {
    let change = change(&headline.current, &headline.previous, locale);
    view! {
        <li class="report-headline">
            <span class="report-headline-name">{label(&headline.name)}</span>
            <span class="report-headline-value">{headline.current.written(locale)}</span>
            <span class="report-headline-previous">
                {t!("admin-report-previous-period", value = headline.previous.written(locale))}
                {change.map(|c| format!(" ({c})"))}
            </span>
        </li>
    }
}

/// How the figure moved, in its own terms: points for percentages, a difference otherwise.
fn change(current: &Cell, previous: &Cell, locale: Locale) -> Option<String> {
    let (now, before) = (current.value()?, previous.value()?);
    let delta = now - before;
    let sign = if delta > 0.0 {
        "+"
    } else if delta < 0.0 {
        "−"
    } else {
        "±"
    };
    Some(match current {
        Cell::Percent(_) => {
            t!("admin-report-change-points", sign = sign, points = locale.number(delta.abs(), 1))
        }
        Cell::Count(_) => format!("{sign}{}", locale.number(delta.abs(), 0)),
        Cell::Money(_) => format!("{sign}{}", locale.number(delta.abs(), 2)),
        _ => format!("{sign}{}", locale.number(delta.abs(), 1)),
    })
}

/// Chart dimensions, in the SVG's own units.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 160.0;

/// A day-by-day bar chart, drawn on the server, with the same numbers as a table beside it.
#[component]
fn Chart(index: usize, series: Series, locale: Locale) -> impl IntoView {
    let title = label(&series.title);
    // (day, value as shown, value charted)
    let points: Vec<(String, String, Option<f64>)> = series
        .points
        .iter()
        .map(|(day, cell)| (shown_date(day, locale), cell.written(locale), cell.value()))
        .collect();
    let values: Vec<f64> = points.iter().filter_map(|p| p.2).collect();
    let top = values.iter().copied().fold(0.0_f64, f64::max);
    let scale = if top > 0.0 { top } else { 1.0 };
    let width = WIDTH / points.len().max(1) as f64;
    let title_id = format!("chart-{index}-title");
    let desc_id = format!("chart-{index}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let first = points.first().map(|p| p.0.clone()).unwrap_or_default();
    let last = points.last().map(|p| p.0.clone()).unwrap_or_default();
    let highest = points
        .iter()
        .filter(|p| p.2.is_some())
        .max_by(|a, b| a.2.partial_cmp(&b.2).unwrap_or(std::cmp::Ordering::Equal));
    let description = match highest {
        Some((day, written, _)) => t!(
            "admin-report-chart-description",
            first = first.as_str(),
            last = last.as_str(),
            highest = written.as_str(),
            day = day.as_str(),
        ),
        None => t!("admin-report-chart-empty", first = first.as_str(), last = last.as_str()),
    };
    let bars = points
        .iter()
        .enumerate()
        .filter_map(|(i, (day, written, value))| {
            let value = (*value)?;
            let height = (value / scale * (HEIGHT - 20.0)).max(if value > 0.0 { 1.0 } else { 0.0 });
            let x = i as f64 * width;
            Some(view! {
                <rect x=format!("{:.2}", x + width * 0.1) y=format!("{:.2}", HEIGHT - height)
                    width=format!("{:.2}", (width * 0.8).max(0.5)) height=format!("{height:.2}")>
                    <title>{format!("{day}: {written}")}</title>
                </rect>
            })
        })
        .collect_view();
    let rows = points
        .iter()
        .map(|(day, written, _)| view! { <tr><td>{day.clone()}</td><td class="numeric">{written.clone()}</td></tr> })
        .collect_view();
    let top_label = match series.unit.as_str() {
        "%" => locale.percent(top, 1),
        unit => format!("{} {}", locale.number(top, 1), unit_label(unit)),
    };
    view! {
        <figure class="report-chart">
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled_by
                preserveAspectRatio="none" class="report-chart-svg">
                <title id=title_id>{t!("admin-report-chart-title", title = title.as_str())}</title>
                <desc id=desc_id>{description}</desc>
                <line x1="0" y1=HEIGHT.to_string() x2=WIDTH.to_string() y2=HEIGHT.to_string() class="report-chart-axis" />
                {bars}
            </svg>
            <p class="report-chart-scale">
                <span>{first}</span>
                <span>{t!("admin-report-chart-top", top = top_label)}</span>
                <span>{last}</span>
            </p>
            <details class="report-chart-table">
                <summary>{t!("admin-report-chart-as-table", title = title.as_str())}</summary>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr><th scope="col">{t!("admin-report-date")}</th><th scope="col">{title.clone()}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[component]
fn TableSection(table: ReportTable, href: String, locale: Locale) -> impl IntoView {
    let heading_id = format!("report-table-{}", table.key);
    let labelled_by = heading_id.clone();
    let (title, of_title) = table_title(&table);
    let headings =
        table.columns.iter().map(|c| view! { <th scope="col">{label(c)}</th> }).collect_view();
    let key = table.key.clone();
    let empty = table.rows.is_empty();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == 0 {
                        let written = match key.as_str() {
                            "weekdays" => weekday_name(&cell.written(locale)),
                            "days" => shown_date(&cell.written(locale), locale),
                            _ => cell.written(locale),
                        };
                        view! { <th scope="row">{written}</th> }.into_any()
                    } else {
                        let class = if cell.numeric() { "numeric" } else { "" };
                        view! { <td class=class>{cell.written(locale)}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section aria-labelledby=labelled_by class="report-table">
            <div class="report-table-heading">
                <h2 id=heading_id>{title.clone()}</h2>
                <a href=href class="button button-small" download="">{t!("admin-report-download-csv")}<span class="visually-hidden">{of_title}</span></a>
            </div>
            {if empty {
                view! { <p class="empty-state">{t!("admin-report-nothing")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <caption class="visually-hidden">{title}</caption>
                            <thead><tr>{headings}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// How each figure is counted, as the page states it.
#[component]
fn Definitions() -> impl IntoView {
    view! {
        <section aria-labelledby="report-definitions" class="report-definitions">
            <h2 id="report-definitions">{t!("admin-report-def-heading")}</h2>
            <dl>
                <dt>{t!("admin-report-def-dates")}</dt>
                <dd>{t!("admin-report-def-dates-text")}</dd>
                <dt>{t!("admin-report-def-utilization")}</dt>
                <dd>{t!("admin-report-def-utilization-text")}</dd>
                <dt>{t!("admin-report-def-no-show-rate")}</dt>
                <dd>{t!("admin-report-def-no-show-rate-text")}</dd>
                <dt>{t!("admin-report-def-cancellations")}</dt>
                <dd>{t!("admin-report-def-cancellations-text")}</dd>
                <dt>{t!("admin-report-def-production")}</dt>
                <dd>{t!("admin-report-def-production-text")}</dd>
                <dt>{t!("admin-report-def-new-patients")}</dt>
                <dd>{t!("admin-report-def-new-patients-text")}</dd>
                <dt>{t!("admin-report-def-hygiene")}</dt>
                <dd>{t!("admin-report-def-hygiene-text")}</dd>
                <dt>{t!("admin-report-def-online")}</dt>
                <dd>{t!("admin-report-def-online-text")}</dd>
            </dl>
        </section>
    }
}

/// A label of the report (a figure, a chart, a table's column) in the page's language. The
/// server names them in English, the CSV export's words; one this page does not know stays as
/// it is.
fn label(english: &str) -> String {
    let key = match english {
        "Provider" => "admin-report-col-provider",
        "Clinic" => "admin-report-col-clinic",
        "Chair" => "admin-report-col-chair",
        "Day" => "admin-report-col-day",
        "Date" => "admin-report-col-date",
        "Reason" => "admin-report-col-reason",
        "Late" => "admin-report-col-late",
        "Early" => "admin-report-col-early",
        "All" => "admin-report-col-all",
        "All (previous)" => "admin-report-col-all-previous",
        "Available hours" => "admin-report-col-available-hours",
        "Scheduled hours" => "admin-report-col-scheduled-hours",
        "Booked hours" => "admin-report-col-booked-hours",
        "Utilization" => "admin-report-col-utilization",
        "Utilization (previous)" => "admin-report-col-utilization-previous",
        "Appointments" => "admin-report-col-appointments",
        "No-shows" => "admin-report-col-no-shows",
        "No-show rate" => "admin-report-col-no-show-rate",
        "Late cancellations" => "admin-report-col-late-cancellations",
        "Early cancellations" => "admin-report-col-early-cancellations",
        "Cancellations (late and early)" => "admin-report-col-cancellations",
        "Scheduled fees" => "admin-report-col-scheduled-fees",
        "Completed fees" => "admin-report-col-completed-fees",
        "Completed fees (previous)" => "admin-report-col-completed-fees-previous",
        "Completed fees per available hour" => "admin-report-col-completed-fees-per-hour",
        "Scheduled production" => "admin-report-col-scheduled-production",
        "Completed production" => "admin-report-col-completed-production",
        "Completed production per available hour" => {
            "admin-report-col-completed-production-per-hour"
        }
        "New patients" => "admin-report-col-new-patients",
        "New patients who booked online" => "admin-report-col-new-patients-online",
        "Hygiene reappointment" => "admin-report-col-hygiene-reappointment",
        "Online share" => "admin-report-col-online-share",
        "Online booking share" => "admin-report-col-online-booking-share",
        "Lead time" => "admin-report-col-lead-time",
        "Lead time (days)" => "admin-report-col-lead-time-days",
        "Lead time (days, booking to visit)" => "admin-report-col-lead-time-booking",
        _ => return english.to_string(),
    };
    t!(key)
}

/// A table's title, and the words after "Download CSV" that say which table it is.
fn table_title(table: &ReportTable) -> (String, String) {
    let keys = match table.key.as_str() {
        "providers" => Some(("admin-report-table-providers", "admin-report-download-providers")),
        "chairs" => Some(("admin-report-table-chairs", "admin-report-download-chairs")),
        "weekdays" => Some(("admin-report-table-weekdays", "admin-report-download-weekdays")),
        "reasons" => Some(("admin-report-table-reasons", "admin-report-download-reasons")),
        "days" => Some(("admin-report-table-days", "admin-report-download-days")),
        _ => None,
    };
    match keys {
        Some((title, of_title)) => (t!(title), t!(of_title)),
        None => (table.title.clone(), format!(" of {}", table.title.to_lowercase())),
    }
}

/// A preset of the period's list, by its value.
fn preset_label(value: &str, english: &str) -> String {
    let key = match value {
        "this_week" => "admin-report-preset-this-week",
        "last_month" => "admin-report-preset-last-month",
        "this_quarter" => "admin-report-preset-this-quarter",
        "last_12_months" => "admin-report-preset-last-12-months",
        "custom" => "admin-report-preset-custom",
        _ => return english.to_string(),
    };
    t!(key)
}

/// What a chart's numbers are in, after the top of its scale.
fn unit_label(unit: &str) -> String {
    let key = match unit {
        "cancellations" => "admin-report-unit-cancellations",
        "patients" => "admin-report-unit-patients",
        "days" => "admin-report-unit-days",
        "fees" => "admin-report-unit-fees",
        // A currency's code.
        _ => return unit.to_string(),
    };
    t!(key)
}

/// A day of the week the server names (in English), in the page's language.
fn weekday_name(name: &str) -> String {
    (1..=7)
        .find(|n| Weekday::from_iso(*n).is_some_and(|w| w.name() == name))
        .map(|n| t!(&format!("format-weekday-{n}")))
        .unwrap_or_else(|| name.to_string())
}

/// A date the server writes as `2026-12-01`, as people of the clinic's region read it.
fn shown_date(text: &str, locale: Locale) -> String {
    match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) => locale.date_numeric(date),
        Err(_) => text.to_string(),
    }
}
