#!/usr/bin/env bash
# Nightly index maintenance for kamervragen, for cron or a systemd timer.
#
#   scripts/nightly-reindex.sh [FOLDER ...]
#
# Every night: an incremental `kamervragen index` (new, changed and deleted files) followed by an FTS5
# optimize. Once a week (on $KAMERVRAGEN_REBUILD_DAY, default 7 = Sunday): a full `index --rebuild`,
# built beside the live index and swapped in atomically, so searches never see half an index.
#
# Environment:
#   KAMERVRAGEN_BIN          the kamervragen binary (default: kamervragen on PATH)
#   KAMERVRAGEN_DB           the index (default: the program's own default)
#   KAMERVRAGEN_REBUILD_DAY  day of the week for the full rebuild, 1 = Monday … 7 = Sunday (default 7)
#   KAMERVRAGEN_LOG          append log lines here as well as to stdout
#
# Exit code: 0 all good; otherwise the exit code of the step that failed (cron mails the output).
# Runs never overlap: a lock (flock) is held for the whole run; a second run exits 75 at once.
set -uo pipefail

bin="${KAMERVRAGEN_BIN:-kamervragen}"
rebuild_day="${KAMERVRAGEN_REBUILD_DAY:-7}"
db_args=()
[ -n "${KAMERVRAGEN_DB:-}" ] && db_args=(--db "$KAMERVRAGEN_DB")

log() {
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%SZ) nightly-reindex: $*"
  echo "$line"
  if [ -n "${KAMERVRAGEN_LOG:-}" ]; then echo "$line" >>"$KAMERVRAGEN_LOG"; fi
}

command -v "$bin" >/dev/null 2>&1 || [ -x "$bin" ] || { log "error: $bin not found (set KAMERVRAGEN_BIN)"; exit 2; }

lockfile="${XDG_RUNTIME_DIR:-/tmp}/kamervragen-nightly-$(id -u).lock"
exec 9>"$lockfile"
if ! flock -n 9; then
  log "another nightly run holds $lockfile; not starting"
  exit 75
fi

mode=(index)
if [ "$(date +%u)" = "$rebuild_day" ] || [ "${1:-}" = "--rebuild" ]; then
  [ "${1:-}" = "--rebuild" ] && shift
  mode=(index --rebuild)
  log "weekly full rebuild"
fi

start=$(date +%s)
log "start: $bin ${mode[*]} ${db_args[*]} $*"
"$bin" "${mode[@]}" "${db_args[@]}" --progress never "$@"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
  log "index failed with exit code $rc"
  exit $rc
fi
[ $rc -eq 3 ] && log "index finished, but some files failed (see the lines above)"

if [ "${mode[*]}" = "index" ]; then
  "$bin" index --optimize "${db_args[@]}" --progress never
  orc=$?
  if [ $orc -ne 0 ]; then log "optimize failed with exit code $orc"; exit $orc; fi
fi
# Watches: what is new on the saved searches (printed only when something is, so cron mails it),
# and their Atom feeds into $KAMERVRAGEN_FEEDS when that is set.
if "$bin" watch list "${db_args[@]}" 2>/dev/null | grep -qv '^no watches'; then
  feeds=()
  [ -n "${KAMERVRAGEN_FEEDS:-}" ] && feeds=(--atom "$KAMERVRAGEN_FEEDS")
  "$bin" watch run "${db_args[@]}" "${feeds[@]}"
  wrc=$?
  if [ $wrc -ne 0 ]; then log "watch run failed with exit code $wrc"; exit $wrc; fi
fi
log "done in $(( $(date +%s) - start )) s (exit $rc)"
exit $rc
