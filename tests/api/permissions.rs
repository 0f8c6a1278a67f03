//! Every server function against the permission matrix: each role and an anonymous caller get
//! exactly what `chairside::auth::access::ENDPOINTS` and `Role::allows` say.

use chairside::auth::access::{Access, ENDPOINTS};
use chairside::domain::Role;
use sqlx::PgPool;

use crate::helpers::{PASSWORD, TestApp, spawn_app};

#[test]
fn every_server_function_is_in_the_registry() {
    let registered: Vec<&str> = ENDPOINTS.iter().map(|e| e.path).collect();
    let missing: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .filter(|path| !registered.contains(path))
        .collect();
    assert!(missing.is_empty(), "server functions without an access rule: {missing:?}");
    for path in registered {
        assert!(
            leptos::server_fn::axum::server_fn_paths().any(|(p, _)| p == path),
            "the registry names {path}, which is no server function"
        );
    }
}

async fn call_as(app: &TestApp, role: Option<Role>, path: &str, form: &[(&str, &str)]) -> u16 {
    let client = app.new_client();
    if let Some(role) = role {
        let email = format!("{}@test.example", role.as_str());
        assert_eq!(app.sign_in(&client, &email, PASSWORD).await.status(), 200);
    }
    let endpoint = path.trim_start_matches("/api/");
    app.call(&client, endpoint, form).await.status().as_u16()
}

#[sqlx::test]
async fn every_role_and_anonymous_get_what_the_matrix_says(pool: PgPool) {
    let app = spawn_app(pool).await;
    for role in Role::ALL {
        app.add_staff(&format!("{}@test.example", role.as_str()), role).await;
    }
    let mut wrong = Vec::new();
    for endpoint in ENDPOINTS {
        let anonymous = call_as(&app, None, endpoint.path, endpoint.sample).await;
        let anonymous_ok = match endpoint.access {
            Access::Public => anonymous != 401 && anonymous != 403,
            Access::Requires(_) => anonymous == 401,
        };
        if !anonymous_ok {
            wrong.push(format!("{} anonymous: {anonymous}", endpoint.path));
        }
        for role in Role::ALL {
            let status = call_as(&app, Some(role), endpoint.path, endpoint.sample).await;
            let allowed = match endpoint.access {
                Access::Public => true,
                Access::Requires(permission) => role.allows(permission),
            };
            let as_expected = if allowed { status != 401 && status != 403 } else { status == 403 };
            if !as_expected {
                wrong.push(format!(
                    "{} as {}: {status} (allowed: {allowed})",
                    endpoint.path,
                    role.as_str()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "answers that contradict the matrix:\n{}", wrong.join("\n"));
}
