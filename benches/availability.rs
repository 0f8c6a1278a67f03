//! The availability engine on a busy clinic: 10 providers with two intervals a day, five days
//! a week, 2,000 existing appointments over the 60 days asked about, any eligible provider,
//! a chair needed (4 chairs), in Europe/London (the window crosses no clock change).
//!
//! `cargo bench --features ssr --bench availability`

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Europe::London;
use criterion::{Criterion, criterion_group, criterion_main};

use chairside::domain::{DateSpan, Weekday, WeeklyInterval};
use chairside::scheduling::availability::{
    BookingPolicy, Busy, BusyList, ChairCalendar, ClinicCalendar, ProviderCalendar, RotaInterval,
    SlotQuery, VisitKind, available_slots,
};

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn clinic() -> (Vec<ProviderCalendar>, Vec<ChairCalendar>, DateTime<Utc>) {
    let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let now = first.and_hms_opt(0, 0, 0).unwrap().and_utc();
    let span = DateSpan::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None).unwrap();
    let mut appointments: Vec<Vec<Busy>> = vec![Vec::new(); 10];
    // 2,000 appointments spread over the providers and the 60 days, 30 to 90 minutes long.
    for n in 0..2_000i64 {
        let provider = (n % 10) as usize;
        let day = (n * 7) % 60;
        let start =
            now + Duration::days(day) + Duration::hours(9) + Duration::minutes((n * 37) % 420);
        appointments[provider].push(Busy::new(start, start + Duration::minutes(30 + (n % 3) * 30)));
    }
    let providers = appointments
        .into_iter()
        .enumerate()
        .map(|(i, busy)| ProviderCalendar {
            provider_id: i as i64 + 1,
            rota: Weekday::ALL[..5]
                .iter()
                .flat_map(|day| {
                    [(time(8, 30), time(12, 30)), (time(13, 30), time(17, 30))].map(|(s, e)| {
                        RotaInterval {
                            interval: WeeklyInterval::new(*day, s, e, None).unwrap(),
                            span,
                        }
                    })
                })
                .collect(),
            busy: BusyList::new(busy),
        })
        .collect();
    let chairs =
        (1..=4).map(|id| ChairCalendar { chair_id: id, busy: BusyList::default() }).collect();
    (providers, chairs, now)
}

fn bench(c: &mut Criterion) {
    let (providers, chairs, now) = clinic();
    let closures = BusyList::default();
    let calendar = ClinicCalendar {
        zone: &London,
        providers: &providers,
        chairs: &chairs,
        closures: &closures,
    };
    let kind = VisitKind {
        duration: Duration::minutes(30),
        buffer_before: Duration::minutes(5),
        buffer_after: Duration::minutes(10),
        needs_chair: true,
        providers: (1..=10).collect(),
    };
    let policy = BookingPolicy {
        slot_step: Duration::minutes(15),
        min_notice: Duration::hours(2),
        horizon: Duration::days(90),
    };
    let from = now.date_naive();
    let query = SlotQuery { from, until: from + Duration::days(59), provider: None };
    let slots = available_slots(&calendar, &kind, &policy, &query, now).len();
    c.bench_function(
        &format!("60 days, 10 providers, 2,000 appointments, any provider ({slots} slots)"),
        |b| b.iter(|| available_slots(&calendar, &kind, &policy, &query, now)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
