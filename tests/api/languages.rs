//! Languages: the booking pages in each language the app speaks, with no message missing and no
//! English left; a patient who books in Spanish is written to in Spanish from then on; a
//! French receptionist's calendar; a clinic's week that starts on Sunday.

use chairside::i18n::{Language, Locale, Region, text_in};
use chairside::online::model::solve;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use std::collections::HashSet;

use serde_json::Value;
use sqlx::PgPool;

use crate::form_fields::shape_of;
use crate::helpers::{TestApp, spawn_app};
use crate::online_fixture::{Clinic, hold, key, online_clinic};

/// A client whose browser asks for `tag` first.
fn browser(tag: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("accept-language", format!("{tag},en;q=0.5").parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

/// The English texts of the messages that must not show on a page in `language`: those of
/// `prefixes` without arguments, of more than one word, translated to something else, and
/// shown whole (a text of the page, or a label, title or placeholder).
fn english_left(language: Language, prefixes: &[&str], page: &str) -> Vec<String> {
    let shown = shown_text(page);
    let lines: HashSet<&str> = shown.lines().collect();
    let english = Language::ENGLISH.source();
    english
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, _)| key.trim())
        .filter(|key| prefixes.iter().any(|prefix| key.starts_with(prefix)))
        .filter_map(|key| {
            let text = text_in(Language::ENGLISH, key, None);
            let translated = text_in(language, key, None);
            let plain = !text.starts_with('⟦') && text.contains(' ');
            (plain && translated != text && lines.contains(text.as_str())).then_some(text)
        })
        .collect()
}

/// What a page shows people in its own language, one text per line: its text and the labels,
/// titles and placeholders of its elements, and its description. Not its scripts' data, not
/// code (`code`, `pre`: the log's records and details, placeholders), and not what is marked
/// as in another language (`lang`: an email template's text).
fn shown_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let aside = |element: &scraper::node::Element| {
        matches!(element.name(), "script" | "style" | "template" | "code" | "pre")
            || (element.name() != "html" && element.attr("lang").is_some())
    };
    let mut shown = Vec::new();
    for node in document.root_element().descendants() {
        if node.ancestors().chain([node]).any(|n| n.value().as_element().is_some_and(aside)) {
            continue;
        }
        if let Some(text) = node.value().as_text() {
            if !text.trim().is_empty() {
                shown.push(text.trim().to_string());
            }
        } else if let Some(element) = node.value().as_element() {
            for name in ["aria-label", "title", "placeholder", "alt"] {
                if let Some(value) = element.attr(name) {
                    shown.push(value.to_string());
                }
            }
            if element.name() == "meta" && element.attr("name") == Some("description") {
                shown.extend(element.attr("content").map(String::from));
            }
        }
    }
    shown.join("\n")
}

fn assert_in_language(language: Language, address: &str, status: u16, page: &str) {
    assert_eq!(status, 200, "{language} {address}: {page}");
    let tag = format!("<html lang=\"{}\" dir=\"{}\"", language.tag(), language.dir());
    assert!(page.contains(&tag), "{language} {address}: no {tag}");
    assert!(!page.contains('⟦'), "{language} {address}: a message is missing: {page}");
    let left = english_left(language, &["book-", "site-", "format-"], page);
    assert!(left.is_empty(), "{language} {address}: English left: {left:?}");
}

/// The words of a Fluent file's messages (not their keys, variables, variant names or
/// comments), in lower case.
fn message_words(source: &str) -> HashSet<String> {
    let mut words = HashSet::new();
    for line in source.lines() {
        let text = if line.starts_with('#') {
            continue;
        } else if line.starts_with(' ') {
            // A variant (`[one] …`, `*[other] …`) or a continued line.
            let line = line.trim_start().trim_start_matches('*');
            match line.strip_prefix('[') {
                Some(variant) => variant.split_once(']').map_or("", |(_, text)| text),
                None => line,
            }
        } else {
            match line.split_once(" = ") {
                Some((_, value)) => value,
                None => continue,
            }
        };
        // Placeables hold names and numbers, not words.
        let mut plain = String::new();
        let mut depth = 0_usize;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        words.extend(words_in(&plain));
    }
    words
}

/// The words of `text` (letters only, two or more), in lower case.
fn words_in(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_lowercase)
}

/// Words of the English messages that no other complete language's messages use.
fn english_only_words() -> HashSet<String> {
    let others: HashSet<String> = Language::all()
        .filter(|language| language.is_complete() && *language != Language::ENGLISH)
        .flat_map(|language| message_words(language.source()))
        .collect();
    message_words(Language::ENGLISH.source()).difference(&others).cloned().collect()
}

/// The words of what people keep in the database (names, notes, reasons: data shown as it
/// is, whatever the page's language), leaving out the tables of what the app writes itself
/// (emails, logs, sessions, deliveries).
async fn data_words(pool: &PgPool) -> HashSet<String> {
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND udt_name IN ('text', 'varchar', 'citext')
           AND table_name !~ '^(_sqlx|tower_sessions|staff_session|login_failure|audit|email_|public_attempt|webhook_(event|delivery)|api_key_use|api_idempotency|live_event|staff_notification|report_day)'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut words = HashSet::new();
    for (table, column) in columns {
        let values: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT DISTINCT \"{column}\"::text FROM \"{table}\" WHERE \"{column}\" IS NOT NULL"
        ))
        .fetch_all(pool)
        .await
        .unwrap();
        for value in &values {
            words.extend(words_in(value));
        }
    }
    words
}

/// The texts of a page that read the same in every language of `pages` (one page, the same
/// address, read in each) and have an English word that is not data: English the code wrote
/// without a message.
fn same_in_every_language(
    pages: &[String],
    english_only: &HashSet<String>,
    data: &HashSet<String>,
) -> Vec<String> {
    let shown: Vec<HashSet<String>> =
        pages.iter().map(|page| shown_text(page).lines().map(String::from).collect()).collect();
    let Some((first, others)) = shown.split_first() else {
        return Vec::new();
    };
    let mut left: Vec<String> = first
        .iter()
        .filter(|line| others.iter().all(|other| other.contains(*line)))
        .filter(|line| {
            words_in(line).any(|word| english_only.contains(&word) && !data.contains(&word))
        })
        .cloned()
        .collect();
    left.sort();
    left
}

async fn held_key(app: &TestApp, clinic: &Clinic) -> String {
    let key = key();
    let (status, body) = hold(app, clinic, &key, clinic.providers[0], "10:00").await;
    assert!(status < 400, "{status} {body}");
    key
}

#[sqlx::test]
async fn every_booking_page_is_whole_in_every_language(pool: PgPool) {
    let clinic = online_clinic(&pool, 1).await;
    let app = spawn_app(pool.clone()).await;
    let key = held_key(&app, &clinic).await;
    let type_id = clinic.type_id;
    // Each address as read in each language.
    let mut read: Vec<Vec<String>> = Vec::new();
    for language in Language::all() {
        let client = app.new_client();
        let tag = language.tag();
        let addresses = [
            format!("/book?lang={tag}"),
            format!("/book/test-clinic?lang={tag}"),
            format!("/book/test-clinic?type={type_id}&lang={tag}"),
            format!("/book/test-clinic?type={type_id}&provider=any&date={}&lang={tag}", clinic.day),
            format!("/book/test-clinic/details?booking={key}&lang={tag}"),
            format!("/book/test-clinic/review?booking={key}&lang={tag}"),
            format!("/book/test-clinic/done?booking={key}&lang={tag}"),
            format!("/book/manage/not-a-token?lang={tag}"),
        ];
        read.resize(addresses.len(), Vec::new());
        for (index, address) in addresses.iter().enumerate() {
            let (status, page) = app.page(&client, address).await;
            let status = if address.contains("not-a-token") { status + 200 - 404 } else { status };
            assert_in_language(language, address, status, &page);
            read[index].push(page);
        }
        // The switcher keeps the place: every other language's link is this address in it.
        let (_, page) =
            app.page(&client, &format!("/book/test-clinic/details?booking={key}&lang={tag}")).await;
        for other in Language::all() {
            let link = format!("/book/test-clinic/details?booking={key}&amp;lang={}", other.tag());
            assert!(page.contains(&link), "{language}: no link to {other}: {page}");
        }
        // The choice is kept: the next page, without asking, is in it.
        let (_, page) = app.page(&client, "/book").await;
        assert!(page.contains(&format!("<html lang=\"{tag}\"")), "{language} was not kept");
    }
    // No text the code wrote without a message: nothing English reads the same in all.
    let (english_only, data) = (english_only_words(), data_words(&pool).await);
    for (index, pages) in read.iter().enumerate() {
        let left = same_in_every_language(pages, &english_only, &data);
        assert!(left.is_empty(), "booking page {index}, the same in every language: {left:?}");
    }
}

#[sqlx::test]
async fn a_browser_gets_the_first_language_it_asks_for_that_the_app_speaks(pool: PgPool) {
    online_clinic(&pool, 1).await;
    let app = spawn_app(pool).await;
    for (asked, expected) in [("de-AT", "de"), ("pt-BR,fr;q=0.8", "fr"), ("pt", "en")] {
        let client = browser(asked);
        let (status, page) = app.page(&client, "/book").await;
        assert_eq!(status, 200);
        assert!(page.contains(&format!("<html lang=\"{expected}\"")), "{asked}: {page}");
    }
}

async fn call_as(
    app: &TestApp,
    client: &reqwest::Client,
    endpoint: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let response = app.call(client, endpoint, form).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[sqlx::test]
async fn a_patient_who_books_in_spanish_gets_the_confirmation_and_reminders_in_spanish(
    pool: PgPool,
) {
    let clinic = online_clinic(&pool, 1).await;
    let app = spawn_app(pool.clone()).await;
    let spanish = Language::parse("es").unwrap();
    let patient = browser("es-ES");
    let key = held_key(&app, &clinic).await;
    let form = [("clinic", "test-clinic"), ("key", key.as_str())];
    let (status, held) = call_as(&app, &patient, "book/progress", &form).await;
    assert_eq!(status, 200, "{held}");
    // The page's words are Spanish, and so are the times it shows.
    let locale = Locale::new(spanish, Region::GB);
    let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
    assert_eq!(held["when"], locale.date_time_long(clinic.day, ten), "{held}");
    let proof = solve(held["challenge"].as_str().unwrap());
    let details = [
        ("clinic", "test-clinic"),
        ("key", key.as_str()),
        ("form[first_name]", "Lucía"),
        ("form[last_name]", "Online"),
        ("form[date_of_birth]", "07/03/1985"),
        ("form[email]", "lucia@example.com"),
        ("form[phone]", "07700 900123"),
        ("form[reason]", ""),
        ("form[returning]", "new"),
        ("form[reminders]", "on"),
        ("website", ""),
        ("proof", proof.as_str()),
    ];
    let (status, body) = call_as(&app, &patient, "book/details", &details).await;
    assert!(status < 400, "{status} {body}");
    let (status, body) = call_as(&app, &patient, "book/confirm", &form).await;
    assert!(status < 400, "{status} {body}");

    let (patient_id, language): (i64, Option<String>) =
        sqlx::query_as("SELECT id, language FROM patient WHERE email = 'lucia@example.com'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(language.as_deref(), Some("es"));
    let spanish_month =
        text_in(spanish, &format!("format-month-{}", chrono::Datelike::month(&clinic.day)), None);
    let english_month = text_in(
        Language::ENGLISH,
        &format!("format-month-{}", chrono::Datelike::month(&clinic.day)),
        None,
    );
    let emails = |kind: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_as::<_, (String, String, String)>(
                "SELECT language, subject, text_body FROM email_outbox e
                 JOIN appointment a ON a.id = e.appointment_id
                 WHERE a.patient_id = $1 AND e.kind = $2 ORDER BY e.id",
            )
            .bind(patient_id)
            .bind(kind)
            .fetch_all(&pool)
            .await
            .unwrap()
        }
    };
    let confirmation = emails("booking_confirmation").await;
    assert_eq!(confirmation.len(), 1);
    let (language, subject, body) = &confirmation[0];
    assert_eq!(language, "es");
    let mut lucia = chairside::i18n::Args::new();
    lucia.set("patient_first_name", "Lucía");
    let greeting = text_in(spanish, "email-greeting", Some(&lucia));
    assert!(body.starts_with(&greeting), "{greeting}: {body}");
    assert!(subject.contains(&spanish_month) || body.contains(&spanish_month), "{subject} {body}");
    assert!(!body.contains(&english_month) || spanish_month == english_month, "{body}");

    // The reminders, queued later by the scheduler, are in Spanish too.
    let starts: chrono::DateTime<Utc> =
        sqlx::query_scalar("SELECT lower(visit) FROM appointment WHERE patient_id = $1")
            .bind(patient_id)
            .fetch_one(&pool)
            .await
            .unwrap();
    let site = url::Url::parse("https://clinic.example/").unwrap();
    let queued = chairside::email::reminders::enqueue_due(
        &pool,
        &site,
        starts - Duration::hours(48) + Duration::minutes(1),
    )
    .await
    .unwrap();
    assert_eq!(queued, 1);
    let reminders = emails("reminder").await;
    assert_eq!(reminders.len(), 1);
    let (language, subject, body) = &reminders[0];
    assert_eq!(language, "es");
    assert!(subject.contains(&spanish_month), "{subject}");
    assert!(body.contains(&text_in(spanish, "email-reminder-question", None)), "{body}");
}

#[sqlx::test]
async fn a_french_receptionist_sees_french_dates_and_times_in_the_calendar(pool: PgPool) {
    let clinic = online_clinic(&pool, 1).await;
    let app = spawn_app(pool.clone()).await;
    let desk = app
        .signed_in("desk@example.com", chairside::domain::Role::Receptionist, "test-clinic")
        .await;
    let (status, body) =
        call_as(&app, &desk, "account/language/choose", &[("language", "fr")]).await;
    assert!(status < 400, "{status} {body}");
    let stored: Option<String> =
        sqlx::query_scalar("SELECT language FROM staff WHERE email = 'desk@example.com'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stored.as_deref(), Some("fr"));
    // Signing in elsewhere brings the choice along.
    let elsewhere = app.new_client();
    app.sign_in(&elsewhere, "desk@example.com", crate::helpers::PASSWORD).await;
    let french = Language::parse("fr").unwrap();
    let locale = Locale::new(french, Region::GB);
    for client in [&desk, &elsewhere] {
        let address = format!("/calendar?clinic=test-clinic&date={}", clinic.day);
        let (status, page) = app.page(client, &address).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("<html lang=\"fr\""), "{page}");
        assert!(page.contains(&locale.date_long(clinic.day)), "{page}");
        assert!(page.contains(">09:00<"), "{page}");
        assert!(!page.contains(&Locale::new(Language::ENGLISH, Region::GB).date_long(clinic.day)));
    }
}

#[sqlx::test]
async fn a_clinic_in_the_united_states_writes_twelve_hour_times_and_starts_weeks_on_sunday(
    pool: PgPool,
) {
    let clinic = online_clinic(&pool, 1).await;
    sqlx::query("UPDATE clinic SET region = 'US', week_starts = 7 WHERE id = $1")
        .bind(clinic.id)
        .execute(&pool)
        .await
        .unwrap();
    let app = spawn_app(pool.clone()).await;
    let desk = app
        .signed_in("desk@example.com", chairside::domain::Role::Receptionist, "test-clinic")
        .await;
    let provider = clinic.providers[0];
    let (status, page) = app
        .page(
            &desk,
            &format!(
                "/calendar?clinic=test-clinic&date={}&layout=week&provider={provider}",
                clinic.day
            ),
        )
        .await;
    assert_eq!(status, 200, "{page}");
    let english = Locale::new(Language::ENGLISH, Region::US);
    let sunday = chairside::scheduling::calendar::week_start(clinic.day, 7);
    assert_eq!(chrono::Datelike::weekday(&sunday), chrono::Weekday::Sun);
    let heading = text_in(
        Language::ENGLISH,
        "calendar-week-of",
        Some(&{
            let mut args = chairside::i18n::Args::new();
            args.set("day", english.date_long(sunday));
            args
        }),
    );
    assert!(page.contains(&heading), "{heading}: {page}");
    assert!(page.contains(">9:00 AM<"), "{page}");
    let _ = Utc.timestamp_opt(0, 0);
}

/// The same-site links of a page, without fragments (not to the API, files, feeds or downloads).
fn links_of(html: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let links = scraper::Selector::parse("a[href]").unwrap();
    document
        .select(&links)
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .filter(|href| {
            !["/api/", "/pkg/", "/documents/", "/feeds/", "/i18n/", "/live"]
                .iter()
                .any(|prefix| href.starts_with(prefix))
        })
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .filter(|href| !href.is_empty() && !href.contains("lang="))
        .collect()
}

#[sqlx::test]
async fn every_staff_page_is_whole_in_every_language(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    chairside::server::demo::load(&pool).await.unwrap();
    app.add_staff_in("polyglot@test.example", chairside::domain::Role::Admin, "london").await;
    let staff_prefixes = [
        "site-",
        "nav-",
        "role-",
        "auth-",
        "account-",
        "common-",
        "calendar-",
        "my-day-",
        "sched-",
        "patient-",
        "setup-",
        "admin-",
    ];
    // One browser per complete language, English first (its links are followed).
    let mut readers = Vec::new();
    for language in Language::all().filter(|language| language.is_complete()) {
        let client = app.new_client();
        let signed_in =
            app.sign_in(&client, "polyglot@test.example", crate::helpers::PASSWORD).await;
        assert_eq!(signed_in.status(), 200);
        // The language of this browser from now on.
        let (status, _) = app.page(&client, &format!("/?lang={}", language.tag())).await;
        assert_eq!(status, 200);
        readers.push((language, client));
    }
    let (english_only, data) = (english_only_words(), data_words(&pool).await);
    let mut queue: std::collections::VecDeque<String> = [
        "/",
        "/calendar?clinic=london",
        "/my-day",
        "/patients",
        "/setup",
        "/reports",
        "/admin/staff",
        "/admin/outbox",
        "/admin/audit",
        "/recall",
        "/asap",
        "/notifications",
        "/account/sessions",
        "/account/password",
        "/account/language",
    ]
    .map(String::from)
    .into();
    let mut shapes = HashSet::new();
    let mut problems = Vec::new();
    while let Some(address) = queue.pop_front() {
        if !shapes.insert(shape_of(&address)) || shapes.len() > 250 {
            continue;
        }
        let mut pages = Vec::new();
        for (language, client) in &readers {
            let (status, page) = app.page(client, &address).await;
            if status != 200 || !page.contains("<html") {
                break;
            }
            let tag = format!("<html lang=\"{}\"", language.tag());
            if !page.contains(&tag) {
                problems.push(format!("{address}: not in {language}"));
            }
            if let Some(at) = page.find('⟦') {
                let end = page[at..].char_indices().nth(60).map_or(page.len(), |(i, _)| at + i);
                problems.push(format!("{language} {address}: {}", &page[at..end]));
            }
            if *language == Language::ENGLISH {
                queue.extend(links_of(&page));
            } else {
                for text in english_left(*language, &staff_prefixes, &page) {
                    problems.push(format!("{language} {address}: English left: {text}"));
                }
            }
            pages.push(page);
        }
        if pages.len() == readers.len() {
            for text in same_in_every_language(&pages, &english_only, &data) {
                problems.push(format!("{address}: the same in every language: {text:?}"));
            }
        }
    }
    assert!(shapes.len() > 40, "only {} pages reached", shapes.len());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[sqlx::test]
async fn a_patient_whose_language_staff_set_is_written_to_in_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app
        .signed_in("desk@example.com", chairside::domain::Role::Receptionist, "test-clinic")
        .await;
    let (providers, _, _, kind) = crate::appointments::clinic(&pool, 1, 0, false).await;
    let form = |language: &'static str| {
        vec![
            ("clinic", "test-clinic"),
            ("form[first_name]", "Greta"),
            ("form[last_name]", "Sprache"),
            ("form[date_of_birth]", "07/03/1985"),
            ("form[email]", "greta@example.com"),
            ("form[preferred_contact]", "email"),
            ("form[language]", language),
            ("confirm_new", "on"),
        ]
    };
    // A language the app does not speak is refused beside its field.
    let (status, body) = call_as(&app, &desk, "patients/create", &form("xx")).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("language"), "{body}");
    let (status, body) = call_as(&app, &desk, "patients/create", &form("de")).await;
    assert_eq!(status, 200, "{body}");
    let patient = body.as_i64().unwrap();
    let (_, page) = app.page(&desk, &format!("/patients/{patient}")).await;
    assert!(page.contains("Deutsch"), "{page}");

    let booking =
        crate::appointments::booking(patient, providers[0], None, kind, "2030-07-01T10:00");
    let (status, body) =
        call_as(&app, &desk, "appointments/book", &crate::appointments::pairs(&booking)).await;
    assert_eq!(status, 200, "{body}");
    let (language, subject): (String, String) = sqlx::query_as(
        "SELECT e.language, e.subject FROM email_outbox e JOIN appointment a ON a.id = e.appointment_id
         WHERE a.patient_id = $1 AND e.kind = 'booking_confirmation'",
    )
    .bind(patient)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(language, "de");
    let german = Locale::new(Language::parse("de").unwrap(), Region::GB);
    let day = chrono::NaiveDate::from_ymd_opt(2030, 7, 1).unwrap();
    assert!(subject.contains(&german.date_long(day)), "{subject}");
}
