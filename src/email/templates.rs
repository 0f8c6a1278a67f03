//! Rendering an email from its template: Jinja syntax (minijinja), placeholders that must
//! exist (a misspelt one is an error, not an empty gap), HTML auto-escaped in the HTML body (a
//! patient named `<script>` stays text), and a subject kept to one line. The shipped defaults
//! are here too; a clinic's own versions are rows of `email_template`.

use std::collections::BTreeMap;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use super::model::{EmailKind, TemplateText};

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
    /// "Line 3: undefined value (patient_frist_name)".
    pub fn message(&self) -> String {
        match self.line {
            Some(line) => format!("Line {line}: {}", self.reason),
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
        let mut reason = error.kind().to_string();
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

/// Renders the clinic's own template of `kind` (`stored`) with `values`, or the shipped
/// default when it has none. Templates are checked when saved; should a stored one still fail,
/// the default goes out rather than no email at all.
pub fn render_for_clinic(
    kind: EmailKind,
    stored: Stored,
    values: &Values,
) -> Result<Rendered, crate::error::AppError> {
    let template = match stored {
        (Some(subject), Some(text_body), Some(html_body)) => {
            TemplateText { subject, text_body, html_body }
        }
        _ => default_template(kind),
    };
    render(&template, values)
        .or_else(|problem| {
            tracing::warn!(kind = kind.as_str(), problem = %problem.message(), "template failed; default used");
            render(&default_template(kind), values)
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
    let values = sample_values(kind);
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

/// Made-up values for previews and checks.
pub fn sample_values(kind: EmailKind) -> Values {
    let pairs: &[(&'static str, &str)] = match kind {
        EmailKind::StaffInvitation => &[
            ("staff_name", "Ann Lee"),
            ("invitation_link", "https://clinic.example/welcome?token=sample"),
            ("expires", "Thursday 3 December 2026"),
            ("clinic_name", "Chairside Dental London"),
        ],
        EmailKind::Recall => &[
            ("patient_first_name", "Maria"),
            ("patient_name", "Maria Gonzalez"),
            ("recall_kind", "Hygiene"),
            ("due_date", "Tuesday 12 January 2027"),
            ("clinic_name", "Chairside Dental London"),
            ("clinic_address", "12 High Street, London"),
            ("clinic_phone", "+44 20 7946 0000"),
            ("booking_link", "https://clinic.example/book/london?type=3&invite=sample"),
        ],
        EmailKind::AsapOffer => &[
            ("patient_first_name", "Maria"),
            ("patient_name", "Maria Gonzalez"),
            ("appointment_date", "Tuesday 1 December 2026"),
            ("appointment_time", "10:30"),
            ("time_zone", "Europe/London"),
            ("appointment_type", "Hygiene"),
            ("provider", "Dr Sam Patel"),
            ("clinic_name", "Chairside Dental London"),
            ("clinic_address", "12 High Street, London"),
            ("clinic_phone", "+44 20 7946 0000"),
            ("offer_link", "https://clinic.example/book/offer/sample"),
            ("offer_expires", "Tuesday 1 December at 09:30"),
        ],
        _ => &[
            ("patient_first_name", "Maria"),
            ("patient_name", "Maria Gonzalez"),
            ("appointment_date", "Tuesday 1 December 2026"),
            ("appointment_time", "10:30"),
            ("time_zone", "Europe/London"),
            ("appointment_type", "Check-up"),
            ("provider", "Dr Sam Patel"),
            ("clinic_name", "Chairside Dental London"),
            ("clinic_address", "12 High Street, London"),
            ("clinic_phone", "+44 20 7946 0000"),
            ("manage_link", "https://clinic.example/book/manage/sample"),
            ("confirm_link", "https://clinic.example/book/manage/sample?confirm=1"),
            ("move_link", "https://clinic.example/book/manage/sample?reschedule=1"),
            ("cancel_link", "https://clinic.example/book/manage/sample?cancel=1"),
        ],
    };
    pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

/// The template every clinic starts with.
pub fn default_template(kind: EmailKind) -> TemplateText {
    let (subject, text, html) = match kind {
        EmailKind::BookingConfirmation => (
            "Your appointment on {{ appointment_date }} at {{ appointment_time }}",
            "Hello {{ patient_first_name }},\n\nYour {{ appointment_type }} with {{ provider }} is booked for {{ appointment_date }} at {{ appointment_time }} ({{ time_zone }} time).\n\n{{ clinic_name }}\n{{ clinic_address }}\n{{ clinic_phone }}\n\nTo see, move or cancel it: {{ manage_link }}\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>Your <strong>{{ appointment_type }}</strong> with {{ provider }} is booked for <strong>{{ appointment_date }} at {{ appointment_time }}</strong> ({{ time_zone }} time).</p>\n<p>{{ clinic_name }}<br>{{ clinic_address }}<br>{{ clinic_phone }}</p>\n<p><a href=\"{{ manage_link }}\">See, move or cancel your appointment</a></p>\n",
        ),
        EmailKind::Rescheduled => (
            "Your appointment has moved to {{ appointment_date }} at {{ appointment_time }}",
            "Hello {{ patient_first_name }},\n\nYour {{ appointment_type }} with {{ provider }} is now on {{ appointment_date }} at {{ appointment_time }} ({{ time_zone }} time).\n\n{{ clinic_name }}\n{{ clinic_address }}\n{{ clinic_phone }}\n\nTo see, move or cancel it: {{ manage_link }}\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>Your <strong>{{ appointment_type }}</strong> with {{ provider }} is now on <strong>{{ appointment_date }} at {{ appointment_time }}</strong> ({{ time_zone }} time).</p>\n<p>{{ clinic_name }}<br>{{ clinic_address }}<br>{{ clinic_phone }}</p>\n<p><a href=\"{{ manage_link }}\">See, move or cancel your appointment</a></p>\n",
        ),
        EmailKind::Cancelled => (
            "Your appointment on {{ appointment_date }} is cancelled",
            "Hello {{ patient_first_name }},\n\nYour {{ appointment_type }} on {{ appointment_date }} at {{ appointment_time }} is cancelled.\n\nTo book again, call {{ clinic_name }} on {{ clinic_phone }}.\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>Your {{ appointment_type }} on {{ appointment_date }} at {{ appointment_time }} is <strong>cancelled</strong>.</p>\n<p>To book again, call {{ clinic_name }} on {{ clinic_phone }}.</p>\n",
        ),
        EmailKind::Reminder => (
            "Reminder: {{ appointment_type }} on {{ appointment_date }} at {{ appointment_time }}",
            "Hello {{ patient_first_name }},\n\nA reminder of your {{ appointment_type }} with {{ provider }} on {{ appointment_date }} at {{ appointment_time }} ({{ time_zone }} time).\n\n{{ clinic_name }}\n{{ clinic_address }}\n{{ clinic_phone }}\n\nWill you come? Confirm: {{ confirm_link }}\nTo move it: {{ move_link }}\nTo cancel it: {{ cancel_link }}\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>A reminder of your <strong>{{ appointment_type }}</strong> with {{ provider }} on <strong>{{ appointment_date }} at {{ appointment_time }}</strong> ({{ time_zone }} time).</p>\n<p>{{ clinic_name }}<br>{{ clinic_address }}<br>{{ clinic_phone }}</p>\n<p>Will you come? <a href=\"{{ confirm_link }}\">Confirm</a> · <a href=\"{{ move_link }}\">Move</a> · <a href=\"{{ cancel_link }}\">Cancel</a></p>\n",
        ),
        EmailKind::Recall => (
            "Time to book your {{ recall_kind }} visit at {{ clinic_name }}",
            "Hello {{ patient_first_name }},\n\nYour next {{ recall_kind }} visit at {{ clinic_name }} is due on {{ due_date }}. Choose a time that suits you:\n\n{{ booking_link }}\n\nOr call us on {{ clinic_phone }}.\n\n{{ clinic_name }}\n{{ clinic_address }}\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>Your next <strong>{{ recall_kind }}</strong> visit at {{ clinic_name }} is due on <strong>{{ due_date }}</strong>.</p>\n<p><a href=\"{{ booking_link }}\">Choose a time that suits you</a>, or call us on {{ clinic_phone }}.</p>\n<p>{{ clinic_name }}<br>{{ clinic_address }}</p>\n",
        ),
        EmailKind::AsapOffer => (
            "An earlier time: {{ appointment_type }} on {{ appointment_date }} at {{ appointment_time }}",
            "Hello {{ patient_first_name }},\n\nA time has freed up at {{ clinic_name }}: {{ appointment_type }} with {{ provider }} on {{ appointment_date }} at {{ appointment_time }} ({{ time_zone }} time).\n\nWe have offered it to a few patients on our waiting list; the first to take it gets it. To take it (until {{ offer_expires }}):\n\n{{ offer_link }}\n\nIf you already have a later appointment of this kind, it moves to this time. Not for you? Do nothing: you stay on the list.\n\n{{ clinic_name }}\n{{ clinic_address }}\n{{ clinic_phone }}\n",
            "<p>Hello {{ patient_first_name }},</p>\n<p>A time has freed up at {{ clinic_name }}: <strong>{{ appointment_type }}</strong> with {{ provider }} on <strong>{{ appointment_date }} at {{ appointment_time }}</strong> ({{ time_zone }} time).</p>\n<p>We have offered it to a few patients on our waiting list; the first to take it gets it.</p>\n<p><a href=\"{{ offer_link }}\">Take this time</a> (until {{ offer_expires }})</p>\n<p>If you already have a later appointment of this kind, it moves to this time. Not for you? Do nothing: you stay on the list.</p>\n<p>{{ clinic_name }}<br>{{ clinic_address }}<br>{{ clinic_phone }}</p>\n",
        ),
        EmailKind::StaffInvitation => (
            "Your Chairside account at {{ clinic_name }}",
            "Hello {{ staff_name }},\n\nAn account has been made for you at {{ clinic_name }}. Choose your password here (the link works once, until {{ expires }}):\n\n{{ invitation_link }}\n",
            "<p>Hello {{ staff_name }},</p>\n<p>An account has been made for you at {{ clinic_name }}. <a href=\"{{ invitation_link }}\">Choose your password</a> (the link works once, until {{ expires }}).</p>\n",
        ),
    };
    TemplateText { subject: subject.into(), text_body: text.into(), html_body: html.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_renders_with_its_kinds_placeholders() {
        for kind in EmailKind::ALL {
            assert_eq!(check(kind, &default_template(kind)), vec![], "{kind:?}");
            // And the sample values cover exactly the documented placeholders.
            let names: Vec<&str> = kind.placeholders().iter().map(|(n, _)| *n).collect();
            let mut sample: Vec<&str> = sample_values(kind).keys().copied().collect();
            let mut documented = names.clone();
            sample.sort_unstable();
            documented.sort_unstable();
            assert_eq!(sample, documented, "{kind:?}");
        }
    }

    #[test]
    fn html_is_escaped_in_the_html_body_only() {
        let mut values = sample_values(EmailKind::BookingConfirmation);
        values.insert("patient_first_name", "<script>alert(1)</script>".into());
        let rendered = render(&default_template(EmailKind::BookingConfirmation), &values).unwrap();
        assert!(rendered.html_body.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
        assert!(!rendered.html_body.contains("<script>"));
        assert!(rendered.text_body.starts_with("Hello <script>alert(1)</script>,"));
    }

    #[test]
    fn a_misspelt_placeholder_or_a_syntax_error_is_refused_with_its_line() {
        let mut template = default_template(EmailKind::Reminder);
        template.text_body = "Hello,\n\nSee you {{ apointment_date }}.\n".into();
        template.html_body = "<p>{% if %}</p>".into();
        let problems = check(EmailKind::Reminder, &template);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!((problems[0].part, problems[0].line), ("text_body", Some(3)));
        assert!(problems[0].message().starts_with("Line 3: undefined value"), "{problems:?}");
        assert_eq!(problems[1].part, "html_body");
        assert!(problems[1].message().contains("syntax error"), "{problems:?}");
        // An invitation has no appointment.
        let mut invitation = default_template(EmailKind::StaffInvitation);
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
        let rendered = render(&template, &sample_values(EmailKind::Reminder)).unwrap();
        assert_eq!(rendered.subject, "Hello Bcc: someone@evil.example Chairside Dental London");
    }
}
