//! Clinical notes' shared types: a note as its page shows it, as lists summarise it, and a
//! clinic's note templates.

use serde::{Deserialize, Serialize};

use crate::setup::model::ClinicRef;

/// Where a note stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteState {
    /// Nothing written yet.
    Missing,
    /// Written, not signed: it may still change.
    Draft,
    /// Signed: final; only addenda may follow.
    Signed,
}

impl NoteState {
    /// Where the note stands, in the page's language: "Draft note".
    pub fn label(self) -> String {
        crate::t!(match self {
            NoteState::Missing => "patient-note-state-missing",
            NoteState::Draft => "patient-note-state-draft",
            NoteState::Signed => "patient-note-state-signed",
        })
    }
}

/// The most characters a note and an addendum may have.
pub const MAX_NOTE_CHARS: usize = 20_000;
pub const MAX_ADDENDUM_CHARS: usize = 5_000;

/// An addendum to a signed note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addendum {
    pub body: String,
    /// "3 Dec 2026 10:02 by Dr Sam Patel", in the clinic's time.
    pub written: String,
}

/// `/appointments/{id}/note`: an appointment's note and what the viewer may do with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub appointment_id: i64,
    pub clinic: ClinicRef,
    pub patient_id: i64,
    pub patient: String,
    /// "Tue 8 Dec 2026 at 10:30", in the clinic's time.
    pub when: String,
    pub type_name: String,
    pub provider: String,
    pub state: NoteState,
    pub body: String,
    /// 0 when there is no note yet.
    pub version: i32,
    /// "3 Dec 2026 10:02 by Dr Sam Patel" (the last to write the draft).
    pub written: Option<String>,
    pub signed: Option<String>,
    pub addenda: Vec<Addendum>,
    /// Whether the viewer is the provider (the one who signs).
    pub can_sign: bool,
    /// The clinic's active templates: (id, name).
    pub templates: Vec<(i64, String)>,
    /// A template's prompts, to start an empty note from (`?template=`).
    pub from_template: Option<String>,
}

/// A note in a list (a patient's timeline, the notes waiting to be signed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteSummary {
    pub appointment_id: i64,
    pub patient_id: i64,
    pub patient: String,
    /// "8 Dec 2026 10:30"
    pub when: String,
    /// The visit's day in the clinic (the patient's timeline orders by it).
    pub day: chrono::NaiveDate,
    pub provider: String,
    pub type_name: String,
    pub state: NoteState,
    /// The first lines, up to 200 characters.
    pub excerpt: String,
    pub addenda: i64,
}

/// The first `max` characters of `body`'s text, on one line, with an ellipsis when cut.
pub fn excerpt(body: &str, max: usize) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// A template as the set-up page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteTemplate {
    pub id: i64,
    pub name: String,
    pub body: String,
    pub active: bool,
}

/// `/setup/{clinic}/notes`: the clinic's note templates and its unsigned-note rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteTemplatesView {
    pub clinic: ClinicRef,
    pub can_edit: bool,
    pub templates: Vec<NoteTemplate>,
    pub unsigned_note_days: i32,
}

/// A template as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TemplateForm {
    pub template_name: String,
    pub template_body: String,
}

impl TemplateForm {
    /// The name and prompts, trimmed, or a message per field.
    pub fn parse(&self) -> Result<(String, String), Vec<(&'static str, String)>> {
        let mut problems = Vec::new();
        let name = self.template_name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            problems.push(("template_name", crate::t!("server-template-name")));
        }
        let body = self.template_body.trim_end();
        if body.trim().is_empty() || body.chars().count() > 4000 {
            problems.push(("template_body", crate::t!("server-template-body")));
        }
        if problems.is_empty() { Ok((name.to_string(), body.to_string())) } else { Err(problems) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_one_line_cut_at_a_length() {
        assert_eq!(
            excerpt("Complaint: pain\n\nFindings:  caries 36", 200),
            "Complaint: pain Findings: caries 36"
        );
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("", 3), "");
    }

    #[test]
    fn a_template_needs_a_name_and_prompts() {
        let form = |name: &str, body: &str| TemplateForm {
            template_name: name.into(),
            template_body: body.into(),
        };
        assert_eq!(
            form(" Check-up ", "Complaint:\nFindings:\n").parse(),
            Ok(("Check-up".into(), "Complaint:\nFindings:".into()))
        );
        let fields = |r: Result<(String, String), Vec<(&'static str, String)>>| {
            r.unwrap_err().into_iter().map(|(f, _)| f).collect::<Vec<_>>()
        };
        assert_eq!(fields(form("", " \n").parse()), vec!["template_name", "template_body"]);
        assert_eq!(fields(form(&"x".repeat(81), "ok").parse()), vec!["template_name"]);
    }
}
