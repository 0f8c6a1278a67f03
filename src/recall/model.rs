//! What the recall pages show and send.

use serde::{Deserialize, Serialize};

use crate::setup::model::ClinicRef;
use crate::t;
use crate::ui::encode;

/// An attempt to bring a patient back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactOutcome {
    Called,
    LeftMessage,
    Emailed,
    Declined,
}

impl ContactOutcome {
    pub const ALL: [ContactOutcome; 4] = [
        ContactOutcome::Called,
        ContactOutcome::LeftMessage,
        ContactOutcome::Emailed,
        ContactOutcome::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactOutcome::Called => "called",
            ContactOutcome::LeftMessage => "left_message",
            ContactOutcome::Emailed => "emailed",
            ContactOutcome::Declined => "declined",
        }
    }

    /// "Left a message", in the page's language.
    pub fn label(self) -> String {
        t!(match self {
            ContactOutcome::Called => "admin-recall-outcome-called",
            ContactOutcome::LeftMessage => "admin-recall-outcome-left-message",
            ContactOutcome::Emailed => "admin-recall-outcome-emailed",
            ContactOutcome::Declined => "admin-recall-outcome-declined",
        })
    }

    pub fn parse(input: &str) -> Result<ContactOutcome, String> {
        ContactOutcome::ALL
            .into_iter()
            .find(|o| o.as_str() == input.trim())
            .ok_or_else(|| t!("desk-recall-choose-outcome"))
    }
}

/// Which due dates the list shows: those already past, or those up to some days ahead (the
/// overdue ones included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DueWindow {
    Overdue,
    Within(u16),
}

impl DueWindow {
    pub const CHOICES: [DueWindow; 4] =
        [DueWindow::Overdue, DueWindow::Within(30), DueWindow::Within(60), DueWindow::Within(90)];

    pub fn as_param(self) -> String {
        match self {
            DueWindow::Overdue => "overdue".into(),
            DueWindow::Within(days) => days.to_string(),
        }
    }

    /// "Due within 30 days, and overdue", in the page's language.
    pub fn label(self) -> String {
        match self {
            DueWindow::Overdue => t!("admin-recall-window-overdue"),
            DueWindow::Within(days) => t!("admin-recall-window-within", days = days),
        }
    }

    /// Empty: 30 days ahead.
    pub fn parse(input: &str) -> Result<DueWindow, String> {
        match input.trim() {
            "" => Ok(DueWindow::Within(30)),
            text => DueWindow::CHOICES
                .into_iter()
                .find(|w| w.as_param() == text)
                .ok_or_else(|| t!("desk-recall-choose-window")),
        }
    }
}

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecallSort {
    /// The longest overdue first.
    Due,
    /// The longest since their last visit first.
    LastVisit,
    Name,
    /// Those never contacted first, then the longest since.
    LastContact,
}

impl RecallSort {
    pub const ALL: [RecallSort; 4] =
        [RecallSort::Due, RecallSort::LastVisit, RecallSort::Name, RecallSort::LastContact];

    pub fn as_param(self) -> &'static str {
        match self {
            RecallSort::Due => "due",
            RecallSort::LastVisit => "last_visit",
            RecallSort::Name => "name",
            RecallSort::LastContact => "contact",
        }
    }

    /// "Due date", in the page's language.
    pub fn label(self) -> String {
        t!(match self {
            RecallSort::Due => "admin-recall-sort-due",
            RecallSort::LastVisit => "admin-recall-sort-last-visit",
            RecallSort::Name => "admin-recall-sort-name",
            RecallSort::LastContact => "admin-recall-sort-last-contact",
        })
    }

    /// Empty: by due date.
    pub fn parse(input: &str) -> Result<RecallSort, String> {
        match input.trim() {
            "" => Ok(RecallSort::Due),
            text => RecallSort::ALL
                .into_iter()
                .find(|s| s.as_param() == text)
                .ok_or_else(|| t!("desk-recall-choose-order")),
        }
    }
}

/// The list's filters, as the address carries them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecallFilters {
    pub window: DueWindow,
    /// A recall kind ("Hygiene"); `None`: every kind.
    pub kind: Option<String>,
    /// Also those who already have a future appointment of that kind.
    pub with_booked: bool,
    pub sort: RecallSort,
    pub page: u32,
}

impl RecallFilters {
    /// `/recall?…` for these filters at `clinic`.
    pub fn href(&self, clinic: &str) -> String {
        let mut href =
            format!("/recall?clinic={}&window={}", encode(clinic), self.window.as_param());
        if let Some(kind) = &self.kind {
            href.push_str(&format!("&kind={}", encode(kind)));
        }
        if self.with_booked {
            href.push_str("&booked=show");
        }
        if self.sort != RecallSort::Due {
            href.push_str(&format!("&sort={}", self.sort.as_param()));
        }
        if self.page > 1 {
            href.push_str(&format!("&page={}", self.page));
        }
        href
    }
}

/// One patient due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueRecall {
    pub recall_id: i64,
    pub patient_id: i64,
    pub patient: String,
    pub phone: Option<String>,
    pub kind: String,
    /// `12 Jan 2027`.
    pub due: String,
    pub overdue: bool,
    /// `14 Jul 2026`, or none recorded.
    pub last_visit: Option<String>,
    /// The next appointment of this kind already booked: `Tue 5 Jan 2027 10:30`.
    pub booked: Option<String>,
    /// "Left a message · 1 Dec 10:42 · Riley Chen · try evenings".
    pub last_contact: Option<String>,
    /// Why staff set the date by hand, if they did.
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecallListView {
    pub clinics: Vec<ClinicRef>,
    pub clinic: ClinicRef,
    /// The recall kinds of the clinic (its types' rules and the due dates recorded).
    pub kinds: Vec<String>,
    pub filters: RecallFilters,
    pub rows: Vec<DueRecall>,
    pub has_more: bool,
}

/// Rows on a page of the list.
pub const RECALL_PAGE: usize = 50;

/// One of a patient's recall due dates, as the patient page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientRecallDue {
    pub kind: String,
    /// `12 Jan 2027`.
    pub due: String,
    /// `2027-01-12`, for the form.
    pub due_on: String,
    pub overdue: bool,
    pub last_visit: Option<String>,
    /// Why staff set it by hand, if they did.
    pub reason: String,
}
