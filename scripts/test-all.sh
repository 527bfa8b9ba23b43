#!/usr/bin/env bash
# `npm test` (and .ci/run after its install phase): every check, phase by phase, each phase timed.
#   types  next typegen + tsc            lint   ESLint and Prettier's check (npm run lint)
#   unit   Vitest                        build  the server build (.next)
#   export the static export (out/, built in .export-build/ at the same time as the server build) and
#          its .gz/.br copies for nginx
#   e2e    Playwright: server mode against `npm start`, the export against nginx
# Every phase runs even when an earlier one failed (the e2e phase only with both builds), so one run
# reports everything; the exit status is non-zero if any phase failed. A local preview: SITE_PREVIEW=1.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 SITE_PREVIEW=1
# The types phase has checked everything the builds would check again.
export SKIP_BUILD_TYPECHECK=1
mkdir -p reports
PHASES=()
failed=0

# phase NAME SECONDS STATUS
record() {
  PHASES+=("$(printf '%-8s %6ss  %s' "$1" "$2" "$([ "$3" -eq 0 ] && echo ok || echo "FAILED ($3)")")")
  [ "$3" -eq 0 ] || failed=1
}

run() {
  local name=$1
  shift
  echo "── $name: $*"
  local start=$SECONDS
  "$@"
  local status=$?
  record "$name" $((SECONDS - start)) $status
  return $status
}

run types npm run typecheck
run lint npm run lint
run unit npm run test:unit

# The two builds use separate folders (.next, .export-build/.next), so they run side by side; each log
# is printed once it is done, and each phase is timed on its own (they overlap).
echo "── build and export, side by side"
start=$SECONDS
(npm run build > reports/build.log 2>&1; echo $? > reports/build.status; echo $((SECONDS - start)) > reports/build.seconds) &
build_pid=$!
(npm run build:export > reports/export.log 2>&1 && npm run export:precompress >> reports/export.log 2>&1; echo $? > reports/export.status; echo $((SECONDS - start)) > reports/export.seconds) &
export_pid=$!
wait $build_pid $export_pid
for name in build export; do
  echo "── $name log (reports/$name.log):"
  grep -v -E '^\s*(├|│|└)' "reports/$name.log" | tail -40
  record "$name" "$(cat reports/$name.seconds)" "$(cat reports/$name.status)"
done

if [ "$(cat reports/build.status)" -eq 0 ] && [ "$(cat reports/export.status)" -eq 0 ]; then
  run e2e npm run test:e2e
else
  echo "── e2e: skipped, a build failed"
  record e2e 0 1
fi

echo "── phase times (build and export ran side by side)"
printf '%s\n' "${PHASES[@]}"
exit $failed
