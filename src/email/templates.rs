//! Rendering an email from its template: Jinja syntax (minijinja), placeholders that must
//! exist (a misspelt one is an error, not an empty gap), HTML auto-escaped in the HTML body (a
//! patient named `<script>` stays text), and a subject kept to one line. The shipped defaults
//! are here too; a clinic's own versions are rows of `email_template`.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

use super::model::{EmailKind, TemplateText};
use crate::i18n::{Language, Locale};

/// The values of a template's placeholders.
pub type Values = BTreeMap<&'static str, String>;

/// An email ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

/// What is wrong with a template, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateProblem {
    /// `subject`, `text_body` or `html_body`.
    pub part: &'static str,
    pub line: Option<usize>,
    pub reason: String,
}

impl TemplateProblem {
    /// "Line 3: a placeholder this email does not have (patient_frist_name)", in the page's
    /// language.
    pub fn message(&self) -> String {
        match self.line {
            Some(line) => {
                crate::t!("desk-template-line", line = line, reason = self.reason.as_str())
            }
            None => self.reason.clone(),
        }
    }
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Only the HTML body is escaped; the subject and the text body are plain text.
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") { AutoEscape::Html } else { AutoEscape::None }
    });
    env
}

fn render_part(
    env: &Environment<'static>,
    part: &'static str,
    source: &str,
    values: &Values,
) -> Result<String, TemplateProblem> {
    let name = if part == "html_body" { "body.html" } else { "body.txt" };
    env.render_named_str(name, source, values).map_err(|error| {
        let mut reason = match error.kind() {
            ErrorKind::UndefinedError => crate::t!("desk-template-undefined"),
            ErrorKind::SyntaxError => crate::t!("desk-template-syntax"),
            other => other.to_string(),
        };
        if let Some(detail) = error.detail() {
            reason = format!("{reason} ({detail})");
        }
        TemplateProblem { part, line: error.line(), reason }
    })
}

/// Renders the three parts with `values`. Any problem (a syntax error, a placeholder this kind
/// does not have) is reported with its part and line.
pub fn render(template: &TemplateText, values: &Values) -> Result<Rendered, TemplateProblem> {
    let env = environment();
    let subject = render_part(&env, "subject", &template.subject, values)?;
    Ok(Rendered {
        // One line: a subject never carries a line break into the message's headers.
        subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
        text_body: render_part(&env, "text_body", &template.text_body, values)?,
        html_body: render_part(&env, "html_body", &template.html_body, values)?,
    })
}

/// A clinic's stored template of a kind: its three parts, each `None` when it has none.
pub type Stored = (Option<String>, Option<String>, Option<String>);

/// Renders the clinic's own template of `kind` in `language` (`stored`) with `values`, or the
/// shipped default of that language when it has none. Templates are checked when saved; should a stored one still fail,
/// the default goes out rather than no email at all.
pub fn render_for_clinic(
    kind: EmailKind,
    language: Language,
    stored: Stored,
    values: &Values,
) -> Result<Rendered, crate::error::AppError> {
    let template = match stored {
        (Some(subject), Some(text_body), Some(html_body)) => {
            TemplateText { subject, text_body, html_body }
        }
        _ => default_template(kind, language),
    };
    render(&template, values)
        .or_else(|problem| {
            tracing::warn!(kind = kind.as_str(), problem = %problem.message(), "template failed; default used");
            render(&default_template(kind, language), values)
        })
        .map_err(|p| crate::error::AppError::internal(p.message()))
}

impl Rendered {
    /// Whether it carries a bearer link (a template may leave the link out; then there is
    /// none to create when it is sent).
    pub fn carries_link(&self) -> bool {
        use super::bearer_links::MARKER;
        self.text_body.contains(MARKER) || self.html_body.contains(MARKER)
    }
}

/// Checks a template with sample values for its kind: every problem of every part.
pub fn check(kind: EmailKind, template: &TemplateText) -> Vec<TemplateProblem> {
    let values = sample_values(kind, Locale::default());
    let env = environment();
    [
        ("subject", &template.subject),
        ("text_body", &template.text_body),
        ("html_body", &template.html_body),
    ]
    .into_iter()
    .filter_map(|(part, source)| render_part(&env, part, source, &values).err())
    .collect()
}

/// Made-up values for previews and checks, their dates and times written for `locale`.
pub fn sample_values(kind: EmailKind, locale: Locale) -> Values {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("a real time");
    let visit_day = locale.date_long(day(2026, 12, 1));
    let visit_time = locale.time(at(10, 30));
    let clinic = [
        ("clinic_name", "Chairside Dental London".to_string()),
        ("clinic_address", "12 High Street, London".to_string()),
        ("clinic_phone", "+44 20 7946 0000".to_string()),
    ];
    let patient = [
        ("patient_first_name", "Maria".to_string()),
        ("patient_name", "Maria Gonzalez".to_string()),
    ];
    let visit = |type_name: &str| {
        [
            ("appointment_date", visit_day.clone()),
            ("appointment_time", visit_time.clone()),
            ("time_zone", "Europe/London".to_string()),
            ("appointment_type", type_name.to_string()),
            ("provider", "Dr Sam Patel".to_string()),
        ]
    };
    let link = |name: &'static str, address: &str| [(name, address.to_string())];
    let pairs: Vec<(&'static str, String)> = match kind {
        EmailKind::StaffInvitation => [
            ("staff_name", "Ann Lee".to_string()),
            ("invitation_link", "https://clinic.example/welcome?token=sample".to_string()),
            ("expires", locale.date_long(day(2026, 12, 3))),
            ("clinic_name", "Chairside Dental London".to_string()),
        ]
        .into(),
        EmailKind::Recall => patient
            .into_iter()
            .chain([
                ("recall_kind", "Hygiene".to_string()),
                ("due_date", locale.date_long(day(2027, 1, 12))),
            ])
            .chain(clinic)
            .chain(link("booking_link", "https://clinic.example/book/london?type=3&invite=sample"))
            .collect(),
        EmailKind::AsapOffer => patient
            .into_iter()
            .chain(visit("Hygiene"))
            .chain(clinic)
            .chain(link("offer_link", "https://clinic.example/book/offer/sample"))
            .chain([("offer_expires", locale.date_time_without_year(day(2026, 12, 1), at(9, 30)))])
            .collect(),
        _ => patient
            .into_iter()
            .chain(visit("Check-up"))
            .chain(clinic)
            .chain(link("manage_link", "https://clinic.example/book/manage/sample"))
            .chain(link("confirm_link", "https://clinic.example/book/manage/sample?confirm=1"))
            .chain(link("move_link", "https://clinic.example/book/manage/sample?reschedule=1"))
            .chain(link("cancel_link", "https://clinic.example/book/manage/sample?cancel=1"))
            .collect(),
    };
    pairs.into_iter().collect()
}

/// The template every clinic starts with, in `language`: written from the language's `email-`
/// messages, with each placeholder left in place for the template to fill.
pub fn default_template(kind: EmailKind, language: Language) -> TemplateText {
    let words = Draft::new(kind, language);
    let message = |key: &str| words.message(key);
    let clinic_block = |draft: &mut Draft| {
        draft.lines(&["{{ clinic_name }}", "{{ clinic_address }}", "{{ clinic_phone }}"]);
    };
    let mut draft = Draft::new(kind, language);
    let (subject, key) = match kind {
        EmailKind::BookingConfirmation => ("email-booked-subject", "email-booked-body"),
        EmailKind::Rescheduled => ("email-moved-subject", "email-moved-body"),
        EmailKind::Cancelled => ("email-cancelled-subject", "email-cancelled-body"),
        EmailKind::Reminder => ("email-reminder-subject", "email-reminder-body"),
        EmailKind::Recall => ("email-recall-subject", "email-recall-body"),
        EmailKind::AsapOffer => ("email-offer-subject", "email-offer-body"),
        EmailKind::StaffInvitation => ("email-invitation-subject", "email-invitation-body"),
    };
    let subject = message(subject);
    let greeting =
        if kind == EmailKind::StaffInvitation { "email-greeting-staff" } else { "email-greeting" };
    draft.paragraph(&message(greeting));
    draft.paragraph(&message(key));
    match kind {
        EmailKind::BookingConfirmation | EmailKind::Rescheduled => {
            clinic_block(&mut draft);
            draft.link("email-manage", "manage_link");
        }
        EmailKind::Cancelled => draft.paragraph(&message("email-cancelled-book-again")),
        EmailKind::Reminder => {
            clinic_block(&mut draft);
            draft.paragraph(&message("email-reminder-question"));
            draft.link("email-reminder-confirm", "confirm_link");
            draft.link("email-reminder-move", "move_link");
            draft.link("email-reminder-cancel", "cancel_link");
        }
        EmailKind::Recall => {
            draft.link("email-recall-choose", "booking_link");
            draft.paragraph(&message("email-recall-call"));
            draft.lines(&["{{ clinic_name }}", "{{ clinic_address }}"]);
        }
        EmailKind::AsapOffer => {
            draft.paragraph(&message("email-offer-first-come"));
            draft.link("email-offer-take", "offer_link");
            draft.paragraph(&message("email-offer-until"));
            draft.paragraph(&message("email-offer-moves"));
            clinic_block(&mut draft);
        }
        EmailKind::StaffInvitation => {
            draft.link("email-invitation-choose", "invitation_link");
            draft.paragraph(&message("email-invitation-once"));
        }
    }
    TemplateText { subject, text_body: draft.text, html_body: draft.html }
}

/// A default template being written: its text and HTML bodies side by side.
struct Draft {
    kind: EmailKind,
    language: Language,
    text: String,
    html: String,
}

impl Draft {
    fn new(kind: EmailKind, language: Language) -> Draft {
        Draft { kind, language, text: String::new(), html: String::new() }
    }

    /// Message `key` with every placeholder of the kind written as itself (`{{ name }}`).
    fn message(&self, key: &str) -> String {
        let mut args = crate::i18n::Args::new();
        for (name, _) in self.kind.placeholders() {
            args.set(*name, format!("{{{{ {name} }}}}"));
        }
        crate::i18n::text_in(self.language, key, Some(&args))
    }

    /// A paragraph of text (escaped in the HTML body; its placeholders are escaped when filled).
    fn paragraph(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>\n", escape_html(text)));
    }

    /// Lines of placeholders kept together (an address).
    fn lines(&mut self, lines: &[&str]) {
        self.text.push_str(&lines.join("\n"));
        self.text.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>\n", lines.join("<br>")));
    }

    /// A link to `placeholder`: in text, message `{key}-intro` then the address; in HTML,
    /// message `key` linked.
    fn link(&mut self, key: &str, placeholder: &str) {
        let (intro, label) = (self.message(&format!("{key}-intro")), self.message(key));
        self.text.push_str(&format!("{intro} {{{{ {placeholder} }}}}\n\n"));
        self.html.push_str(&format!(
            "<p><a href=\"{{{{ {placeholder} }}}}\">{}</a></p>\n",
            escape_html(&label)
        ));
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_renders_with_its_kinds_placeholders() {
        for kind in EmailKind::ALL {
            assert_eq!(check(kind, &default_template(kind, Language::ENGLISH)), vec![], "{kind:?}");
            // And the sample values cover exactly the documented placeholders.
            let names: Vec<&str> = kind.placeholders().iter().map(|(n, _)| *n).collect();
            let mut sample: Vec<&str> =
                sample_values(kind, Locale::default()).keys().copied().collect();
            let mut documented = names.clone();
            sample.sort_unstable();
            documented.sort_unstable();
            assert_eq!(sample, documented, "{kind:?}");
        }
    }

    #[test]
    fn every_kind_in_every_language_renders_whole_and_in_that_language() {
        for kind in EmailKind::ALL {
            let english = render(
                &default_template(kind, Language::ENGLISH),
                &sample_values(kind, Locale::default()),
            )
            .unwrap();
            for language in Language::all() {
                let template = default_template(kind, language);
                assert_eq!(check(kind, &template), vec![], "{kind:?} {language}");
                let rendered = render(&template, &sample_values(kind, Locale::default())).unwrap();
                for part in [&rendered.subject, &rendered.text_body, &rendered.html_body] {
                    assert!(!part.contains('⟦'), "{kind:?} {language}: {part}");
                    assert!(!part.contains("{{") && !part.contains("{$"), "{kind:?} {language}");
                }
                // Every link of the kind is in both bodies.
                for (name, _) in kind.placeholders().iter().filter(|(n, _)| n.ends_with("_link")) {
                    let link = &sample_values(kind, Locale::default())[name];
                    if english.text_body.contains(link.as_str()) {
                        assert!(rendered.text_body.contains(link.as_str()), "{kind:?} {language}");
                        // As the HTML body escapes it.
                        let escaped = link.replace('&', "&amp;").replace('/', "&#x2f;");
                        assert!(rendered.html_body.contains(&escaped), "{kind:?} {language}");
                    }
                }
                if language != Language::ENGLISH {
                    assert_ne!(rendered.subject, english.subject, "{kind:?} {language}");
                    assert_ne!(rendered.text_body, english.text_body, "{kind:?} {language}");
                }
            }
        }
    }

    #[test]
    fn html_is_escaped_in_the_html_body_only() {
        let mut values = sample_values(EmailKind::BookingConfirmation, Locale::default());
        values.insert("patient_first_name", "<script>alert(1)</script>".into());
        let rendered =
            render(&default_template(EmailKind::BookingConfirmation, Language::ENGLISH), &values)
                .unwrap();
        assert!(rendered.html_body.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
        assert!(!rendered.html_body.contains("<script>"));
        assert!(rendered.text_body.starts_with("Hello <script>alert(1)</script>,"));
    }

    #[test]
    fn a_misspelt_placeholder_or_a_syntax_error_is_refused_with_its_line() {
        let mut template = default_template(EmailKind::Reminder, Language::ENGLISH);
        template.text_body = "Hello,\n\nSee you {{ apointment_date }}.\n".into();
        template.html_body = "<p>{% if %}</p>".into();
        let problems = check(EmailKind::Reminder, &template);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!((problems[0].part, problems[0].line), ("text_body", Some(3)));
        assert!(
            problems[0].message().starts_with("Line 3: a placeholder this email does not have"),
            "{problems:?}"
        );
        assert_eq!(problems[1].part, "html_body");
        assert!(problems[1].message().contains("syntax error"), "{problems:?}");
        // An invitation has no appointment.
        let mut invitation = default_template(EmailKind::StaffInvitation, Language::ENGLISH);
        invitation.subject = "{{ appointment_date }}".into();
        assert_eq!(check(EmailKind::StaffInvitation, &invitation)[0].part, "subject");
    }

    #[test]
    fn a_subject_stays_on_one_line() {
        let template = TemplateText {
            subject: "Hello\r\nBcc: someone@evil.example {{ clinic_name }}".into(),
            text_body: "x".into(),
            html_body: "x".into(),
        };
        let rendered =
            render(&template, &sample_values(EmailKind::Reminder, Locale::default())).unwrap();
        assert_eq!(rendered.subject, "Hello Bcc: someone@evil.example Chairside Dental London");
    }
}
