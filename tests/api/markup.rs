//! Names made of markup (a patient typed as `</title><script>…` by staff or through the online
//! booking, a clinic, a provider, a staff member...) are shown as text on every page that
//! shows them: never as markup, in the page's `<title>` least of all.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{book_one, clinic};
use crate::helpers::spawn_app;

/// A name that ends the `<title>` element, runs a script and opens an attribute when it is
/// written into HTML unescaped. `who` tells the records apart in a failure.
fn markup(who: &str) -> String {
    format!("</title><script>alert('{who}')</script><b x=\"")
}

/// The same text as HTML text content: `&`, `<` and `>` escaped (quotes need not be).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The text of the page's (first) `<title>` element.
fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a <title>") + "<title>".len();
    let end = start + html[start..].find("</title>").expect("a </title>");
    &html[start..end]
}

#[sqlx::test]
async fn names_made_of_markup_are_shown_as_text_on_every_page_and_in_titles(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (providers, _, _, kind) = clinic(&pool, 1, 0, false).await;

    // The patient is typed in by staff, through the server function the pages use; twice, so
    // the merge page has two records to compare.
    let patient = markup("patient");
    let mut patient_ids = Vec::new();
    for last_name in ["Smith", "Smyth"] {
        let (status, body) = app
            .call_json(
                &admin,
                "patients/create",
                &[
                    ("clinic", "test-clinic"),
                    ("form[first_name]", &patient),
                    ("form[last_name]", last_name),
                    ("form[date_of_birth]", "1985-03-07"),
                    ("form[mobile_phone]", "07700 900111"),
                    ("form[preferred_contact]", "phone"),
                    ("confirm_new", "on"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{body}");
        patient_ids.push(body.as_i64().unwrap());
    }
    let patient_id = patient_ids[0];
    let other_number: i64 = sqlx::query_scalar("SELECT number FROM patient WHERE id = $1")
        .bind(patient_ids[1])
        .fetch_one(&pool)
        .await
        .unwrap();
    book_one(&app, &admin, patient_id, providers[0], kind).await;

    // The other names as an administrator could type them.
    let names = [
        ("clinic", "UPDATE clinic SET name = $1 WHERE slug = 'test-clinic'"),
        ("provider", "UPDATE provider SET name = $1"),
        ("type", "UPDATE appointment_type SET name = $1, online_bookable = true"),
        ("chair", "UPDATE chair SET name = $1"),
        ("staff", "UPDATE staff SET display_name = $1"),
    ];
    for (who, sql) in names {
        sqlx::query(sql).bind(markup(who)).execute(&pool).await.unwrap();
    }

    let in_title = |text: &str| format!("{} · Chairside", escaped(text));
    let record = format!("{patient} Smith");
    let clinic_title = |section: &str| in_title(&format!("{section} · {}", markup("clinic")));
    let provider = providers[0];
    // Each page, the title it must have (when it shows a name), and the names it shows.
    let pages: Vec<(String, Option<String>, &[&str])> = vec![
        (format!("/patients/{patient_id}"), Some(in_title(&record)), &["patient", "staff"]),
        (
            format!("/patients/{patient_id}/edit"),
            Some(in_title(&format!("Edit {record}"))),
            &["patient"],
        ),
        (format!("/patients/{patient_id}/merge?with=P{other_number}"), None, &["patient"]),
        ("/patients?clinic=test-clinic&q=Smith".into(), None, &["patient"]),
        (
            "/calendar?clinic=test-clinic&date=2030-01-07".into(),
            None,
            &["patient", "provider", "type"],
        ),
        ("/setup".into(), None, &["clinic"]),
        ("/setup/test-clinic".into(), Some(clinic_title("Clinic")), &["clinic"]),
        ("/setup/test-clinic/chairs".into(), Some(clinic_title("Chairs")), &["chair"]),
        ("/setup/test-clinic/providers".into(), Some(clinic_title("Providers")), &["provider"]),
        (
            format!("/setup/test-clinic/providers/{provider}/hours"),
            Some(clinic_title("Working hours")),
            &["provider"],
        ),
        ("/setup/test-clinic/types".into(), Some(clinic_title("Appointment types")), &["type"]),
        ("/admin/staff".into(), None, &["staff"]),
        ("/book".into(), None, &["clinic"]),
        ("/book/test-clinic".into(), None, &["clinic", "type"]),
    ];

    for (path, title, shown) in pages {
        let response = admin.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let html = response.text().await.unwrap();
        for who in ["patient", "clinic", "provider", "type", "chair", "staff"] {
            let raw = markup(who);
            assert!(!html.contains(&raw), "{path}: the {who}'s name is written as markup:\n{html}");
        }
        for piece in ["</title><script", "<script>alert(", "<b x="] {
            assert!(!html.contains(piece), "{path}: markup {piece:?} in the page:\n{html}");
        }
        if let Some(title) = title {
            assert_eq!(title_of(&html), title, "{path}");
        }
        // Escaped exactly once: `&amp;lt;` would mean it was escaped twice.
        assert!(!title_of(&html).contains("&amp;"), "{path}: {}", title_of(&html));
        for who in shown {
            let text = escaped(&format!("<script>alert('{who}')</script>"));
            assert!(html.contains(&text), "{path}: the {who}'s name is not shown:\n{html}");
        }
    }
}
