//! Links say which one is current only when it is: the booking flow's choices are links that
//! differ by their query, and none of them is "the current page"; the day picker marks the
//! chosen day alone.

use sqlx::PgPool;

use crate::helpers::spawn_app;
use crate::online_fixture::online_clinic;

/// The page's main content.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a main element");
    let end = html.find("</main>").expect("its end");
    &html[start..end]
}

#[sqlx::test]
async fn only_the_chosen_day_is_current_in_the_booking_flow(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let clinic = online_clinic(&pool, 2).await;
    let client = app.new_client();
    let type_id = clinic.type_id.to_string();
    for (path, days_current) in [
        ("/book/test-clinic".to_string(), 0),
        (format!("/book/test-clinic?type={type_id}"), 0),
        (format!("/book/test-clinic?type={type_id}&provider=any&date={}", clinic.day), 1),
    ] {
        let (_, html) = app.page(&client, &path).await;
        let main = main_of(&html);
        assert!(main.contains("class=\"choice") || main.contains("day-choice"), "{path}: {main}");
        assert_eq!(main.matches("aria-current=\"page\"").count(), 0, "{path}");
        assert_eq!(main.matches("aria-current=\"date\"").count(), days_current, "{path}");
    }
}

#[sqlx::test]
async fn staff_pages_mark_one_current_tab_and_no_edit_or_paging_link(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin =
        app.signed_in("admin@test.example", chairside::domain::Role::Admin, "test-clinic").await;
    let (_, patients, chair, _) = crate::appointments::clinic(&pool, 1, 1, true).await;
    let patient = patients[0];
    for path in [
        format!("/setup/test-clinic/chairs?edit={chair}"),
        format!("/patients/{patient}"),
        format!("/patients/{patient}/access"),
    ] {
        let (_, html) = app.page(&admin, &path).await;
        let main = main_of(&html);
        // The one current tab (Chairs, Record, Access history), nothing else.
        assert_eq!(main.matches("aria-current=\"page\"").count(), 1, "{path}: {main}");
    }
}
