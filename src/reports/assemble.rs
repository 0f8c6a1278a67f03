//! Turns the counted rows into the report: tallies per provider and local day (appointments,
//! new patients, available time), summed per day, provider, chair and day of the week, for the
//! period and the previous one.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;

use super::model::{Cell, Headline, ReportTable, Series, Tally};
use super::period::Period;
use super::rota::{Available, add_clinic};
use super::store::{DayCounts, ReasonCount, Setup};
use crate::domain::Weekday;

/// What was read for a report.
pub struct Counted {
    pub period: Period,
    pub previous: Period,
    pub days: Vec<DayCounts>,
    pub reasons: Vec<ReasonCount>,
    pub setup: Setup,
    /// Whether the report covers more than one clinic (tables then name each row's clinic).
    pub clinic_names: HashMap<i64, String>,
}

/// The report's figures, series and tables, and the providers it could be narrowed to.
pub struct Assembled {
    /// (id, name) of the clinics' providers.
    pub providers: Vec<(i64, String)>,
    pub headlines: Vec<Headline>,
    pub series: Vec<Series>,
    pub tables: Vec<ReportTable>,
}

/// Sums of the tallies, for the period and the previous one.
#[derive(Default)]
struct Both {
    current: Tally,
    previous: Tally,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

pub fn assemble(counted: Counted) -> Assembled {
    let Counted { period, previous, days, reasons, setup, clinic_names } = counted;
    let span = Period { from: previous.from, to: period.to };

    let mut available = Available::default();
    for clinic in &setup.clinics {
        let Ok(zone) = clinic.time_zone.parse::<Tz>() else { continue };
        let rota: Vec<_> =
            setup.rota.iter().filter(|(c, _)| *c == clinic.id).map(|(_, r)| r.clone()).collect();
        let off: Vec<_> = setup
            .time_off
            .iter()
            .filter(|(c, _)| *c == clinic.id)
            .map(|(_, o)| o.clone())
            .collect();
        add_clinic(&mut available, &zone, span, &rota, &off);
    }

    // Per provider and day.
    let mut by_provider_day: HashMap<(i64, NaiveDate), Tally> = HashMap::new();
    let mut chair_booked: HashMap<(i64, NaiveDate), i64> = HashMap::new();
    for row in &days {
        *by_provider_day.entry((row.provider_id, row.day)).or_default() += &row.tally();
        if row.chair_id != 0 {
            *chair_booked.entry((row.chair_id, row.day)).or_default() += row.booked_minutes;
        }
    }
    for (key, minutes) in &available.providers {
        by_provider_day.entry(*key).or_default().available_minutes += minutes;
    }

    let mut total = Both::default();
    let mut per_day: BTreeMap<NaiveDate, Tally> =
        period.dates().map(|d| (d, Tally::default())).collect();
    let mut per_provider: HashMap<i64, Both> = HashMap::new();
    let mut per_weekday: BTreeMap<u32, Both> = BTreeMap::new();
    for ((provider, day), tally) in &by_provider_day {
        let current = period.contains(*day);
        if !current && !previous.contains(*day) {
            continue;
        }
        let add = |both: &mut Both| {
            if current { both.current += tally } else { both.previous += tally }
        };
        add(&mut total);
        add(per_provider.entry(*provider).or_default());
        add(per_weekday.entry(day.weekday().number_from_monday()).or_default());
        if current {
            *per_day.entry(*day).or_default() += tally;
        }
    }
    let mut per_chair: HashMap<i64, [(i64, i64); 2]> = HashMap::new();
    let chair_days = available.chairs.keys().chain(chair_booked.keys());
    let mut seen = std::collections::HashSet::new();
    for key in chair_days {
        if !seen.insert(*key) {
            continue;
        }
        let (chair, day) = *key;
        let slot = if period.contains(day) {
            0
        } else if previous.contains(day) {
            1
        } else {
            continue;
        };
        let entry = &mut per_chair.entry(chair).or_default()[slot];
        entry.0 += available.chairs.get(key).copied().unwrap_or(0);
        entry.1 += chair_booked.get(key).copied().unwrap_or(0);
    }

    let headlines = headlines(&total);
    let series = series(&per_day);
    let several_clinics = clinic_names.len() > 1;
    let clinic_of = |clinic_id: i64| clinic_names.get(&clinic_id).cloned().unwrap_or_default();

    let mut provider_rows = Vec::new();
    for provider in &setup.providers {
        let Some(both) = per_provider.get(&provider.id) else { continue };
        let (t, p) = (&both.current, &both.previous);
        let mut row = vec![text(&provider.name)];
        if several_clinics {
            row.push(text(clinic_of(provider.clinic_id)));
        }
        row.extend([
            Cell::Hours(t.available_hours()),
            Cell::Hours(t.booked_hours()),
            Cell::Percent(t.utilization()),
            Cell::Percent(p.utilization()),
            Cell::Count(t.appointments),
            Cell::Count(t.no_shows),
            Cell::Percent(t.no_show_rate()),
            Cell::Count(t.late_cancellations),
            Cell::Count(t.early_cancellations),
            Cell::Money(t.scheduled_fees.clone()),
            Cell::Money(t.completed_fees.clone()),
            Cell::Money(p.completed_fees.clone()),
            Cell::Money(t.completed_fees_per_hour()),
            Cell::Count(t.new_patients()),
            Cell::Percent(t.hygiene_reappointment_rate()),
            Cell::Percent(t.online_share()),
            Cell::Days(t.lead_days()),
        ]);
        provider_rows.push(row);
    }
    let mut provider_columns = vec!["Provider"];
    if several_clinics {
        provider_columns.push("Clinic");
    }
    provider_columns.extend([
        "Available hours",
        "Booked hours",
        "Utilization",
        "Utilization (previous)",
        "Appointments",
        "No-shows",
        "No-show rate",
        "Late cancellations",
        "Early cancellations",
        "Scheduled fees",
        "Completed fees",
        "Completed fees (previous)",
        "Completed fees per available hour",
        "New patients",
        "Hygiene reappointment",
        "Online share",
        "Lead time (days)",
    ]);

    let mut chair_rows = Vec::new();
    for chair in &setup.chairs {
        let Some([current, before]) = per_chair.get(&chair.id) else { continue };
        let utilization = |(available, booked): (i64, i64)| {
            (available > 0).then(|| booked as f64 / available as f64)
        };
        let mut row = vec![text(&chair.name)];
        if several_clinics {
            row.push(text(clinic_of(chair.clinic_id)));
        }
        row.extend([
            Cell::Hours(current.0 as f64 / 60.0),
            Cell::Hours(current.1 as f64 / 60.0),
            Cell::Percent(utilization(*current)),
            Cell::Percent(utilization(*before)),
        ]);
        chair_rows.push(row);
    }
    let mut chair_columns = vec!["Chair"];
    if several_clinics {
        chair_columns.push("Clinic");
    }
    chair_columns.extend([
        "Scheduled hours",
        "Booked hours",
        "Utilization",
        "Utilization (previous)",
    ]);

    let weekday_rows = (1..=7)
        .filter_map(|n| {
            let both = per_weekday.get(&n)?;
            let name = Weekday::from_iso(n as i16).map(|w| w.name()).unwrap_or_default();
            Some(vec![
                text(name),
                Cell::Hours(both.current.available_hours()),
                Cell::Hours(both.current.booked_hours()),
                Cell::Percent(both.current.utilization()),
                Cell::Percent(both.previous.utilization()),
                Cell::Count(both.current.appointments),
                Cell::Percent(both.current.no_show_rate()),
            ])
        })
        .collect();

    let mut by_reason: BTreeMap<String, [i64; 3]> = BTreeMap::new();
    for r in &reasons {
        let counts = by_reason.entry(r.label.clone()).or_default();
        match (r.current, r.late) {
            (true, true) => counts[0] += r.cancellations,
            (true, false) => counts[1] += r.cancellations,
            (false, _) => counts[2] += r.cancellations,
        }
    }
    let mut reason_rows: Vec<_> = by_reason.into_iter().collect();
    reason_rows.sort_by(|a, b| (b.1[0] + b.1[1]).cmp(&(a.1[0] + a.1[1])).then(a.0.cmp(&b.0)));
    let reason_rows = reason_rows
        .into_iter()
        .map(|(label, [late, early, before])| {
            vec![
                text(label),
                Cell::Count(late),
                Cell::Count(early),
                Cell::Count(late + early),
                Cell::Count(before),
            ]
        })
        .collect();

    let day_rows = per_day
        .iter()
        .map(|(day, t)| {
            vec![
                text(day.to_string()),
                Cell::Hours(t.available_hours()),
                Cell::Hours(t.booked_hours()),
                Cell::Percent(t.utilization()),
                Cell::Count(t.appointments),
                Cell::Count(t.no_shows),
                Cell::Count(t.late_cancellations),
                Cell::Count(t.early_cancellations),
                Cell::Money(t.completed_fees.clone()),
                Cell::Count(t.new_patients()),
                Cell::Percent(t.hygiene_reappointment_rate()),
                Cell::Percent(t.online_share()),
                Cell::Days(t.lead_days()),
            ]
        })
        .collect();

    let table = |key: &str, title: &str, columns: &[&str], rows: Vec<Vec<Cell>>| ReportTable {
        key: key.into(),
        title: title.into(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    };
    let tables = vec![
        table("providers", "By provider", &provider_columns, provider_rows),
        table("chairs", "By chair", &chair_columns, chair_rows),
        table(
            "weekdays",
            "By day of the week",
            &[
                "Day",
                "Available hours",
                "Booked hours",
                "Utilization",
                "Utilization (previous)",
                "Appointments",
                "No-show rate",
            ],
            weekday_rows,
        ),
        table(
            "reasons",
            "Cancellations by reason",
            &["Reason", "Late", "Early", "All", "All (previous)"],
            reason_rows,
        ),
        table(
            "days",
            "Day by day",
            &[
                "Date",
                "Available hours",
                "Booked hours",
                "Utilization",
                "Appointments",
                "No-shows",
                "Late cancellations",
                "Early cancellations",
                "Completed fees",
                "New patients",
                "Hygiene reappointment",
                "Online share",
                "Lead time (days)",
            ],
            day_rows,
        ),
    ];
    let providers = setup.providers.iter().map(|p| (p.id, p.name.clone())).collect();
    Assembled { providers, headlines, series, tables }
}

/// The figures of the period beside the previous period's; `series` names the day-by-day
/// chart of each (see [`series`]).
fn headlines(total: &Both) -> Vec<Headline> {
    let (t, p) = (&total.current, &total.previous);
    let line = |name: &str, f: &dyn Fn(&Tally) -> Cell, series: Option<usize>| Headline {
        name: name.into(),
        current: f(t),
        previous: f(p),
        series,
    };
    vec![
        line("Utilization", &|t| Cell::Percent(t.utilization()), Some(0)),
        line("No-show rate", &|t| Cell::Percent(t.no_show_rate()), Some(1)),
        line("Late cancellations", &|t| Cell::Count(t.late_cancellations), Some(2)),
        line("Early cancellations", &|t| Cell::Count(t.early_cancellations), Some(2)),
        line("Scheduled production", &|t| Cell::Money(t.scheduled_fees.clone()), None),
        line("Completed production", &|t| Cell::Money(t.completed_fees.clone()), Some(3)),
        line(
            "Completed production per available hour",
            &|t| Cell::Money(t.completed_fees_per_hour()),
            None,
        ),
        line("New patients", &|t| Cell::Count(t.new_patients()), Some(4)),
        line("New patients who booked online", &|t| Cell::Count(t.new_online), Some(4)),
        line("Hygiene reappointment", &|t| Cell::Percent(t.hygiene_reappointment_rate()), Some(5)),
        line("Online booking share", &|t| Cell::Percent(t.online_share()), Some(6)),
        line("Lead time (days, booking to visit)", &|t| Cell::Days(t.lead_days()), Some(7)),
    ]
}

/// Each figure day by day over the period.
fn series(per_day: &BTreeMap<NaiveDate, Tally>) -> Vec<Series> {
    let one = |title: &str, unit: &str, f: &dyn Fn(&Tally) -> Cell| Series {
        title: title.into(),
        unit: unit.into(),
        points: per_day.iter().map(|(day, t)| (day.to_string(), f(t))).collect(),
    };
    let currencies: Vec<String> = per_day
        .values()
        .flat_map(|t| t.completed_fees.iter().filter(|(_, v)| **v != 0).map(|(c, _)| c.clone()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let money_unit = if currencies.len() == 1 { currencies[0].clone() } else { "fees".into() };
    vec![
        one("Utilization", "%", &|t| Cell::Percent(t.utilization())),
        one("No-show rate", "%", &|t| Cell::Percent(t.no_show_rate())),
        one("Cancellations (late and early)", "cancellations", &|t| {
            Cell::Count(t.late_cancellations + t.early_cancellations)
        }),
        one("Completed production", &money_unit, &|t| Cell::Money(t.completed_fees.clone())),
        one("New patients", "patients", &|t| Cell::Count(t.new_patients())),
        one("Hygiene reappointment", "%", &|t| Cell::Percent(t.hygiene_reappointment_rate())),
        one("Online booking share", "%", &|t| Cell::Percent(t.online_share())),
        one("Lead time", "days", &|t| Cell::Days(t.lead_days())),
    ]
}
