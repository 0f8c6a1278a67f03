//! Made-up patients for demonstrations and benchmarks: varied names (accents, hyphens, shared
//! surnames), birth dates from 1930 to last year, phone numbers in the clinic's country, about
//! one in ten with an alert or allergy, and some near-duplicates to try the duplicate check.
//! The same seed gives the same patients.

use chrono::{Days, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgConnection;

const FIRST_NAMES: &[&str] = &[
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Sophia",
    "Grace",
    "Lily",
    "Freya",
    "Emily",
    "Zoë",
    "Chloé",
    "Siân",
    "Aoife",
    "Niamh",
    "Saoirse",
    "Renée",
    "Inès",
    "Léa",
    "Maëlle",
    "Noah",
    "Oliver",
    "George",
    "Arthur",
    "Leo",
    "Harry",
    "Oscar",
    "Jack",
    "Jacob",
    "Thomas",
    "José",
    "André",
    "François",
    "Søren",
    "Björn",
    "Jürgen",
    "Łukasz",
    "Mateusz",
    "Tomás",
    "Seán",
    "Rhys",
    "Dafydd",
    "Mohammed",
    "Aisha",
    "Fatima",
    "Omar",
    "Yusuf",
    "Priya",
    "Arjun",
    "Ananya",
    "Wei",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Min-jun",
    "Seo-yeon",
    "Nguyễn",
    "Kwame",
    "Amara",
    "Chinedu",
    "John",
    "Mary",
    "James",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "Jon",
    "Jonathan",
    "Catherine",
    "Kathryn",
    "Anna",
    "Hannah",
];

const LAST_NAMES: &[&str] = &[
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Ahmed",
    "Ali",
    "Singh",
    "Shah",
    "Chen",
    "Wang",
    "Nguyen",
    "Kim",
    "Tanaka",
    "Müller",
    "Schäfer",
    "Weiß",
    "Jiménez",
    "García",
    "Núñez",
    "Peña",
    "Gonçalves",
    "Fernández",
    "Dubois",
    "Lefèvre",
    "Bérénice",
    "O'Neill",
    "O'Brien",
    "McDonald",
    "MacLeod",
    "Ní Bhriain",
    "Smith-Jones",
    "Lloyd-Webber",
    "Bowes-Lyon",
    "Okafor",
    "Mensah",
    "Kowalski",
    "Nowak",
    "Novák",
    "Dvořák",
    "Andersson",
    "Søndergaard",
    "Rossi",
    "Bianchi",
    "Esposito",
    "Papadopoulos",
    "Yılmaz",
    "Öztürk",
    "Ivanov",
    "Cohen",
    "Levi",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Miller",
    "Davis",
];

const ALERTS: &[(&str, &str, Option<&str>)] = &[
    ("allergy", "Penicillin", Some("severe")),
    ("allergy", "Latex", Some("moderate")),
    ("allergy", "Lidocaine", Some("mild")),
    ("allergy", "Chlorhexidine", Some("severe")),
    ("alert", "Premedication required", None),
    ("alert", "Anticoagulants: check INR", None),
    ("alert", "Needs wheelchair access", None),
    ("condition", "Type 2 diabetes", None),
    ("medication", "Warfarin", None),
];

struct Person {
    first: String,
    last: String,
    born: NaiveDate,
    mobile: Option<String>,
    email: Option<String>,
    reminders: bool,
}

fn phone(rng: &mut StdRng, calling_code: i16) -> String {
    if calling_code == 1 {
        format!("+1212555{:04}", rng.random_range(0..10_000))
    } else {
        format!("+{calling_code}7700{:06}", rng.random_range(0..1_000_000))
    }
}

/// The plain letters of a name, for a made-up email address (accented letters are dropped).
fn ascii(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn person(rng: &mut StdRng, calling_code: i16, index: usize) -> Person {
    let first = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())].to_string();
    let last = LAST_NAMES[rng.random_range(0..LAST_NAMES.len())].to_string();
    let start = NaiveDate::from_ymd_opt(1930, 1, 1).expect("a date");
    let born = start + Days::new(rng.random_range(0..34_000));
    let mobile = rng.random_bool(0.85).then(|| phone(rng, calling_code));
    let email = rng
        .random_bool(0.7)
        .then(|| format!("{}.{}{}@example.com", ascii(&first), ascii(&last), index));
    let reminders = email.is_some() && rng.random_bool(0.8);
    Person { first, last, born, mobile, email, reminders }
}

/// Adds `count` patients to the clinic (numbered after its existing ones); answers how many.
pub async fn generate(
    conn: &mut PgConnection,
    clinic_id: i64,
    count: usize,
    seed: u64,
) -> Result<usize, sqlx::Error> {
    const BATCH: usize = 5_000;
    let calling_code: i16 = sqlx::query_scalar("SELECT calling_code FROM clinic WHERE id = $1")
        .bind(clinic_id)
        .fetch_one(&mut *conn)
        .await?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut made = 0;
    while made < count {
        let size = BATCH.min(count - made);
        let mut people: Vec<Person> =
            (0..size).map(|i| person(&mut rng, calling_code, made + i)).collect();
        // About one in a hundred is a near-duplicate of the one before: the same birth date and
        // surname, the first name spelt another way.
        for i in 1..people.len() {
            if rng.random_bool(0.01) {
                let (before, after) = people.split_at_mut(i);
                let original = &before[i - 1];
                let copy = &mut after[0];
                copy.last = original.last.clone();
                copy.born = original.born;
                copy.first = match original.first.as_str() {
                    "John" => "Jon".into(),
                    "Catherine" => "Kathryn".into(),
                    name => format!("{name}e"),
                };
            }
        }
        let first_number: i64 = sqlx::query_scalar(
            "UPDATE clinic SET next_patient_number = next_patient_number + $2 WHERE id = $1
             RETURNING next_patient_number - $2",
        )
        .bind(clinic_id)
        .bind(size as i64)
        .fetch_one(&mut *conn)
        .await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth,
                                  mobile_phone, email, email_reminders, preferred_contact)
             SELECT $1, $2 + ordinality - 1, first, last, born, mobile, email, reminders,
                    CASE WHEN email IS NOT NULL THEN 'email' ELSE 'phone' END
             FROM unnest($3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::bool[])
                  WITH ORDINALITY AS t (first, last, born, mobile, email, reminders, ordinality)
             RETURNING id",
        )
        .bind(clinic_id)
        .bind(first_number)
        .bind(people.iter().map(|p| p.first.clone()).collect::<Vec<_>>())
        .bind(people.iter().map(|p| p.last.clone()).collect::<Vec<_>>())
        .bind(people.iter().map(|p| p.born).collect::<Vec<_>>())
        .bind(people.iter().map(|p| p.mobile.clone()).collect::<Vec<_>>())
        .bind(people.iter().map(|p| p.email.clone()).collect::<Vec<_>>())
        .bind(people.iter().map(|p| p.reminders).collect::<Vec<_>>())
        .fetch_all(&mut *conn)
        .await?;
        let mut kinds = Vec::new();
        let mut labels = Vec::new();
        let mut severities = Vec::new();
        let mut owners = Vec::new();
        for id in &ids {
            if rng.random_bool(0.1) {
                let (kind, label, severity) = ALERTS[rng.random_range(0..ALERTS.len())];
                owners.push(*id);
                kinds.push(kind);
                labels.push(label);
                severities.push(severity);
            }
        }
        sqlx::query(
            "INSERT INTO medical_item (clinic_id, patient_id, kind, label, severity)
             SELECT $1, patient, kind, label, severity
             FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[])
                  AS t (patient, kind, label, severity)",
        )
        .bind(clinic_id)
        .bind(&owners)
        .bind(&kinds)
        .bind(&labels)
        .bind(&severities)
        .execute(&mut *conn)
        .await?;
        made += size;
    }
    Ok(made)
}
