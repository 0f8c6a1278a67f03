//! Every server-rendered form, posted the way a browser without JavaScript posts it, with each
//! of its fields missing in turn: the app's own parser answers, never serde's. A missing choice
//! (a radio group nobody answered, an unticked box, a select) or text field is said in plain
//! words beside the form's fields, and a refused form comes back with what was typed. A missing
//! hidden field (which only a hand-made request can leave out) is refused in plain words too.
//!
//! The forms are found by crawling the pages as each kind of user sees them (following links
//! within the site, one page per address shape), so a new form is covered without a new test.

use std::collections::{BTreeSet, HashSet, VecDeque};

use chairside::domain::Role;
use chairside::server::demo;
use scraper::{ElementRef, Html, Selector};
use sqlx::PgPool;

use crate::helpers::{PASSWORD, TestApp, spawn_app};
use crate::online::{ANN, book, manage_token};
use crate::online_fixture::{hold, key, online_clinic};

/// What a browser sends for a page it navigates to.
const HTML: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// The most pages one crawl may visit: past it, the address shapes have run away.
const MAX_PAGES: usize = 300;

/// Words only a parser (serde, a number or date parser) would say to a user.
const PARSER_WORDS: [&str; 8] = [
    "not understood",
    "missing field",
    "unknown variant",
    "invalid type",
    "invalid digit",
    "invalid value",
    "expected ",
    "Something went wrong",
];

/// What a form control is, as far as posting it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A hidden input: only a hand-made request leaves it out.
    Hidden,
    /// A named submit button (sent only when it submits the form).
    Submitter,
    /// Typed text that comes back after a refusal (text, email, phone, search, text area).
    Text,
    /// A password: never sent back.
    Password,
    /// Any other input the user sets (date, time, number, colour, a select).
    Set,
    /// A checkbox (posted the other way from how the page shows it, as a person changing it).
    Check,
    /// A radio button (the last of each group is posted chosen).
    Radio,
}

/// One control of a form.
#[derive(Debug, Clone)]
struct Control {
    name: String,
    kind: Kind,
    /// What the browser would send for it, if it sends it at all.
    value: Option<String>,
    /// A checkbox's or radio button's own value (sent when it is ticked).
    own: String,
}

/// A form posting to a server function.
#[derive(Debug, Clone)]
struct Form {
    /// The page it was found on (path and query).
    page: String,
    action: String,
    get: bool,
    controls: Vec<Control>,
}

impl Form {
    /// The form's field names, each once, in order.
    fn names(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        self.controls
            .iter()
            .filter(|c| seen.insert(c.name.clone()))
            .map(|c| c.name.clone())
            .collect()
    }

    /// Whether the user sets field `name` (anything but a hidden input or a button).
    fn visible(&self, name: &str) -> bool {
        self.controls
            .iter()
            .any(|c| c.name == name && !matches!(c.kind, Kind::Hidden | Kind::Submitter))
    }

    /// What is posted with field `missing` left out.
    fn pairs_without(&self, missing: &str) -> Vec<(String, String)> {
        self.controls
            .iter()
            .filter(|c| c.name != missing)
            .filter_map(|c| c.value.clone().map(|v| (c.name.clone(), v)))
            .collect()
    }

    /// The typed text posted with field `missing` left out, which a refusal must send back.
    fn typed_without(&self, missing: &str) -> Vec<String> {
        self.controls
            .iter()
            .filter(|c| c.name != missing && c.kind == Kind::Text)
            .filter_map(|c| c.value.clone())
            .filter(|v| !v.trim().is_empty())
            .collect()
    }

    /// The boxes and buttons posted with field `missing` left out, `(name, own value, ticked)`:
    /// a refusal must show each as it was posted.
    fn choices_without(&self, missing: &str) -> Vec<(String, String, bool)> {
        self.controls
            .iter()
            .filter(|c| c.name != missing && matches!(c.kind, Kind::Check | Kind::Radio))
            .map(|c| (c.name.clone(), c.own.clone(), c.value.is_some()))
            .collect()
    }

    /// The form's identity: where it posts and what it holds.
    fn shape(&self) -> (String, BTreeSet<String>) {
        (self.action.clone(), self.names().into_iter().collect())
    }
}

/// The forms of a page that post to server functions, with what a browser would send for each
/// control. Empty text fields get a distinct value of their own (`marker`), so that a refusal
/// can be seen to bring each back.
fn forms_of(page: &str, html: &str, marker: &mut usize) -> Vec<Form> {
    let document = Html::parse_document(html);
    let forms = Selector::parse("form[action^='/api/']").unwrap();
    let controls = Selector::parse("input, select, textarea, button").unwrap();
    let options = Selector::parse("option").unwrap();
    document
        .select(&forms)
        .map(|form| {
            let action = form.value().attr("action").unwrap_or_default().to_string();
            let get = form.value().attr("method").is_none_or(|m| m.eq_ignore_ascii_case("get"));
            let mut submitter_seen = false;
            let controls = form
                .select(&controls)
                .filter_map(|element| control(element, &options, &mut submitter_seen, marker))
                .collect();
            let mut controls: Vec<Control> = controls;
            // Each radio group answered with its last choice (a person's answer, not the
            // page's default).
            let radios: HashSet<String> =
                controls.iter().filter(|c| c.kind == Kind::Radio).map(|c| c.name.clone()).collect();
            for group in radios {
                let last = controls.iter().rposition(|c| c.kind == Kind::Radio && c.name == group);
                for (i, c) in controls.iter_mut().enumerate() {
                    if c.kind == Kind::Radio && c.name == group {
                        c.value = (Some(i) == last).then(|| c.own.clone());
                    }
                }
            }
            Form { page: page.to_string(), action, get, controls }
        })
        .collect()
}

/// What a browser does with one control of a form (None: it is never sent).
fn control(
    element: ElementRef,
    options: &Selector,
    submitter_seen: &mut bool,
    marker: &mut usize,
) -> Option<Control> {
    let attr = |name: &str| element.value().attr(name);
    let name = attr("name")?.to_string();
    if attr("disabled").is_some() {
        return None;
    }
    let mut fresh = |email: bool| {
        *marker += 1;
        if email { format!("kept{marker}@example.test") } else { format!("Kept{marker}") }
    };
    let (kind, value) = match element.value().name() {
        "textarea" => {
            let text: String = element.text().collect();
            let text = text.strip_prefix('\n').unwrap_or(&text).to_string();
            let text = if text.is_empty() { fresh(false) } else { text };
            (Kind::Text, Some(text))
        }
        "select" => {
            let all: Vec<ElementRef> = element.select(options).collect();
            let chosen = all.iter().find(|o| o.value().attr("selected").is_some()).or(all.first());
            let value = chosen.map(|o| {
                o.value().attr("value").map(str::to_string).unwrap_or_else(|| o.text().collect())
            });
            (Kind::Set, value)
        }
        "button" | "input"
            if element.value().name() == "button"
                || matches!(attr("type"), Some("submit" | "image")) =>
        {
            if !matches!(attr("type"), None | Some("submit")) || *submitter_seen {
                return None;
            }
            *submitter_seen = true;
            (Kind::Submitter, Some(attr("value").unwrap_or_default().to_string()))
        }
        _ => {
            let value = attr("value").unwrap_or_default().to_string();
            match attr("type").unwrap_or("text") {
                "hidden" => (Kind::Hidden, Some(value)),
                "password" => (Kind::Password, Some(PASSWORD.to_string())),
                kind @ ("checkbox" | "radio") => {
                    let own = if value.is_empty() { "on".to_string() } else { value };
                    let (kind, value) = if kind == "checkbox" {
                        (Kind::Check, attr("checked").is_none().then(|| own.clone()))
                    } else {
                        (Kind::Radio, attr("checked").map(|_| own.clone()))
                    };
                    return Some(Control { name, kind, value, own });
                }
                "file" | "reset" | "button" => return None,
                kind @ ("text" | "search" | "email" | "tel" | "url") => {
                    // A field nobody can reach (a trap for scripts) stays as it is.
                    let reachable = attr("readonly").is_none() && attr("tabindex") != Some("-1");
                    let value =
                        if value.is_empty() && reachable { fresh(kind == "email") } else { value };
                    (Kind::Text, Some(value))
                }
                _ => (Kind::Set, Some(value)),
            }
        }
    };
    Some(Control { name, kind, value, own: String::new() })
}

/// The page's links within the site worth following (pages, not downloads or fragments).
fn links_of(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let links = Selector::parse("a[href]").unwrap();
    document
        .select(&links)
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .filter(|href| !href.starts_with("/api/") && !href.starts_with("/pkg/"))
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .filter(|href| !href.is_empty())
        .collect()
}

/// An address's shape: its path with numbers as `#`, and its query's keys. One page of each
/// shape shows the forms of them all.
pub fn shape_of(address: &str) -> String {
    let url = url::Url::parse("http://localhost").unwrap().join(address).unwrap();
    let path: Vec<&str> = url
        .path()
        .split('/')
        .map(|part| if part.parse::<i64>().is_ok() { "#" } else { part })
        .collect();
    let keys: BTreeSet<String> = url.query_pairs().map(|(k, _)| k.into_owned()).collect();
    format!("{}?{}", path.join("/"), keys.into_iter().collect::<Vec<_>>().join("&"))
}

/// The messages a page shows beside fields, and above a form.
fn messages_of(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let messages = Selector::parse(".field-error, .status-error, [role='alert']").unwrap();
    document
        .select(&messages)
        .map(|m| m.text().collect::<String>().trim().to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

/// A user's browser without JavaScript, with who it is (to sign in again when a form it posted
/// signed it out).
struct Browser<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    email: Option<&'a str>,
}

impl Browser<'_> {
    /// Where a redirect sends the browser, as a path on this site (Leptos sends a form back to
    /// its Referer, which is absolute).
    fn local(&self, response: &reqwest::Response) -> String {
        let location = response.headers()["location"].to_str().unwrap();
        location.strip_prefix(&self.app.address).unwrap_or(location).to_string()
    }

    /// Loads `address` following redirects: the address it ends at, its status and body.
    async fn open(&self, address: &str) -> (String, u16, String) {
        let mut address = address.to_string();
        for _ in 0..5 {
            let response = self
                .client
                .get(self.app.url(&address))
                .header("accept", HTML)
                .send()
                .await
                .expect("request failed");
            if response.status().is_redirection() {
                address = self.local(&response);
                continue;
            }
            let status = response.status().as_u16();
            return (address, status, response.text().await.unwrap());
        }
        panic!("too many redirects from {address}");
    }

    /// Visits the pages reachable from `seeds`, one per address shape, and checks each form
    /// (one of each shape) when first seen, before any other page's forms change what it holds:
    /// answers the actions checked and what went wrong.
    async fn check_forms_from(&self, seeds: &[String]) -> (BTreeSet<String>, Vec<String>) {
        let mut queue: VecDeque<String> = seeds.iter().cloned().collect();
        let mut shapes: HashSet<String> = HashSet::new();
        let mut form_shapes = HashSet::new();
        let mut actions = BTreeSet::new();
        let mut wrong = Vec::new();
        let mut marker = 0;
        let mut visited = 0;
        while let Some(address) = queue.pop_front() {
            if !shapes.insert(shape_of(&address)) {
                continue;
            }
            visited += 1;
            assert!(visited <= MAX_PAGES, "more than {MAX_PAGES} page shapes: {shapes:?}");
            let (at, status, html) = self.open(&address).await;
            if status != 200 {
                continue;
            }
            queue.extend(links_of(&html));
            let mut forms: Vec<Form> = forms_of(&at, &html, &mut marker)
                .into_iter()
                .filter(|form| form_shapes.insert(form.shape()))
                // Signing out has nothing to check and would end the session.
                .filter(|form| form.action != "/api/auth/sign-out")
                .collect();
            // Forms with fields people set first: a button's form missing an optional hidden
            // field is accepted, and may change what the others offer (a status's next steps).
            forms.sort_by_key(|form| {
                std::cmp::Reverse(form.names().iter().filter(|n| form.visible(n)).count())
            });
            let mut accepted = false;
            for form in forms {
                wrong.extend(self.post_each_field_missing(&form, &mut accepted).await);
                actions.insert(form.action);
            }
        }
        (actions, wrong)
    }

    /// Signs in again if a form posted signed this browser out.
    async fn stay_signed_in(&self) {
        let Some(email) = self.email else { return };
        if self.app.current_user(&self.client).await.is_null() {
            let password =
                if email.ends_with("@demo.test") { demo::DEMO_PASSWORD } else { PASSWORD };
            assert_eq!(self.app.sign_in(&self.client, email, password).await.status(), 200);
        }
    }

    /// `form` as its page shows it now, the way a person posts it: an earlier case may have
    /// changed what it holds (an appointment's version), or taken it away (None).
    async fn afresh(&self, form: &Form) -> Option<Form> {
        let (at, status, html) = self.open(&form.page).await;
        let mut marker = 0;
        let found = (status == 200)
            .then(|| forms_of(&at, &html, &mut marker))
            .and_then(|forms| forms.into_iter().find(|f| f.shape() == form.shape()));
        found.map(|found| Form { page: form.page.clone(), ..found })
    }

    /// Posts `form` with each field missing in turn and checks each answer; answers what went
    /// wrong, one line per case. `accepted` is set when a case was accepted (its page's state
    /// may have changed).
    async fn post_each_field_missing(&self, form: &Form, accepted: &mut bool) -> Vec<String> {
        let mut wrong = Vec::new();
        // The fields people set first: a case that succeeds may take the form off its page.
        let mut names = form.names();
        names.sort_by_key(|name| !form.visible(name));
        for missing in names {
            self.stay_signed_in().await;
            let Some(form) = &self.afresh(form).await else {
                // A case accepted on this page (the missing field was optional) may have done
                // what the form is for (cancelled the appointment); nobody can post it again.
                if !*accepted {
                    wrong.push(format!(
                        "{} left {} before its case {missing}",
                        form.action, form.page
                    ));
                }
                continue;
            };
            let pairs = form.pairs_without(&missing);
            let request = if form.get {
                self.client.get(self.app.url(&form.action)).query(&pairs)
            } else {
                self.client.post(self.app.url(&form.action)).form(&pairs)
            };
            let response = request
                .header("accept", HTML)
                .header("referer", self.app.url(&form.page))
                .header("origin", &self.app.address)
                .send()
                .await
                .expect("request failed");
            let case = format!("{} on {} without {missing}", form.action, form.page);
            let (status, html) = if response.status().is_redirection() {
                let (_, status, html) = self.open(&self.local(&response)).await;
                (status, html)
            } else {
                (response.status().as_u16(), response.text().await.unwrap())
            };
            if status != 200 {
                wrong.push(format!("{case}: answered {status}"));
                continue;
            }
            let messages = messages_of(&html);
            if let Some(word) =
                PARSER_WORDS.iter().find(|word| messages.iter().any(|m| m.contains(*word)))
            {
                wrong.push(format!("{case}: a parser's message ({word:?}): {messages:?}"));
                continue;
            }
            let refused = !messages.is_empty();
            // After an accepted case changed what the page is about (a merge done), a refusal
            // that names no field says so ("merged already"): nothing typed is at stake.
            let about_fields = !*accepted || has_field_message(&html);
            *accepted |= !refused;
            let unreadable = messages.iter().any(|m| m == INCOMPLETE);
            if unreadable && form.visible(&missing) {
                wrong.push(format!("{case}: refused as a broken request: {messages:?}"));
            }
            // A request missing a hidden field could not be read at all: nothing comes back.
            if refused && !unreadable && about_fields {
                let shown = values_of(&html);
                for typed in form.typed_without(&missing) {
                    if !shown.contains(&typed) {
                        wrong.push(format!("{case}: {typed:?} did not come back ({messages:?})"));
                    }
                }
                let ticked = ticked_of(&html, &form.action);
                for (name, own, posted) in form.choices_without(&missing) {
                    if let Some(shown) = ticked.get(&(name.clone(), own.clone()))
                        && *shown != posted
                    {
                        let was = if posted { "ticked" } else { "not ticked" };
                        wrong.push(
                            format!(
                                "{case}: {name}={own} came back {}",
                                if *shown { "ticked" } else { "not ticked" }
                            ) + &format!(" (posted {was}; {messages:?})"),
                        );
                    }
                }
            }
        }
        wrong
    }
}

/// What a request missing a hidden field is told.
const INCOMPLETE: &str = chairside::error::INCOMPLETE_FORM;

/// Whether the page shows a message beside a field.
fn has_field_message(html: &str) -> bool {
    let document = Html::parse_document(html);
    let messages = Selector::parse(".field-error").unwrap();
    document.select(&messages).any(|m| !m.text().collect::<String>().trim().is_empty())
}

/// Whether each checkbox and radio button of the page's forms posting to `action` is ticked,
/// by `(name, value)`.
fn ticked_of(html: &str, action: &str) -> std::collections::HashMap<(String, String), bool> {
    let document = Html::parse_document(html);
    let boxes = Selector::parse(&format!(
        "form[action='{action}'] input[type='checkbox'][name], form[action='{action}'] input[type='radio'][name]"
    ))
    .unwrap();
    document
        .select(&boxes)
        .map(|b| {
            let name = b.value().attr("name").unwrap_or_default().to_string();
            let own = b.value().attr("value").unwrap_or("on").to_string();
            ((name, own), b.value().attr("checked").is_some())
        })
        .collect()
}

/// The values a page's form fields hold (inputs and text areas), as a browser reads them.
fn values_of(html: &str) -> HashSet<String> {
    let document = Html::parse_document(html);
    let inputs = Selector::parse("input[value]").unwrap();
    let areas = Selector::parse("textarea").unwrap();
    let values =
        document.select(&inputs).filter_map(|i| i.value().attr("value")).map(str::to_string);
    let texts = document.select(&areas).map(|a| {
        let text: String = a.text().collect();
        text.strip_prefix('\n').unwrap_or(&text).to_string()
    });
    values.chain(texts).collect()
}

/// Crawls from `seeds` as `browser`, checking every form found; answers their actions.
async fn check_forms(browser: &Browser<'_>, seeds: &[String]) -> BTreeSet<String> {
    let (actions, wrong) = browser.check_forms_from(seeds).await;
    assert!(wrong.is_empty(), "{} cases went wrong:\n{}", wrong.len(), wrong.join("\n"));
    actions
}

#[sqlx::test]
async fn every_staff_form_missing_any_field_is_answered_by_the_app(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    demo::load(&pool).await.unwrap();
    app.add_staff_in("crawler@test.example", Role::Admin, "london").await;
    // Pages no link of the crawl reaches from the seeds below, with what their forms need.
    let (first, last): (i64, i64) = sqlx::query_as(
        "SELECT min(p.id), max(p.id) FROM patient p JOIN clinic c ON c.id = p.clinic_id
         WHERE c.slug = 'london'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let with_history: i64 = sqlx::query_scalar(
        "SELECT m.patient_id FROM medical_item m JOIN patient p ON p.id = m.patient_id
         JOIN clinic c ON c.id = p.clinic_id WHERE c.slug = 'london' ORDER BY 1 LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let time_off: i64 = sqlx::query_scalar(
        "SELECT t.id FROM time_off t JOIN clinic c ON c.id = t.clinic_id WHERE c.slug = 'london'
         ORDER BY t.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    // An appointment that can still be moved, opened in the calendar, so that the dialog's
    // address is first seen with its move and cancel forms (the demo's earliest of today may
    // already be under way, whose dialog has neither). Its dialog links to a series of four
    // weekly follow-ups, which has a booking form only when each can be booked that day: none
    // may fall on a holiday or the provider's time off (in December one may be Christmas).
    let (movable, movable_day): (i64, chrono::NaiveDate) = sqlx::query_as(
        "SELECT a.id, (lower(a.visit) AT TIME ZONE c.time_zone)::date
         FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         WHERE c.slug = 'london' AND a.status = 'scheduled'
           AND lower(a.visit) > now() + interval '1 day'
           AND NOT EXISTS (
               SELECT 1 FROM time_off t, generate_series(1, 4) AS week
               WHERE t.clinic_id = a.clinic_id
                 AND (t.provider_id IS NULL OR t.provider_id = a.provider_id)
                 AND (t.chair_id IS NULL OR t.chair_id = a.chair_id)
                 AND t.period && tstzrange(lower(a.visit) + week * interval '1 week' - interval '14 hours',
                                           lower(a.visit) + week * interval '1 week' + interval '14 hours'))
         ORDER BY lower(a.visit), a.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut seeds: Vec<String> = [
        "/",
        "/patients",
        "/patients/new?clinic=london",
        "/calendar?clinic=london",
        "/calendar/series",
        "/calendar/affected",
        "/my-day",
        "/setup",
        "/reports",
        "/admin/staff",
        "/admin/outbox",
        "/admin/audit",
        "/account/sessions",
        "/account/password",
    ]
    .map(String::from)
    .to_vec();
    seeds.insert(1, format!("/calendar?clinic=london&date={movable_day}&appointment={movable}"));
    seeds.extend([
        format!("/patients/{first}/merge?with={last}"),
        format!("/patients/{with_history}"),
        format!("/calendar/affected?time_off={time_off}"),
    ]);
    let mut actions = BTreeSet::new();
    for email in ["crawler@test.example", "reception@demo.test", "dentist@demo.test"] {
        let browser = Browser { app: &app, client: app.new_client(), email: Some(email) };
        browser.stay_signed_in().await;
        actions.extend(check_forms(&browser, &seeds).await);
    }
    for expected in [
        "/api/patients/create",
        "/api/patients/update",
        "/api/patients/medical/save",
        "/api/appointments/book",
        "/api/appointments/set-status",
        "/api/appointments/reschedule",
        "/api/appointments/series/book",
        "/api/appointments/confirmations/record",
        "/api/patients/merge",
        "/api/patients/medical/set-active",
        "/api/recall/set-due",
        "/api/recall/contact",
        "/api/setup/clinic/save",
        "/api/setup/hours/save",
        "/api/setup/time-off/add",
        "/api/email/templates/save",
        "/api/staff/create",
        "/api/account/password",
    ] {
        assert!(actions.contains(expected), "no form posts to {expected}: {actions:?}");
    }
}

#[sqlx::test]
async fn every_patient_form_missing_any_field_is_answered_by_the_app(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 1).await;
    let booking = key();
    let (status, body) = hold(&app, &clinic, &booking, clinic.providers[0], "10:00").await;
    assert!((200..300).contains(&status), "{status} {body}");
    let appointment = book(&app, &clinic, "11:00", ANN).await;
    let token = manage_token(&pool, appointment, "booking_confirmation").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let form = [
        ("form[display_name]", "Casey Ng"),
        ("form[email]", "casey@test.example"),
        ("form[role]", "hygienist"),
        ("form[clinic_ids][]", &clinic.id.to_string()),
    ];
    let (status, invited) = app.call_json(&admin, "staff/create", &form).await;
    assert_eq!(status, 200, "{invited}");
    let link = url::Url::parse(invited["link"].as_str().unwrap()).unwrap();
    let welcome = format!("{}?{}", link.path(), link.query().unwrap_or_default());
    let seeds: Vec<String> = [
        "/sign-in".to_string(),
        "/book".to_string(),
        "/book/test-clinic".to_string(),
        format!("/book/test-clinic/details?booking={booking}"),
        // After the details page, whose accepted cases (an optional field missing) saved them.
        format!("/book/test-clinic/review?booking={booking}"),
        format!("/book/manage/{token}"),
        welcome,
    ]
    .to_vec();
    // A person takes more than a few seconds to type their details (the no-JavaScript rule).
    sqlx::query("UPDATE online_booking SET created_at = created_at - interval '1 minute'")
        .execute(&pool)
        .await
        .unwrap();
    let browser = Browser { app: &app, client: app.new_client(), email: None };
    let actions = check_forms(&browser, &seeds).await;
    for expected in [
        "/api/auth/sign-in",
        "/api/auth/accept-invitation",
        "/api/book/hold",
        "/api/book/details",
        "/api/book/confirm",
        "/api/book/manage/confirm",
        "/api/book/manage/cancel",
        "/api/book/manage/reschedule",
    ] {
        assert!(actions.contains(expected), "no form posts to {expected}: {actions:?}");
    }
}

#[sqlx::test]
async fn a_call_missing_an_argument_is_a_bad_request_in_plain_words(pool: PgPool) {
    let app = spawn_app(pool).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    // A hand-made call: `recall/set-due` without its form, `set-status` without the id.
    for (endpoint, form) in [
        ("recall/set-due", vec![("patient_id", "1")]),
        ("appointments/set-status", vec![("version", "1"), ("status", "arrived")]),
    ] {
        let (status, body) = app.call_json(&desk, endpoint, &form).await;
        assert_eq!(
            (status, body),
            (400, serde_json::json!({ "BadRequest": INCOMPLETE })),
            "{endpoint}"
        );
    }
}
