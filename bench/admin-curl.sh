#!/usr/bin/env bash
# The network floor of the admin figures: curl sending exactly the GraphQL requests bench_admin
# recorded (same documents, variables and cursors, same headers, the bearer token), one after the
# other over one connection, as one curl process.
#   admin-curl.sh ISSUER API_URL BODIES_DIR RUNS NAME[:csv] ...
# Signs in once (bench/signin-curl.sh; the access token stays in a variable and reaches curl on
# its standard input, never a file or a command line), then for each NAME replays the bodies in
# BODIES_DIR/NAME/ (one request per file, in name order) RUNS times and prints
# "NAME-curl-ms <ms>" per run. With ":csv", each run also converts the answers to CSV with jq
# (the audit export's columns), inside the timed part, and prints "NAME-jq-rows <rows>".
# Every answer must be HTTP 200 without GraphQL errors, else the script fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
issuer=$1 api=$2 bodies=$3 runs=$4
shift 4
access=$(bash "$here/signin-curl.sh" "$issuer" "$api" --print-access-token)
[ -n "$access" ] || { echo "admin-curl: no access token" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The headers the app sent besides Authorization (recorded by bench_admin, one per line).
mapfile -t headers <"$bodies/headers.txt"

config() { # request files...: curl's configuration for all of them, on stdout
  local file first=1 header
  for file in "$@"; do
    [ $first = 1 ] || echo next
    first=0
    printf 'url = "%s"\n' "$api"
    printf 'header = "Authorization: Bearer %s"\n' "$access"
    for header in "${headers[@]}"; do printf 'header = "%s"\n' "$header"; done
    printf 'data-binary = "@%s"\n' "$file"
    printf 'output = "%s/answers/%s"\n' "$work" "$(basename "$file")"
    echo 'write-out = "%{http_code}\n"'
  done
}

for spec in "$@"; do
  name=${spec%%:*}
  files=("$bodies/$name"/*.json)
  [ -e "${files[0]}" ] || { echo "admin-curl: no requests recorded for $name" >&2; exit 1; }
  conf=$(config "${files[@]}")
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/answers" "$work/out.csv"
    mkdir "$work/answers"
    start=$(date +%s%N)
    codes=$(printf '%s\n' "$conf" | curl -s -K -)
    if [ "$spec" != "$name" ]; then
      jq -r '.data.auditLogs.edges[].node
             | [.user.email, .target, .actionType, .action, .description, .timestamp, .outcome, .id]
             | @csv' "$work/answers"/*.json >"$work/out.csv"
    fi
    end=$(date +%s%N)
    ok=$(grep -c '^200$' <<<"$codes" || true)
    [ "$ok" -eq "${#files[@]}" ] || { echo "admin-curl: $name: $ok of ${#files[@]} answers were 200" >&2; exit 1; }
    if grep -l '"errors"' "$work/answers"/*.json >/dev/null; then
      echo "admin-curl: $name: an answer had GraphQL errors" >&2
      exit 1
    fi
    awk -v n="$name" -v ns=$((end - start)) 'BEGIN { printf "%s-curl-ms %.2f\n", n, ns / 1e6 }'
    [ "$spec" = "$name" ] || echo "$name-jq-rows $(wc -l <"$work/out.csv")"
  done
  echo "admin-curl: $name: ${#files[@]} requests, $(cat "$work/answers"/*.json | wc -c) bytes of answers" >&2
done
