//! The connection pool and the schema migrations.

use std::time::{Duration, Instant};

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool};

use super::config::Config;

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: Migrator = sqlx::migrate!();

/// Opens the pool. Connections are made lazily, so this does not wait for the database; use
/// [`wait_until_reachable`] at start-up.
///
/// Every connection asks PostgreSQL to plan each prepared statement once and reuse the plan
/// (`plan_cache_mode = force_generic_plan`). By default it plans again for every execution
/// whenever the reused plan's estimate looks worse than a fresh one's, which it does for the
/// range queries the calendar and the booking pages make: planning the calendar's appointment
/// query took twice as long as running it (BENCHMARKS.md, "Throughput"). The reused plans run
/// as fast. PgBouncer does not pass this start-up option on: behind it, set the mode on the
/// role instead (README, "Running at scale").
pub fn pool(config: &Config) -> Result<PgPool, sqlx::Error> {
    pool_at(&config.database_url, config)
}

/// A pool like [`pool`]'s, at `url` (the reports' replica).
pub fn pool_at(url: &str, config: &Config) -> Result<PgPool, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    let options = options.options([("plan_cache_mode", "force_generic_plan")]);
    Ok(PgPoolOptions::new()
        .max_connections(config.database_max_connections)
        .min_connections(0)
        // A request waits at most this long for a free connection, then fails with a clear error
        // instead of queueing forever behind a stuck query.
        .acquire_timeout(Duration::from_secs(5))
        .idle_timeout(Duration::from_secs(600))
        .max_lifetime(Duration::from_secs(1800))
        .connect_lazy_with(options))
}

/// How long a task's statement on its own connection may take, connecting first included: past
/// it the connection is given up (and the statement made again on a new one). Without a bound,
/// a connection that stopped answering (a network fault, a failover) would hold up every request
/// waiting for the task, for good. The pool's acquire timeout is the same.
pub const OWN_STATEMENT_DEADLINE: Duration = Duration::from_secs(5);

/// A statement on a task's own connection that took longer than [`OWN_STATEMENT_DEADLINE`].
pub fn past_deadline() -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        "a statement on a task's own connection took longer than its deadline",
    ))
}

/// How long a task's own connection may sit unused before it is checked (a round trip) before
/// its next statement: PostgreSQL may have restarted meanwhile.
const CHECK_AFTER_IDLE: Duration = Duration::from_millis(250);

/// A connection of a task's own, outside the pool, connected as the pool connects: for a task
/// that requests wait for while they hold pooled connections (it must never wait for one of
/// theirs). Checked before use only when it sat unused for a while, where the pool checks a
/// connection when it hands it out and again when it comes back: two round trips per use.
pub struct OwnConnection {
    options: PgConnectOptions,
    connection: Option<(PgConnection, Instant)>,
}

impl OwnConnection {
    /// Not connected yet: the first [`ready`](Self::ready) connects.
    pub fn like(pool: &PgPool) -> Self {
        OwnConnection { options: pool.connect_options().as_ref().clone(), connection: None }
    }

    /// The connection, checked when it sat unused for a while, or a new one.
    pub async fn ready(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
        if let Some((conn, used)) = self.connection.as_mut()
            && used.elapsed() >= CHECK_AFTER_IDLE
            && conn.ping().await.is_err()
        {
            self.connection = None;
        }
        if self.connection.is_none() {
            self.connection = Some((self.options.connect().await?, Instant::now()));
        }
        Ok(&mut self.connection.as_mut().expect("connected above").0)
    }

    /// Closes the connection, if open, telling PostgreSQL so (its session ends at once).
    pub async fn close(self) {
        if let Some((conn, _)) = self.connection
            && let Err(error) = conn.close().await
        {
            tracing::debug!(%error, "a task's own connection did not close cleanly");
        }
    }

    /// Records how the last statement went: after a failure the next use connects afresh.
    pub fn used<T, E>(&mut self, result: &Result<T, E>) {
        match result {
            Ok(_) => {
                if let Some((_, used)) = self.connection.as_mut() {
                    *used = Instant::now();
                }
            }
            Err(_) => self.connection = None,
        }
    }
}

/// Retries for up to `patience` while the database starts (a container or a cluster booting
/// next to the app), then gives up with the last error.
pub async fn wait_until_reachable(pool: &PgPool, patience: Duration) -> Result<(), sqlx::Error> {
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        match sqlx::query("SELECT 1").execute(pool).await {
            Ok(_) => return Ok(()),
            Err(error) if tokio::time::Instant::now() < deadline => {
                tracing::warn!(error = %error, "database not reachable yet; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(error) => return Err(error),
        }
    }
}

/// Why the schema is not ready for the server.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error(
        "the database lacks migrations {0:?}: run `chairside migrate` (as the schema's owner, \
         with DATABASE_OWNER_URL) before starting, or set MIGRATE_ON_START=true"
    )]
    Unapplied(Vec<i64>),
    #[error("applying migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Brings the schema up to date when `MIGRATE_ON_START` is true; otherwise only checks that
/// every embedded migration is applied, which needs nothing but SELECT on `_sqlx_migrations`,
/// so the server (and the commands that use the app's database) can run as a role that may
/// not change the schema. Migrations applied by a newer version are fine: schema changes are
/// made so that old and new code both work with them.
pub async fn ensure_schema(pool: &PgPool, config: &Config) -> Result<(), SchemaError> {
    if config.migrate_on_start {
        // sqlx takes an advisory lock, so instances starting together do not race.
        MIGRATOR.run(pool).await?;
        tracing::info!("migrations applied");
        return Ok(());
    }
    let unapplied = unapplied_migrations(pool).await?;
    if !unapplied.is_empty() {
        return Err(SchemaError::Unapplied(unapplied));
    }
    tracing::info!("every migration is applied (MIGRATE_ON_START=false)");
    Ok(())
}

/// What `chairside migrate` did.
#[derive(Debug, PartialEq, Eq)]
pub struct Migrated {
    pub applied: Vec<i64>,
}

/// Applies the embedded migrations over `url` (the schema owner's connection): the one step
/// that changes the schema when the server runs with `MIGRATE_ON_START=false`.
pub async fn migrate(url: &str) -> Result<Migrated, SchemaError> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .connect(url)
        .await?;
    let before = unapplied_migrations(&pool).await?;
    MIGRATOR.run(&pool).await?;
    let after = unapplied_migrations(&pool).await?;
    pool.close().await;
    Ok(Migrated { applied: before.into_iter().filter(|v| !after.contains(v)).collect() })
}

/// Versions of the embedded migrations that the database has not applied successfully.
pub async fn unapplied_migrations(pool: &PgPool) -> Result<Vec<i64>, sqlx::Error> {
    let applied: Vec<i64> =
        match sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
            .fetch_all(pool)
            .await
        {
            Ok(versions) => versions,
            // No bookkeeping table yet: nothing has been applied.
            Err(sqlx::Error::Database(error)) if error.code().as_deref() == Some("42P01") => {
                Vec::new()
            }
            Err(error) => return Err(error),
        };
    Ok(MIGRATOR
        .iter()
        .filter(|migration| migration.migration_type.is_up_migration())
        .map(|migration| migration.version)
        .filter(|version| !applied.contains(version))
        .collect())
}
