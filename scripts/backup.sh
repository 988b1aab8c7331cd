#!/usr/bin/env bash
# Backs up the PostgreSQL database of DATABASE_URL into one file of pg_dump's custom format
# (compressed, restorable table by table with pg_restore), then checks that pg_restore can read
# it back. Usage: DATABASE_URL=postgres://… scripts/backup.sh [folder]   (default ./backups)
# Prints the file's path. The dump is consistent (one snapshot) while the portal keeps running.
# Restore with scripts/restore.sh. Tested by tests/faults/backup-restore.test.ts.
set -euo pipefail

if [[ -z "${DATABASE_URL:-}" ]]; then
	echo "backup.sh: set DATABASE_URL to the database to back up" >&2
	exit 2
fi
folder="${1:-./backups}"
mkdir -p "$folder"
file="$folder/guichet-$(date -u +%Y%m%dT%H%M%SZ).dump"

# Written under a temporary name: a dump cut short (disk full, connection lost) never looks
# like a complete backup.
pg_dump --format=custom --file="$file.partial" "$DATABASE_URL"
pg_restore --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
echo "$file"
