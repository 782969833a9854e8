# Sourced by bench/run and bench/measure.sh (and tests/bench/check-bench-lib.sh): running the
# measured programs, turning their output into figures, and stopping everything a run started.
#
# Honest figures: a figure whose value or baseline could not be measured (empty, not a number,
# a zero baseline, or a run that exited non-zero or was killed) is FAIL, never PASS or a ratio,
# and bench_summary returns non-zero when any figure is FAIL.

bench_lines=()
bench_failures=0
bench_child=

# The 1-minute load average now, printed with each figure: on a shared machine a figure taken
# under load is slower and noisier, and a PASS from such a run proves little.
bench_load() { cut -d' ' -f1 /proc/loadavg; }

bench_is_number() { [[ ${1:-} =~ ^[0-9]+([.][0-9]+)?$ ]]; }

# run_into FILE COMMAND...: runs COMMAND, appends its stdout to FILE (stderr to FILE.err). A run
# that exits non-zero (a crash, an error) adds "run-failed <status>" to FILE, which makes every
# figure read from FILE a FAIL. The command runs in the background and is waited for, so that an
# interrupt is handled at once (and the command stopped by the cleanup) instead of after it.
run_into() {
  local file=$1 status=0
  shift
  "$@" >>"$file" 2>>"$file.err" &
  bench_child=$!
  wait "$bench_child" || status=$?
  bench_child=
  if [ "$status" -ne 0 ]; then
    echo "run-failed $status" >>"$file"
    echo "bench: '$*' exited with status $status" >&2
  fi
  return 0
}

# measured FILE KEY [N]: the median of the values printed as "KEY <value>" in FILE (with N: the
# N-th such value). Nothing when FILE is missing, a run into it failed, or no run printed KEY.
measured() {
  local file=$1 key=$2 nth=${3:-}
  [ -f "$file" ] || return 0
  grep -q '^run-failed ' "$file" && return 0
  if [ -n "$nth" ]; then
    awk -v k="$key" -v n="$nth" '$1==k && ++seen==n {print $2}' "$file"
  else
    awk -v k="$key" '$1==k {print $2}' "$file" | sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]}'
  fi
}

bench_fail() { # name value unit baseline goal reason
  bench_failures=$((bench_failures + 1))
  bench_lines+=("$1 ${2:-missing} $3 baseline ${4:-missing} ratio - goal $5 FAIL $(bench_load)")
  echo "$1 ${2:-missing} $3 baseline ${4:-missing} ratio - goal $5 FAIL ($6; load $(bench_load))"
}

# figure NAME VALUE UNIT BASELINE GOAL: VALUE/BASELINE against GOAL (PASS or MISS); GOAL "-"
# reports the ratio without a goal (INFO). FAIL when either could not be measured.
figure() {
  local name=$1 value=${2:-} unit=$3 base=${4:-} goal=$5 ratio verdict
  if ! bench_is_number "$value"; then
    bench_fail "$name" "$value" "$unit" "$base" "$goal" "value not measured"
    return 0
  fi
  if ! bench_is_number "$base" || awk -v b="$base" 'BEGIN { exit !(b <= 0) }'; then
    bench_fail "$name" "$value" "$unit" "$base" "$goal" "baseline not measured"
    return 0
  fi
  ratio=$(awk -v v="$value" -v b="$base" 'BEGIN { printf "%.3f", v / b }')
  if [ "$goal" = - ]; then
    verdict=INFO
  else
    verdict=$(awk -v r="$ratio" -v g="$goal" 'BEGIN { print (r <= g) ? "PASS" : "MISS" }')
  fi
  bench_lines+=("$name $value $unit baseline $base ratio $ratio goal $goal $verdict $(bench_load)")
  echo "$name $value $unit baseline $base ratio $ratio goal $goal $verdict (load $(bench_load))"
}

# limit NAME VALUE UNIT OP BOUND: VALUE against a fixed bound (OP one of < <= >= >).
limit() {
  local name=$1 value=${2:-} unit=$3 verdict
  if ! bench_is_number "$value"; then
    bench_fail "$name" "$value" "$unit" - "$4$5" "value not measured"
    return 0
  fi
  verdict=$(awk -v v="$value" -v op="$4" -v b="$5" 'BEGIN {
    ok = (op == "<") ? (v < b) : (op == "<=") ? (v <= b) : (op == ">=") ? (v >= b) : (v > b)
    print ok ? "PASS" : "MISS" }')
  bench_lines+=("$name $value $unit baseline - ratio - goal $4$5 $verdict $(bench_load)")
  echo "$name $value $unit limit $4$5 $verdict (load $(bench_load))"
}

# The figures as a Markdown table; non-zero when a figure is FAIL.
bench_summary() {
  local line
  echo
  echo "| figure | value | unit | baseline | ratio | goal | | load |"
  echo "|---|---:|---|---:|---:|---:|---|---:|"
  for line in "${bench_lines[@]}"; do
    set -- $line
    echo "| $1 | $2 | $3 | $5 | $7 | $9 | ${10} | ${11} |"
  done
  if [ "$bench_failures" -gt 0 ]; then
    echo "bench: $bench_failures figure(s) could not be measured (FAIL)" >&2
    return 1
  fi
  return 0
}

# Stopping what a run started. bench_guard gives this process a run id in its environment
# (TOKENDESK_BENCH_RUN, inherited by everything started from here: Xvfb, D-Bus, the keyring
# daemon that detaches itself, sandboxes, the measured programs) and, on exit, on INT/TERM and
# when a measurement fails (set -e), stops every process carrying that id: TERM, then KILL.
# A guarded script started by a guarded script extends the id ("outer/inner"): the outer one
# stops the inner one's processes too, the inner one leaves the outer one alone.
bench_guard() {
  TOKENDESK_BENCH_RUN=${TOKENDESK_BENCH_RUN:+$TOKENDESK_BENCH_RUN/}bench-$$-$(date +%s%N)
  export TOKENDESK_BENCH_RUN
  trap 'bench_stop_marked' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# bench_marked: the ids of processes (other than this shell) that carry this run's id.
bench_marked=()
bench_find_marked() {
  local file pid files
  bench_marked=()
  files=(/proc/[0-9]*/environ) # listed before grep's own process exists
  for file in $(grep -lsxzE "TOKENDESK_BENCH_RUN=$TOKENDESK_BENCH_RUN(/.*)?" "${files[@]}"); do
    pid=${file#/proc/}
    pid=${pid%/environ}
    [ "$pid" = "$$" ] || bench_marked+=("$pid")
  done
}

bench_stop_marked() { # [exit status]
  local status=${1:-$?} round
  trap - EXIT INT TERM
  for round in 1 2 3 4 5 6 7 8 9 10 11; do
    bench_find_marked
    [ ${#bench_marked[@]} -eq 0 ] && break
    if [ "$round" -lt 11 ]; then
      kill -TERM "${bench_marked[@]}" 2>/dev/null || true
      sleep 0.2
    else
      echo "bench: killing ${#bench_marked[@]} process(es) that ignored TERM" >&2
      kill -KILL "${bench_marked[@]}" 2>/dev/null || true
    fi
  done
  exit "$status"
}
