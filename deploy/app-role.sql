-- The application's database role: what the running server may do, and nothing more.
--
-- Run it in the application's database as the role that owns the schema (the one
-- `chairside migrate` uses), after the first `chairside migrate` and again after every later
-- one (new tables get their privileges only when it runs):
--
--   psql "$DATABASE_OWNER_URL" -v ON_ERROR_STOP=1 -v app_role=chairside_app -f deploy/app-role.sql
--
-- It creates the role (LOGIN, no password) when it does not exist, which needs the CREATEROLE
-- right; or create it beforehand, e.g. as the cluster's administrator:
--   CREATE ROLE chairside_app LOGIN PASSWORD '...';
-- Then point the server's DATABASE_URL at that role and keep MIGRATE_ON_START=false.
--
-- What the role gets:
--   * SELECT, INSERT, UPDATE, DELETE on the application's tables (public and tower_sessions),
--     USAGE on their sequences. No TRUNCATE, REFERENCES or TRIGGER, no ownership, and no CREATE
--     anywhere, so no DDL: it cannot alter, drop or disable anything.
--   * on the append-only tables (audit_log, audit_seal, medical_item_change,
--     appointment_status_change) only SELECT and INSERT: their rows cannot be changed or deleted
--     by grant, not only by the triggers that refuse it (an owner could switch those off; this
--     role cannot).
--   * on audit_unsealed (the audit rows waiting to be sealed) SELECT, INSERT and DELETE: the
--     trigger on audit_log queues each new row there as the role, and the sealer
--     (audit_seal_pending, which runs with the caller's rights; functions may be executed by
--     PUBLIC unless revoked) removes the rows it seals. A queue entry deleted otherwise is
--     reported by `chairside audit verify`.
--   * on _sqlx_migrations and audit_chain_keying only SELECT (the start-up check and the audit
--     chain's verification read them).
-- Every run first takes away all the role's table and sequence privileges, then grants these,
-- so it also removes anything granted by hand since.
--
-- The script refuses a role that could do more than this anyway: a superuser, a role that may
-- create roles or databases or bypass row security, a member of the tables' owner, or one that
-- may create objects in schema public (PostgreSQL 15 and later give PUBLIC no CREATE there;
-- older clusters need `REVOKE CREATE ON SCHEMA public FROM PUBLIC`).

-- The role's name, from psql's -v app_role=... (dollar-quoted code cannot read psql variables).
SET chairside.app_role = :'app_role';

DO $$
DECLARE
    app text := current_setting('chairside.app_role');
    owner oid := (SELECT relowner FROM pg_class WHERE oid = 'public.audit_log'::regclass);
BEGIN
    IF app IS NULL OR app = '' THEN
        RAISE EXCEPTION 'name the role: psql -v app_role=chairside_app -f deploy/app-role.sql';
    END IF;
    IF octet_length(app) > 63 THEN
        RAISE EXCEPTION 'role names have at most 63 bytes: %', app;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', app);
    END IF;

    IF EXISTS (SELECT FROM pg_roles WHERE rolname = app
               AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)) THEN
        RAISE EXCEPTION 'role % is a superuser or may create roles or databases or bypass row security: the application needs a plain role', app;
    END IF;
    IF pg_has_role(app, owner, 'MEMBER') THEN
        RAISE EXCEPTION 'role % owns the tables (or is a member of their owner %): the application needs a role of its own',
            app, pg_get_userbyid(owner);
    END IF;
    IF has_schema_privilege(app, 'public', 'CREATE') THEN
        RAISE EXCEPTION 'role % may create objects in schema public: run REVOKE CREATE ON SCHEMA public FROM PUBLIC (and from the role) first', app;
    END IF;

    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app);
    EXECUTE format('GRANT USAGE ON SCHEMA public, tower_sessions TO %I', app);

    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public, tower_sessions FROM %I', app);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public, tower_sessions FROM %I', app);

    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, tower_sessions TO %I', app);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public, tower_sessions TO %I', app);

    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log, audit_seal, medical_item_change, appointment_status_change FROM %I', app);
    EXECUTE format('REVOKE UPDATE ON audit_unsealed FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON _sqlx_migrations, audit_chain_keying FROM %I', app);
END $$;

RESET chairside.app_role;
