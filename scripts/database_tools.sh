#!/usr/bin/env bash
# Installs what the database targets and tests need, when missing: SQLite's command-line tool,
# PostgreSQL's server and client (with pg_virtualenv, which runs a throwaway server), and rdflib
# for the JSON-LD test. Quiet when everything is there.
set -euo pipefail
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v psql >/dev/null || missing+=(postgresql-client)
{ command -v pg_virtualenv >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; } || missing+=(postgresql postgresql-common)
if ((${#missing[@]})); then
  echo "database_tools: installing ${missing[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c "import rdflib" 2>/dev/null || python3 -m pip install --quiet rdflib
