// The migrations are embedded at compile time (`sqlx::migrate!`, and `#[sqlx::test]` in the
// tests): a new or changed migration must rebuild what embeds them.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
