#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into an EMPTY database (create it first:
# `createdb -O guichet guichet_restored`, or CREATE DATABASE). It refuses a database that
# already holds tables, so that a restore never mixes with live data.
# Usage: RESTORE_DATABASE_URL=postgres://…/guichet_restored scripts/restore.sh <file.dump>
# One transaction: a failed restore leaves the database empty. Then point DATABASE_URL at it
# and start the portal; its migrations find everything applied.
# Tested by tests/faults/backup-restore.test.ts.
set -euo pipefail

file="${1:-}"
if [[ -z "$file" || ! -f "$file" ]]; then
	echo "usage: RESTORE_DATABASE_URL=postgres://… scripts/restore.sh <file.dump>" >&2
	exit 2
fi
if [[ -z "${RESTORE_DATABASE_URL:-}" ]]; then
	echo "restore.sh: set RESTORE_DATABASE_URL to an empty database" >&2
	exit 2
fi

tables=$(psql "$RESTORE_DATABASE_URL" --no-psqlrc --tuples-only --no-align --command \
	"select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [[ "$tables" != "0" ]]; then
	echo "restore.sh: the target database is not empty ($tables tables): refusing" >&2
	exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
	--dbname="$RESTORE_DATABASE_URL" "$file"
echo "restored $file"
