//! The life of an appointment: held (online booking, for a few minutes) → scheduled →
//! confirmed → arrived → in the chair → completed; or cancelled (with a reason) or a no-show.
//! Only the transitions below are allowed; completed, cancelled and no-show are final.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Permission;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Held,
    Scheduled,
    Confirmed,
    Arrived,
    InChair,
    Completed,
    Cancelled,
    NoShow,
}

use AppointmentStatus::*;

impl AppointmentStatus {
    pub const ALL: [AppointmentStatus; 8] =
        [Held, Scheduled, Confirmed, Arrived, InChair, Completed, Cancelled, NoShow];

    pub fn as_str(self) -> &'static str {
        match self {
            Held => "held",
            Scheduled => "scheduled",
            Confirmed => "confirmed",
            Arrived => "arrived",
            InChair => "in_chair",
            Completed => "completed",
            Cancelled => "cancelled",
            NoShow => "no_show",
        }
    }

    /// The status in the page's language: "In the chair".
    pub fn label(self) -> String {
        crate::t!(match self {
            Held => "sched-status-held",
            Scheduled => "sched-status-scheduled",
            Confirmed => "sched-status-confirmed",
            Arrived => "sched-status-arrived",
            InChair => "sched-status-in-chair",
            Completed => "sched-status-completed",
            Cancelled => "sched-status-cancelled",
            NoShow => "sched-status-no-show",
        })
    }

    pub fn parse(input: &str) -> Result<AppointmentStatus, String> {
        AppointmentStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == input.trim())
            .ok_or_else(|| crate::t!("check-status-choose"))
    }

    /// Whether an appointment of this status still takes its time (the database's exclusion
    /// constraints count exactly these; a hold that has run out takes none either, which only
    /// SQL can tell: see `scheduling::live`).
    pub fn is_live(self) -> bool {
        !matches!(self, Cancelled | NoShow)
    }

    /// The statuses this one may become.
    pub fn next(self) -> &'static [AppointmentStatus] {
        match self {
            Held => &[Scheduled, Cancelled],
            Scheduled => &[Confirmed, Arrived, Cancelled, NoShow],
            Confirmed => &[Arrived, Cancelled, NoShow],
            // A patient who arrived may still leave before being seen.
            Arrived => &[InChair, Cancelled],
            InChair => &[Completed],
            Completed | Cancelled | NoShow => &[],
        }
    }

    /// The permission needed to give an appointment this status. A status that gives the time
    /// away (cancelled, no-show) is the front desk's call, like cancelling: otherwise a role
    /// that may not cancel could free a slot without a reason or the patient's email.
    pub fn permission_to_set(self) -> Permission {
        if self.is_live() {
            Permission::UpdateAppointmentStatus
        } else {
            Permission::BookAppointments
        }
    }

    /// Checks a transition of an appointment that has `started` (or not): as [`Self::becomes`],
    /// and a no-show only once the start has passed. Before that, the time is given away by
    /// cancelling, which records a reason and tells the patient.
    pub fn becomes_when(
        self,
        next: AppointmentStatus,
        started: bool,
    ) -> Result<AppointmentStatus, String> {
        let next = self.becomes(next)?;
        if next == NoShow && !started {
            return Err(crate::t!("check-no-show-before-start"));
        }
        Ok(next)
    }

    /// Checks a transition; the message says why it is refused.
    pub fn becomes(self, next: AppointmentStatus) -> Result<AppointmentStatus, String> {
        if self.next().contains(&next) {
            Ok(next)
        } else if self.next().is_empty() {
            Err(crate::t!("check-status-final", status = self.in_sentence()))
        } else {
            Err(crate::t!(
                "check-status-cannot-become",
                status = self.in_sentence(),
                next = next.in_sentence()
            ))
        }
    }

    /// The status as a sentence about the appointment names it: "in the chair".
    fn in_sentence(self) -> String {
        crate::t!("check-status-in-sentence", status = self.as_str())
    }
}

impl fmt::Display for AppointmentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_names() {
        for status in AppointmentStatus::ALL {
            assert_eq!(AppointmentStatus::parse(status.as_str()), Ok(status));
        }
        assert!(AppointmentStatus::parse("lost").is_err());
    }

    #[test]
    fn the_day_runs_forward_only() {
        let day = [Scheduled, Confirmed, Arrived, InChair, Completed];
        for pair in day.windows(2) {
            assert_eq!(pair[0].becomes(pair[1]), Ok(pair[1]));
            assert!(pair[1].becomes(pair[0]).is_err(), "{:?} back to {:?}", pair[1], pair[0]);
        }
        assert_eq!(
            Completed.becomes(Scheduled),
            Err("This appointment is completed: it cannot change any more.".into())
        );
        assert_eq!(
            InChair.becomes(NoShow),
            Err("This appointment is in the chair: it cannot become no-show.".into())
        );
    }

    #[test]
    fn only_the_front_desk_gives_time_away_and_a_no_show_waits_for_the_start() {
        use crate::domain::Role;
        for status in AppointmentStatus::ALL {
            let needed = status.permission_to_set();
            assert_eq!(needed == Permission::BookAppointments, !status.is_live(), "{status:?}");
        }
        assert!(!Role::Dentist.allows(NoShow.permission_to_set()));
        assert!(!Role::Hygienist.allows(NoShow.permission_to_set()));
        assert!(Role::Receptionist.allows(NoShow.permission_to_set()));
        assert!(Role::Dentist.allows(Arrived.permission_to_set()));
        assert_eq!(
            Scheduled.becomes_when(NoShow, false),
            Err("An appointment becomes a no-show only once it has started. To free the time \
                 before then, cancel it with a reason."
                .into())
        );
        assert_eq!(Confirmed.becomes_when(NoShow, true), Ok(NoShow));
        // Only the no-show waits: a patient may arrive early, and a cancellation is any time.
        assert_eq!(Scheduled.becomes_when(Arrived, false), Ok(Arrived));
        assert_eq!(Scheduled.becomes_when(Cancelled, false), Ok(Cancelled));
        assert!(Completed.becomes_when(NoShow, true).is_err());
    }

    #[test]
    fn final_statuses_stay_final_and_only_live_ones_take_time() {
        for status in [Completed, Cancelled, NoShow] {
            assert!(status.next().is_empty());
        }
        assert!(!Cancelled.is_live() && !NoShow.is_live());
        assert!(Held.is_live() && InChair.is_live() && Completed.is_live());
    }
}
