#!/usr/bin/env bash
# Usage: scripts/load_postgres.sh SQL_EXPORT_DIR
# Loads a `claimgraph export --format sql` folder into the PostgreSQL server and database the standard
# PG* environment variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), with psql's \copy,
# in one transaction: the tables are replaced whole or not at all. Says how long the load took.
set -euo pipefail
export_dir=$1
[[ -f "$export_dir/load_postgres.sql" ]] || { echo "load_postgres: $export_dir/load_postgres.sql not found (run claimgraph export --format sql)" >&2; exit 1; }
started=$EPOCHREALTIME
(cd "$export_dir" && psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 -f load_postgres.sql >/dev/null)
printf 'load_postgres: %s on %s:%s in %.2f s\n' "${PGDATABASE:-${PGUSER:-$USER}}" "${PGHOST:-local socket}" "${PGPORT:-5432}" \
  "$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')" >&2
