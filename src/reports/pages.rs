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
        <Title text="Reports" />
        <h1>"Reports"</h1>
        <p class="lead">"How the practice is doing, each figure beside the same figure for the period before."</p>
        <Transition fallback=|| view! { <p class="loading">"Counting…"</p> }>
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
            view! { <option value=*value selected=selected>{*label}</option> }
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
        .map(|headline| view! { <HeadlineCard headline /> })
        .collect_view();
    let charts = report
        .series
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, series)| view! { <Chart index series /> })
        .collect_view();
    let tables = report
        .tables
        .iter()
        .cloned()
        .map(|table| {
            let href = export(&table.key);
            view! { <TableSection table href /> }
        })
        .collect_view();
    let period = format!(
        "{} to {} ({} days), compared with {} to {}",
        report.period.from,
        report.period.to,
        report.period.days(),
        report.previous.from,
        report.previous.to
    );
    view! {
        <form method="get" action="/reports" class="calendar-toolbar report-filters">
            <label for="report-clinic">"Clinic"</label>
            <select id="report-clinic" name="clinic">
                <option value="" selected=report.clinic.is_empty()>"All of mine"</option>
                {clinic_options}
            </select>
            <label for="report-preset">"Period"</label>
            <select id="report-preset" name="preset">{preset_options}</select>
            <label for="report-from">"From"</label>
            <input id="report-from" name="from" type="date"
                value=if choices.from.is_empty() { report.period.from.to_string() } else { choices.from.clone() } />
            <label for="report-to">"To"</label>
            <input id="report-to" name="to" type="date"
                value=if choices.to.is_empty() { report.period.to.to_string() } else { choices.to.clone() } />
            <label for="report-provider">"Provider"</label>
            <select id="report-provider" name="provider_id">
                <option value="">"Everyone"</option>
                {provider_options}
            </select>
            <button type="submit" class="button button-small">"Show"</button>
        </form>
        <p class="report-period">{period}</p>
        <section aria-labelledby="report-figures">
            <h2 id="report-figures">"Figures"</h2>
            <ul class="report-headlines">{headlines}</ul>
        </section>
        <section aria-labelledby="report-charts">
            <h2 id="report-charts">"Day by day"</h2>
            {charts}
        </section>
        {tables}
        <Definitions />
    }
}

#[component]
fn HeadlineCard(headline: Headline) -> impl IntoView {
    let change = change(&headline.current, &headline.previous);
    view! {
        <li class="report-headline">
            <span class="report-headline-name">{headline.name.clone()}</span>
            <span class="report-headline-value">{headline.current.written()}</span>
            <span class="report-headline-previous">
                {format!("Previous period: {}", headline.previous.written())}
                {change.map(|c| format!(" ({c})"))}
            </span>
        </li>
    }
}

/// How the figure moved, in its own terms: points for percentages, a difference otherwise.
fn change(current: &Cell, previous: &Cell) -> Option<String> {
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
        Cell::Percent(_) => format!("{sign}{:.1} points", delta.abs()),
        Cell::Count(_) => format!("{sign}{}", delta.abs() as i64),
        Cell::Money(_) => format!("{sign}{:.2}", delta.abs()),
        _ => format!("{sign}{:.1}", delta.abs()),
    })
}

/// Chart dimensions, in the SVG's own units.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 160.0;

/// A day-by-day bar chart, drawn on the server, with the same numbers as a table beside it.
#[component]
fn Chart(index: usize, series: Series) -> impl IntoView {
    let values: Vec<f64> = series.points.iter().filter_map(|p| p.2).collect();
    let top = values.iter().copied().fold(0.0_f64, f64::max);
    let scale = if top > 0.0 { top } else { 1.0 };
    let width = WIDTH / series.points.len().max(1) as f64;
    let title_id = format!("chart-{index}-title");
    let desc_id = format!("chart-{index}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let first = series.points.first().map(|p| p.0.clone()).unwrap_or_default();
    let last = series.points.last().map(|p| p.0.clone()).unwrap_or_default();
    let highest = series
        .points
        .iter()
        .filter(|p| p.2.is_some())
        .max_by(|a, b| a.2.partial_cmp(&b.2).unwrap_or(std::cmp::Ordering::Equal));
    let description = match highest {
        Some((day, written, _)) => {
            format!("{first} to {last}; highest {written} on {day}. The table below has every day.")
        }
        None => format!("{first} to {last}; nothing to show."),
    };
    let bars = series
        .points
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
    let rows = series
        .points
        .iter()
        .map(|(day, written, _)| view! { <tr><td>{day.clone()}</td><td class="numeric">{written.clone()}</td></tr> })
        .collect_view();
    let top_label = match series.unit.as_str() {
        "%" => format!("{top:.1}%"),
        unit => format!("{top:.1} {unit}"),
    };
    view! {
        <figure class="report-chart">
            <figcaption>{series.title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled_by
                preserveAspectRatio="none" class="report-chart-svg">
                <title id=title_id>{format!("{} by day", series.title)}</title>
                <desc id=desc_id>{description}</desc>
                <line x1="0" y1=HEIGHT.to_string() x2=WIDTH.to_string() y2=HEIGHT.to_string() class="report-chart-axis" />
                {bars}
            </svg>
            <p class="report-chart-scale">
                <span>{first}</span>
                <span>{format!("Top of the chart: {top_label}")}</span>
                <span>{last}</span>
            </p>
            <details class="report-chart-table">
                <summary>{format!("{} as a table", series.title)}</summary>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr><th scope="col">"Date"</th><th scope="col">{series.title.clone()}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[component]
fn TableSection(table: ReportTable, href: String) -> impl IntoView {
    let heading_id = format!("report-table-{}", table.key);
    let labelled_by = heading_id.clone();
    let headings =
        table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
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
                        view! { <th scope="row">{cell.written()}</th> }.into_any()
                    } else {
                        let class = if cell.numeric() { "numeric" } else { "" };
                        view! { <td class=class>{cell.written()}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section aria-labelledby=labelled_by class="report-table">
            <div class="report-table-heading">
                <h2 id=heading_id>{table.title.clone()}</h2>
                <a href=href class="button button-small" download="">"Download CSV"<span class="visually-hidden">{format!(" of {}", table.title.to_lowercase())}</span></a>
            </div>
            {if empty {
                view! { <p class="empty-state">"Nothing in this period."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <caption class="visually-hidden">{table.title.clone()}</caption>
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
            <h2 id="report-definitions">"How this is counted"</h2>
            <dl>
                <dt>"Dates"</dt>
                <dd>"Appointments count on the local date of the visit, in their clinic's time zone. The previous period is as long as this one and ends the day before it starts. Holds of patients still booking online are not counted."</dd>
                <dt>"Utilization"</dt>
                <dd>"Time booked ÷ time available. Time booked is what live appointments (not cancelled, not no-shows) take: the visit with its preparation and clean-up. Time available is each provider's weekly hours on each date (a day when the clocks change is as long as it really is), less their time off and the clinic's closures. For a chair: the hours a provider is scheduled in it, less the chair's, the provider's and the clinic's time off."</dd>
                <dt>"No-show rate"</dt>
                <dd>"No-shows ÷ (no-shows + patients who came: arrived, in the chair or completed)."</dd>
                <dt>"Late and early cancellations"</dt>
                <dd>"A cancellation is late when it was made within the clinic's cancellation notice before the visit (for example 24 hours), early otherwise. Reasons are the clinic's list of cancellation reasons, by their current names."</dd>
                <dt>"Production"</dt>
                <dd>"Scheduled: the fees of live appointments. Completed: the fees of completed visits. Each appointment keeps the fee of its type when it was booked. Per available hour: completed fees ÷ hours available. Amounts in different currencies are never added together."</dd>
                <dt>"New patients"</dt>
                <dd>"Patients whose first completed visit ever falls in the period, counted for the provider of that visit; online when that visit was booked online by the patient, front desk otherwise."</dd>
                <dt>"Hygiene reappointment"</dt>
                <dd>"Of completed visits with a hygienist, the share whose patient left with a later appointment booked: one made by the end of the visit's day and not cancelled by then."</dd>
                <dt>"Online booking share and lead time"</dt>
                <dd>"Appointments the patient booked online ÷ all appointments made (cancelled ones included); lead time is the average number of days from booking to the visit."</dd>
            </dl>
        </section>
    }
}
