#!/usr/bin/env bash
# bench/lib.sh (sourced by bench/run and bench/measure.sh): a figure that could not be measured
# (empty value, a crashed run, a zero baseline) is FAIL and makes the summary fail; a good value
# gives its ratio and PASS/MISS; a guarded script stops every process it started when a
# measurement fails and when it is interrupted, including a process that detached itself.
#   check-bench-lib.sh <path to bench/lib.sh>
set -uo pipefail
lib=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
problems=0
check() { # description, command...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; problems=$((problems + 1)); fi
}

# --- figures -------------------------------------------------------------------------------
figures() { # prints what the figures print, then "summary <status> failures <n>"
  (
    set -euo pipefail
    source "$lib"
    "$@"
    status=0
    bench_summary >/dev/null 2>&1 || status=$?
    echo "summary $status failures $bench_failures"
  ) 2>/dev/null
}
empty_value() { figure startup-login-window "" ms 15.2 1.3; }
out=$(figures empty_value)
check "an empty value is FAIL" grep -q '^startup-login-window missing ms baseline 15.2 ratio - goal 1.3 FAIL' <<<"$out"
check "an empty value makes the summary fail" grep -q '^summary 1 failures 1$' <<<"$out"

crashed_run() {
  run_into "$work/crash.txt" sh -c 'echo first-paint-ms 20.5; kill -SEGV $$'
  run_into "$work/crash.txt" sh -c 'echo first-paint-ms 21.5'
  run_into "$work/base.txt" sh -c 'echo first-paint-ms 15'
  figure startup-login-window "$(measured "$work/crash.txt" first-paint-ms)" ms \
    "$(measured "$work/base.txt" first-paint-ms)" 1.3
}
out=$(figures crashed_run)
check "a crashed run is FAIL (even though it printed a value)" \
  grep -q '^startup-login-window missing ms baseline 15 ratio - goal 1.3 FAIL' <<<"$out"
check "a crashed run makes the summary fail" grep -q '^summary 1 failures 1$' <<<"$out"

crashed_baseline() {
  run_into "$work/app.txt" sh -c 'echo first-paint-ms 19'
  run_into "$work/base2.txt" sh -c 'exit 3'
  figure startup-login-window "$(measured "$work/app.txt" first-paint-ms)" ms \
    "$(measured "$work/base2.txt" first-paint-ms)" 1.3
}
out=$(figures crashed_baseline)
check "a crashed baseline run is FAIL" grep -q '^startup-login-window 19 ms baseline missing ratio - goal 1.3 FAIL' <<<"$out"

zero_baseline() { figure idle-cpu-60s 176.4 ms 0 909; }
out=$(figures zero_baseline)
check "a zero baseline is FAIL, not a pass" grep -q '^idle-cpu-60s 176.4 ms baseline 0 ratio - goal 909 FAIL' <<<"$out"

missing_limit() { limit sandbox-ready "" ms "<" 2000; }
out=$(figures missing_limit)
check "a missing limited value is FAIL" grep -q '^sandbox-ready missing ms .*FAIL' <<<"$out"
check "a missing limited value makes the summary fail" grep -q '^summary 1 failures 1$' <<<"$out"

good_values() {
  rm -f "$work/good.txt" "$work/goodbase.txt"
  for v in 13 12 40; do run_into "$work/good.txt" sh -c "echo first-paint-ms $v"; done
  for v in 10 11 9; do run_into "$work/goodbase.txt" sh -c "echo first-paint-ms $v"; done
  figure startup-login-window "$(measured "$work/good.txt" first-paint-ms)" ms \
    "$(measured "$work/goodbase.txt" first-paint-ms)" 1.3
  figure startup-restoring-session 14 ms 10 1.3
  limit sandbox-ready 900 ms "<" 2000
}
out=$(figures good_values)
check "a good value gives the ratio of the medians and PASS" \
  grep -q '^startup-login-window 13 ms baseline 10 ratio 1.300 goal 1.3 PASS (load [0-9.]*)$' <<<"$out"
check "a value over its goal is MISS" grep -q '^startup-restoring-session 14 ms baseline 10 ratio 1.400 goal 1.3 MISS (load [0-9.]*)$' <<<"$out"
check "a value within its limit is PASS" grep -q '^sandbox-ready 900 ms limit <2000 PASS (load [0-9.]*)$' <<<"$out"
check "measured figures make the summary succeed" grep -q '^summary 0 failures 0$' <<<"$out"

# --- stopping what a run started -------------------------------------------------------------
marker=check-bench-lib-$$-$RANDOM
survivors() { grep -lsxzE "TOKENDESK_BENCH_RUN=$marker(/.*)?" /proc/[0-9]*/environ | wc -l; }
cat >"$work/guarded.sh" <<EOF
set -euo pipefail
source "$lib"
bench_guard
sleep 300 &                       # a sandbox
setsid -f sleep 301               # a daemon that detached itself (the keyring daemon)
bash -c 'sleep 302 & wait' &      # a grandchild
touch "$work/ready"
[ "\${1:-}" = fail ] && false     # a measurement that fails under set -e
run_into "$work/long.txt" sleep 303   # a measurement in progress when interrupted
EOF
TOKENDESK_BENCH_RUN=$marker bash "$work/guarded.sh" fail >/dev/null 2>&1
check "the guarded run exits non-zero when a measurement fails" test $? -ne 0
check "no process it started survives a failed measurement" test "$(survivors)" -eq 0

rm -f "$work/ready"
TOKENDESK_BENCH_RUN=$marker bash "$work/guarded.sh" >/dev/null 2>&1 &
guarded=$!
for _ in $(seq 1 100); do [ -e "$work/ready" ] && break; sleep 0.05; done
sleep 0.3
check "the guarded run's processes are running before the interrupt" test "$(survivors)" -ge 5
kill -TERM "$guarded"
started=$(date +%s)
wait "$guarded"
status=$?
check "an interrupted run exits at once with 143 (was $status)" test "$status" -eq 143 -a $(($(date +%s) - started)) -lt 10
check "no process it started survives an interrupt" test "$(survivors)" -eq 0
# Should a check have failed, leave nothing behind either.
for file in $(grep -lsxzE "TOKENDESK_BENCH_RUN=$marker(/.*)?" /proc/[0-9]*/environ); do
  pid=${file#/proc/}
  kill -KILL "${pid%/environ}" 2>/dev/null
done

[ "$problems" -eq 0 ] || { echo "$problems check(s) failed"; exit 1; }
echo "all checks passed"
