-- The functions that give an audit row's canonical bytes and MACs are STABLE, not IMMUTABLE.
--
-- They call jsonb_build_object and convert_to, which PostgreSQL itself marks STABLE, so the
-- IMMUTABLE they were declared with was a promise they could not keep, and it had a cost: the
-- planner inlines a SQL function only when its body is no more volatile than its declaration,
-- so these were never inlined. Every append then ran audit_row_content_mac through the SQL
-- function executor, which parses and plans its body again in each new transaction: a third of
-- an append's time under load (BENCHMARKS.md, "Throughput"). Declared STABLE, they are inlined
-- into the trigger's expression, whose plan PL/pgSQL keeps for the connection, and into the
-- verification query. Nothing indexes them, so nothing else depends on IMMUTABLE.
ALTER FUNCTION audit_row_canonical(audit_log) STABLE;
ALTER FUNCTION audit_row_digest(audit_log) STABLE;
ALTER FUNCTION audit_row_mac(audit_log, bytea) STABLE;
ALTER FUNCTION audit_row_content(audit_log) STABLE;
ALTER FUNCTION audit_row_content_mac(audit_log, bytea) STABLE;
