#!/usr/bin/env bash
# Usage: scripts/load_sqlite.sh SQL_EXPORT_DIR DATABASE
# Builds DATABASE from a `claimgraph export --format sql` folder with the sqlite3 tool's own .import,
# into a temporary file renamed into place at the end, and says how long the load took.
set -euo pipefail
export_dir=$1
database=$(realpath -m "$2")
[[ -f "$export_dir/load_sqlite.sql" ]] || { echo "load_sqlite: $export_dir/load_sqlite.sql not found (run claimgraph export --format sql)" >&2; exit 1; }
mkdir -p "$(dirname "$database")"
temporary="$database.tmp-$$"
trap 'rm -f "$temporary"' EXIT
started=$EPOCHREALTIME
(cd "$export_dir" && sqlite3 "$temporary" < load_sqlite.sql)
mv "$temporary" "$database"
printf 'load_sqlite: %s in %.2f s\n' "$database" "$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')" >&2
