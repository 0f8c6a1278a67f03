//! The clinic calendar's data: a day by provider or by chair, or a provider's week, with the
//! appointments placed on each day's time axis, the working hours and the time off.

use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;

use super::model::CalendarView;
use crate::error::AppError;

/// The calendar of `clinic` (the viewer's first clinic when empty) around `date` (a local
/// date, today when empty) in `layout` (`providers`, `chairs` or `week`; the week is
/// `provider_id`'s, the first provider's when none).
#[server(endpoint = "appointments/calendar")]
pub async fn calendar(
    #[server(default)] clinic: String,
    #[server(default)] date: String,
    #[server(default)] layout: String,
    #[server(default)] provider_id: Option<i64>,
) -> Result<CalendarView, AppError> {
    ssr::calendar(clinic, date, layout, provider_id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;
    use sqlx::postgres::types::PgRange;
    use sqlx::types::Json;

    use super::super::availability::working_window;
    use super::super::day_axis::DayAxis;
    use super::super::model::{
        Away, CalendarAppointment, CalendarColumn, CalendarView, Choice, Layout, Placed,
        TypeChoice, Working,
    };
    use crate::audit::reads;
    use crate::audit::store::{AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, ClinicAccess};
    use crate::auth::session;
    use crate::domain::patient::{age_on, format_patient_number};
    use crate::domain::schedule::parse_date;
    use crate::domain::{AppointmentStatus, Permission, Weekday, WeeklyInterval};
    use crate::error::AppError;
    use crate::patients::model::display_name;
    use crate::scheduling::live::LIVE;
    use crate::server::page_cache;
    use crate::server::state::app_state;
    use crate::t;

    /// The reason the query gives a time held by a patient booking online (worded in the
    /// reader's language when the column is drawn).
    const HOLD_MARK: &str = "online hold";

    /// A time-off row: provider, chair (neither: the whole clinic), start, end, reason.
    type TimeOffRow = (Option<i64>, Option<i64>, DateTime<Utc>, DateTime<Utc>, String);

    /// The clinic's grid step in minutes, the cancellation reasons staff pick from, its providers (id, name, colour, active), chairs (id,
    /// name, active), active appointment types (id, name, minutes, needs a chair, the providers
    /// who perform it), weekly hours and time off, as one row.
    type ClinicSetup = (
        i32,
        Json<Vec<(i64, String)>>,
        Json<Vec<(i64, String, String, bool)>>,
        Json<Vec<(i64, String, bool)>>,
        Json<Vec<(i64, String, i32, bool, Vec<i64>)>>,
        Json<Vec<RotaRow>>,
        Json<Vec<TimeOffRow>>,
        i64,
    );

    /// A working-hours row: provider, weekday, start, end, chair, valid from, valid until.
    type RotaRow = (i64, i16, NaiveTime, NaiveTime, Option<i64>, NaiveDate, Option<NaiveDate>);

    pub async fn calendar(
        clinic: String,
        date: String,
        layout: String,
        provider_id: Option<i64>,
    ) -> Result<CalendarView, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewCalendar).await?;
        let mut conn = state.pool.acquire().await?;
        let clinics = clinic_access::clinics_of(&mut conn, actor.staff_id).await?;
        let access = clinic_access::open_among(actor, &clinics, &clinic)?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let now = Utc::now();
        let today = now.with_timezone(&zone).date_naive();
        let date = match date.trim() {
            "" => today,
            text => parse_date(text, "a date").map_err(|m| AppError::invalid("date", m))?,
        };
        let mut view =
            load(&mut conn, &access, zone, date, Layout::parse(&layout), provider_id, now).await?;
        view.new_online = crate::online::staff::ssr::unseen(
            &mut conn,
            access.actor.staff_id,
            access.clinic.id,
            zone,
        )
        .await?;
        let unseen: Vec<i64> = view.new_online.iter().map(|b| b.id).collect();
        for column in &mut view.columns {
            for placed in &mut column.appointments {
                placed.appointment.new_online = unseen.contains(&placed.appointment.id);
            }
        }
        drop(conn);
        audit_view(&access, &view).await?;
        // A hold runs out by the clock, not by a change: a page showing one is not kept.
        let shows_a_hold = view.columns.iter().any(|column| {
            column.away.iter().any(|away| away.held)
                || column
                    .appointments
                    .iter()
                    .any(|p| p.appointment.status == AppointmentStatus::Held)
        });
        if shows_a_hold {
            page_cache::must_not_keep();
        }
        Ok(CalendarView { clinics, ..view })
    }

    /// The calendar's content, without the viewer's list of clinics (public for the
    /// benchmark, which measures exactly what a page load asks of the database).
    pub async fn load(
        conn: &mut PgConnection,
        access: &ClinicAccess,
        zone: chrono_tz::Tz,
        date: NaiveDate,
        layout: Layout,
        provider_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<CalendarView, AppError> {
        let clinic_id = access.clinic.id;
        let today = now.with_timezone(&zone).date_naive();
        // The days shown: the week view is one provider's, from the clinic's first day of the
        // week; the day views are one day.
        let days: Vec<NaiveDate> = match layout {
            Layout::Week => {
                let first = super::week_start(date, access.clinic.week_starts);
                (0..7).map(|d| first + Days::new(d)).collect()
            }
            _ => vec![date],
        };
        let axes: Vec<DayAxis> = days.iter().map(|d| DayAxis::new(&zone, *d)).collect();
        let period = (
            axes.first().map(|a| a.start).unwrap_or(now),
            axes.last().map(|a| a.instant_at(i64::from(a.length))).unwrap_or(now),
        );

        // Everything but the appointments in one round trip, each list as JSON rows (a
        // statement costs a page its protocol overhead however little it reads): the grid
        // step, providers, chairs and active types; the weekly hours valid on the days shown;
        // time off, and the times held by patients booking online (shaded like time off: they
        // are taken until confirmed or expired, but are no appointment yet).
        let (
            slot_step,
            Json(cancel_reasons),
            Json(providers),
            Json(chairs),
            Json(types),
            Json(rota),
            Json(time_off),
            live_seq,
        ): ClinicSetup = sqlx::query_as(&format!(
            "SELECT c.slot_step_minutes,
                        coalesce((SELECT json_agg(json_build_array(r.id, r.label)
                                                  ORDER BY r.display_order, lower(r.label), r.id)
                                  FROM cancel_reason r
                                  WHERE r.clinic_id = c.id AND r.active
                                    AND r.kind IN ('custom', 'other')), '[]'),
                        coalesce((SELECT json_agg(json_build_array(p.id, p.name, p.colour, p.active)
                                                  ORDER BY lower(p.name), p.id)
                                  FROM provider p WHERE p.clinic_id = c.id), '[]'),
                        coalesce((SELECT json_agg(json_build_array(ch.id, ch.name, ch.active)
                                                  ORDER BY ch.display_order, lower(ch.name), ch.id)
                                  FROM chair ch WHERE ch.clinic_id = c.id), '[]'),
                        coalesce((SELECT json_agg(json_build_array(
                                             t.id, t.name, t.duration_minutes, t.needs_chair,
                                             array(SELECT tp.provider_id
                                                   FROM appointment_type_provider tp
                                                   WHERE tp.appointment_type_id = t.id
                                                   ORDER BY tp.provider_id))
                                         ORDER BY lower(t.name), t.id)
                                  FROM appointment_type t WHERE t.clinic_id = c.id AND t.active),
                                 '[]'),
                        coalesce((SELECT json_agg(json_build_array(
                                             w.provider_id, w.weekday, w.starts, w.ends, w.chair_id,
                                             w.valid_from, w.valid_until))
                                  FROM working_hours w
                                  WHERE w.clinic_id = c.id
                                    AND daterange(w.valid_from, w.valid_until, '[]')
                                        && daterange($2, $3, '[]')), '[]'),
                        coalesce((SELECT json_agg(json_build_array(
                                             o.provider_id, o.chair_id, lower(o.period),
                                             upper(o.period), o.reason))
                                  FROM (SELECT provider_id, chair_id, period, reason FROM time_off
                                        WHERE clinic_id = c.id AND period && tstzrange($4, $5)
                                        UNION ALL
                                        SELECT a.provider_id, a.chair_id, a.blocked,
                                               '{HOLD_MARK}'
                                        FROM appointment a
                                        WHERE a.clinic_id = c.id AND a.status = 'held' AND {LIVE}
                                          AND a.blocked && tstzrange($4, $5)) o), '[]'),
                        (SELECT greatest(coalesce(max(e.seq), 0), (SELECT seq FROM live_event_horizon))
                         FROM live_event e WHERE e.clinic_id = c.id)
                 FROM clinic c WHERE c.id = $1"
        ))
        .bind(clinic_id)
        .bind(days[0])
        .bind(days[days.len() - 1])
        .bind(period.0)
        .bind(period.1)
        .fetch_one(&mut *conn)
        .await?;

        // The week view's provider: the one asked for, else the first active one. (The rota
        // above is the whole clinic's; each column takes its own provider's hours.)
        let week_provider = (layout == Layout::Week)
            .then(|| {
                provider_id
                    .filter(|id| providers.iter().any(|p| p.0 == *id))
                    .or_else(|| providers.iter().find(|p| p.3).map(|p| p.0))
            })
            .flatten();
        let appointments = appointments_between(
            conn,
            clinic_id,
            (zone, access.clinic.locale()),
            period,
            week_provider,
        )
        .await?;

        let step = u32::try_from(slot_step).unwrap_or(15);
        let mut columns: Vec<CalendarColumn> = Vec::new();
        let working_on = |provider: Option<i64>, chair: Option<i64>, axis: &DayAxis| {
            let weekday = Weekday::of(axis.date);
            rota.iter()
                .filter(|(p, day, _, _, c, from, until)| {
                    Weekday::from_iso(*day) == Some(weekday)
                        && provider.is_none_or(|id| id == *p)
                        && chair.is_none_or(|id| Some(id) == *c)
                        && *from <= axis.date
                        && until.is_none_or(|u| axis.date <= u)
                })
                .filter_map(|(_, day, starts, ends, c, _, _)| {
                    let interval =
                        WeeklyInterval::new(Weekday::from_iso(*day)?, *starts, *ends, *c).ok()?;
                    let window = working_window(&zone, axis.date, &interval)?;
                    Some(Working {
                        from: axis.minute_of(window.start),
                        to: axis.minute_of(window.end),
                        chair_id: *c,
                    })
                })
                .collect::<Vec<_>>()
        };
        let away_in = |provider: Option<i64>, chair: Option<i64>, axis: &DayAxis| {
            time_off
                .iter()
                .filter(|(p, c, _, _, _)| {
                    (p.is_none() && c.is_none())
                        || (provider.is_some() && *p == provider)
                        || (chair.is_some() && *c == chair)
                })
                .filter_map(|(_, _, from, to, reason)| {
                    let (from, to) = (axis.minute_of(*from), axis.minute_of(*to));
                    let held = reason == HOLD_MARK;
                    (to > 0 && from < i64::from(axis.length)).then(|| Away {
                        from: from.max(0),
                        to: to.min(i64::from(axis.length)),
                        reason: if held { t!("sched-held-online") } else { reason.clone() },
                        held,
                    })
                })
                .collect::<Vec<_>>()
        };
        let placed_in = |keep: &dyn Fn(&CalendarAppointment) -> bool, axis: &DayAxis| {
            appointments
                .iter()
                .filter(|(a, _)| a.status.is_live() && keep(a))
                .filter(|(a, _)| {
                    a.starts < axis.instant_at(i64::from(axis.length)) && a.ends > axis.start
                })
                .map(|(a, blocked)| Placed {
                    appointment: a.clone(),
                    visit: (axis.minute_of(a.starts), axis.minute_of(a.ends)),
                    blocked: (axis.minute_of(blocked.0), axis.minute_of(blocked.1)),
                })
                .collect::<Vec<_>>()
        };
        match layout {
            Layout::Providers => {
                let axis = &axes[0];
                for (id, name, colour, active) in &providers {
                    let placed = placed_in(&|a| a.provider_id == *id, axis);
                    if !active && placed.is_empty() {
                        continue;
                    }
                    columns.push(CalendarColumn {
                        title: name.clone(),
                        colour: Some(colour.clone()),
                        provider_id: Some(*id),
                        chair_id: None,
                        axis: axis.clone(),
                        working: working_on(Some(*id), None, axis),
                        away: away_in(Some(*id), None, axis),
                        appointments: placed,
                    });
                }
            }
            Layout::Chairs => {
                let axis = &axes[0];
                for (id, name, active) in &chairs {
                    let placed = placed_in(&|a| a.chair_id == Some(*id), axis);
                    if !active && placed.is_empty() {
                        continue;
                    }
                    columns.push(CalendarColumn {
                        title: name.clone(),
                        colour: None,
                        provider_id: None,
                        chair_id: Some(*id),
                        axis: axis.clone(),
                        working: merged(working_on(None, Some(*id), axis)),
                        away: away_in(None, Some(*id), axis),
                        appointments: placed,
                    });
                }
                let chairless = placed_in(&|a| a.chair_id.is_none(), axis);
                if !chairless.is_empty() {
                    columns.push(CalendarColumn {
                        title: t!("sched-no-chair"),
                        colour: None,
                        provider_id: None,
                        chair_id: None,
                        axis: axis.clone(),
                        working: Vec::new(),
                        away: away_in(None, None, axis),
                        appointments: chairless,
                    });
                }
            }
            Layout::Week => {
                if let Some(provider) = providers.iter().find(|p| Some(p.0) == week_provider) {
                    for axis in &axes {
                        columns.push(CalendarColumn {
                            title: access.clinic.locale().date_medium(axis.date),
                            colour: Some(provider.2.clone()),
                            provider_id: Some(provider.0),
                            chair_id: None,
                            axis: axis.clone(),
                            working: working_on(Some(provider.0), None, axis),
                            away: away_in(Some(provider.0), None, axis),
                            appointments: placed_in(&|a| a.provider_id == provider.0, axis),
                        });
                    }
                }
            }
        }

        let released = appointments
            .iter()
            .filter(|(a, _)| !a.status.is_live())
            .map(|(a, _)| a.clone())
            .collect();
        Ok(CalendarView {
            live_seq,
            clinic: access.clinic.clone(),
            clinics: Vec::new(),
            layout,
            date,
            today,
            provider_id: week_provider,
            now,
            slot_step: step,
            shown: shown(&columns),
            columns,
            released,
            new_online: Vec::new(),
            providers: providers
                .iter()
                .filter(|p| p.3)
                .map(|p| Choice { id: p.0, name: p.1.clone() })
                .collect(),
            chairs: chairs
                .iter()
                .filter(|c| c.2)
                .map(|c| Choice { id: c.0, name: c.1.clone() })
                .collect(),
            types: types
                .into_iter()
                .map(|(id, name, minutes, needs_chair, providers)| TypeChoice {
                    id,
                    name,
                    minutes: u32::try_from(minutes).unwrap_or(0),
                    needs_chair,
                    providers,
                })
                .collect(),
            cancel_reasons: cancel_reasons
                .into_iter()
                .map(|(id, name)| Choice { id, name })
                .collect(),
            can_book: access.actor.role.allows(Permission::BookAppointments),
            can_update_status: access.actor.role.allows(Permission::UpdateAppointmentStatus),
        })
    }

    /// The minutes shown: the working hours and the appointments, rounded out to whole hours,
    /// and at least 08:00 to 18:00 of an ordinary day.
    fn shown(columns: &[CalendarColumn]) -> (i64, i64) {
        let mut from = 8 * 60;
        let mut to = 18 * 60;
        for column in columns {
            let spans = column
                .working
                .iter()
                .map(|w| (w.from, w.to))
                .chain(column.appointments.iter().map(|p| p.blocked));
            for (start, end) in spans {
                from = from.min(start);
                to = to.max(end);
            }
            let length = i64::from(column.axis.length);
            from = from.max(0);
            to = to.min(length);
        }
        (from.div_euclid(60) * 60, (to + 59).div_euclid(60) * 60)
    }

    /// Overlapping or touching ranges joined (several providers' hours in one chair).
    fn merged(mut ranges: Vec<Working>) -> Vec<Working> {
        ranges.sort_unstable_by_key(|w| (w.from, w.to));
        let mut joined: Vec<Working> = Vec::new();
        for range in ranges {
            match joined.last_mut() {
                Some(last) if range.from <= last.to => last.to = last.to.max(range.to),
                _ => joined.push(range),
            }
        }
        joined
    }

    fn bounds(range: &PgRange<DateTime<Utc>>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        use std::ops::Bound::{Excluded, Included};
        match (range.start, range.end) {
            (Included(s) | Excluded(s), Included(e) | Excluded(e)) => Some((s, e)),
            _ => None,
        }
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        version: i32,
        patient_id: i64,
        first_name: String,
        preferred_name: String,
        last_name: String,
        number: i64,
        date_of_birth: NaiveDate,
        type_id: i64,
        type_name: String,
        colour: String,
        status: String,
        provider_id: i64,
        provider: String,
        chair_id: Option<i64>,
        chair: Option<String>,
        visit: PgRange<DateTime<Utc>>,
        blocked: PgRange<DateTime<Utc>>,
        warnings: Vec<String>,
        booked_online: bool,
        notes: String,
        cancel_reason: Option<String>,
    }

    /// The clinic's appointments (all statuses) whose visits overlap the period, by start,
    /// with their blocked range; one provider's only when `provider` is given.
    pub async fn appointments_between(
        conn: &mut PgConnection,
        clinic_id: i64,
        (zone, locale): (chrono_tz::Tz, crate::i18n::Locale),
        period: (DateTime<Utc>, DateTime<Utc>),
        provider: Option<i64>,
    ) -> Result<Vec<(CalendarAppointment, (DateTime<Utc>, DateTime<Utc>))>, AppError> {
        // `blocked` contains `visit`, so the (clinic, blocked) index finds the candidates.
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.version, a.patient_id, p.first_name, p.preferred_name, p.last_name,
                    p.number, p.date_of_birth, a.appointment_type_id AS type_id,
                    t.name AS type_name, t.colour, a.status, a.provider_id, pr.name AS provider,
                    a.chair_id, ch.name AS chair, a.visit, a.blocked,
                    array(SELECT CASE m.kind
                                   WHEN 'allergy' THEN 'Allergy: ' || m.label
                                        || coalesce(' (' || m.severity || ')', '')
                                   ELSE 'Alert: ' || m.label END
                          FROM medical_item m
                          WHERE m.patient_id = a.patient_id AND m.active
                            AND m.kind IN ('alert', 'allergy')
                          ORDER BY m.kind, m.id) AS warnings,
                    a.booked_online, a.notes, a.cancel_reason
             FROM appointment a
             JOIN patient p ON p.id = a.patient_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider pr ON pr.id = a.provider_id
             LEFT JOIN chair ch ON ch.id = a.chair_id
             WHERE a.clinic_id = $1 AND a.blocked && tstzrange($2, $3)
               AND a.visit && tstzrange($2, $3)
               AND ($4::bigint IS NULL OR a.provider_id = $4)
             ORDER BY lower(a.visit), a.id",
        )
        .bind(clinic_id)
        .bind(period.0)
        .bind(period.1)
        .bind(provider)
        .fetch_all(&mut *conn)
        .await?;
        rows.into_iter()
            .map(|row| {
                let (starts, ends) = bounds(&row.visit).ok_or_else(|| {
                    AppError::internal(format!("appointment {} has an open visit", row.id))
                })?;
                let blocked = bounds(&row.blocked).unwrap_or((starts, ends));
                let status = AppointmentStatus::parse(&row.status).map_err(AppError::internal)?;
                let local_start = starts.with_timezone(&zone);
                let local_end = ends.with_timezone(&zone);
                let appointment = CalendarAppointment {
                    id: row.id,
                    version: row.version,
                    patient_id: row.patient_id,
                    patient: display_name(&row.first_name, &row.preferred_name, &row.last_name),
                    patient_number: format_patient_number(row.number),
                    patient_age: age_on(row.date_of_birth, local_start.date_naive()),
                    type_id: row.type_id,
                    type_name: row.type_name,
                    colour: row.colour,
                    status,
                    provider_id: row.provider_id,
                    provider: row.provider,
                    chair_id: row.chair_id,
                    chair: row.chair,
                    starts,
                    ends,
                    time: format!(
                        "{}–{}",
                        locale.time(local_start.time()),
                        locale.time(local_end.time())
                    ),
                    starts_local: local_start.format("%Y-%m-%dT%H:%M").to_string(),
                    warnings: row.warnings,
                    booked_online: row.booked_online,
                    new_online: false,
                    notes: row.notes,
                    cancel_reason: row.cancel_reason,
                };
                Ok((appointment, blocked))
            })
            .collect()
    }

    /// Showing the calendar shows patients' names and alerts: audited with the patients'
    /// ids.
    async fn audit_view(access: &ClinicAccess, view: &CalendarView) -> Result<(), AppError> {
        let mut patients: Vec<i64> = view
            .columns
            .iter()
            .flat_map(|c| c.appointments.iter().map(|p| p.appointment.patient_id))
            .chain(view.released.iter().map(|a| a.patient_id))
            .chain(view.new_online.iter().map(|b| b.patient_id))
            .collect();
        patients.sort_unstable();
        patients.dedup();
        let entry =
            AuditEntry::new("calendar.viewed", Outcome::Success, &session::request_origin())
                .actor(access.actor.staff_id, access.actor.role)
                .clinic(access.clinic.id)
                .details(json!({
                    "date": view.date, "layout": view.layout.as_str(),
                    "provider_id": view.provider_id, "patients": patients,
                }));
        page_cache::may_keep(&entry);
        reads::append(entry).await?;
        Ok(())
    }
}

/// The first day of the week holding `date`, for a week that starts on ISO weekday
/// `week_starts` (1 is Monday, 7 is Sunday).
pub fn week_start(date: NaiveDate, week_starts: u8) -> NaiveDate {
    let since =
        (i64::from(date.weekday().number_from_monday()) - i64::from(week_starts)).rem_euclid(7);
    date - Days::new(since as u64)
}

#[cfg(test)]
mod week_tests {
    use super::week_start;
    use chrono::NaiveDate;

    #[test]
    fn a_week_starts_on_the_clinics_first_day() {
        // Thursday 3 December 2026.
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert_eq!(week_start(thursday, 1), day(30));
        assert_eq!(week_start(thursday, 7), day(29));
        assert_eq!(week_start(thursday, 6), day(28));
        assert_eq!(week_start(thursday, 4), thursday);
        let sunday = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(week_start(sunday, 7), sunday);
        assert_eq!(week_start(sunday, 1), day(30));
    }
}
