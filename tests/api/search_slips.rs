//! Name search forgives a slip in a name word of 4 letters or more (two in one of 8 or more):
//! a letter added, dropped or changed, or two neighbouring letters swapped, accents ignored.

use chairside::domain::Role;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};
use crate::patients::create;

async fn search(app: &TestApp, client: &reqwest::Client, q: &str) -> Vec<String> {
    let (status, body) =
        app.call_json(client, "patients/search", &[("clinic", "test-clinic"), ("q", q)]).await;
    assert_eq!(status, 200, "{body}");
    body["results"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().into()).collect()
}

#[sqlx::test]
async fn swapped_dropped_added_or_changed_letters_still_find_the_name(pool: PgPool) {
    let app = spawn_app(pool).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    for (first, last) in [
        ("Ann", "Dubois"),
        ("Ben", "Wilson"),
        ("Carmen", "García"),
        ("Dora", "Kowalczyk"),
        ("Eve", "Dubios"),
    ] {
        create(&app, &desk, "test-clinic", first, last, "1980-01-01", "").await;
    }
    for (typed, wanted) in [
        ("Dubios", "Dubois, Ann"),
        ("Wislon", "Wilson, Ben"),
        ("Garica", "García, Carmen"),
        ("garcia", "García, Carmen"),
        ("Wilsson", "Wilson, Ben"),
        ("Wlson", "Wilson, Ben"),
        ("Wilsen", "Wilson, Ben"),
        // Two slips in a long word: two swaps.
        ("Kowlaczky", "Kowalczyk, Dora"),
    ] {
        let found = search(&app, &desk, typed).await;
        assert!(found.contains(&wanted.to_string()), "{typed}: {found:?}");
    }
    // The exact word comes before the slip.
    assert_eq!(search(&app, &desk, "dubios").await, ["Dubios, Eve", "Dubois, Ann"]);
}

/// One slip in `word` (lower-case letters): `kind` 0 drops, 1 adds, 2 changes a letter, 3 swaps
/// two neighbours; `at` and `letter` choose where and what.
fn slip(word: &str, kind: u8, at: usize, letter: char) -> String {
    let mut letters: Vec<char> = word.chars().collect();
    let at = at % letters.len();
    match kind {
        0 => {
            letters.remove(at);
        }
        1 => letters.insert(at, letter),
        2 => letters[at] = if letters[at] == letter { 'z' } else { letter },
        _ => {
            let at = at.min(letters.len() - 2);
            letters.swap(at, at + 1);
        }
    }
    letters.into_iter().collect()
}

#[sqlx::test]
async fn any_single_slip_in_a_surname_finds_the_patient_on_the_first_page(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let mut runner = TestRunner::deterministic();
    let names =
        proptest::collection::vec("[a-z]{4,12}", 40).new_tree(&mut runner).unwrap().current();
    sqlx::query(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         SELECT c.id, t.n, 'Pat', initcap(t.name), '1990-01-01'
         FROM clinic c, unnest($1::text[]) WITH ORDINALITY AS t (name, n)
         WHERE c.slug = 'test-clinic'",
    )
    .bind(&names)
    .execute(&pool)
    .await
    .unwrap();
    let cases = (0..names.len(), 0u8..4, 0usize..12, proptest::char::range('a', 'z'));
    let mut checked = 0;
    for _ in 0..60 {
        let (who, kind, at, letter) = cases.new_tree(&mut runner).unwrap().current();
        let stored = &names[who];
        let typed = slip(stored, kind, at, letter);
        let found = search(&app, &desk, &typed).await;
        let wanted = format!("{}, Pat", initcap(stored));
        assert!(found.contains(&wanted), "{stored} typed as {typed}: {found:?}");
        checked += 1;
    }
    assert_eq!(checked, 60);
}

fn initcap(word: &str) -> String {
    let mut letters = word.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}
