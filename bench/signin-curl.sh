#!/usr/bin/env bash
# The baseline of the sign-in round trip: the same HTTP requests the app makes, made by curl.
# signin-curl.sh ISSUER API_URL: discovery, the authorization request (PKCE S256), the login
# form, the redirects up to the loopback callback (whose code it takes), the token request,
# currentUser. Prints "signin-curl-ms <ms>"; with a third argument --print-access-token, the
# access token instead (for bench/admin-curl.sh, which reads it into a variable: never a file).
set -euo pipefail
issuer=$1 api=$2
jar=$(mktemp); headers=$(mktemp)
trap 'rm -f "$jar" "$headers"' EXIT
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
start=$(date +%s%N)
discovery=$(curl -sf "$issuer/.well-known/openid-configuration")
auth=$(printf %s "$discovery" | sed -n 's/.*"authorization_endpoint":"\([^"]*\)".*/\1/p')
token=$(printf %s "$discovery" | sed -n 's/.*"token_endpoint":"\([^"]*\)".*/\1/p')
verifier=$(head -c 32 /dev/urandom | b64url)
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(head -c 16 /dev/urandom | b64url)
redirect=http://127.0.0.1:9/callback
url="$auth?response_type=code&client_id=tokendesk&redirect_uri=$(printf %s "$redirect" | sed 's/:/%3A/g; s#/#%2F#g')&scope=openid%20profile%20email&state=$state&code_challenge=$challenge&code_challenge_method=S256"
code=
for _ in $(seq 1 10); do
  body=$(curl -s -D "$headers" -b "$jar" -c "$jar" "$url")
  location=$(sed -n 's/^[Ll]ocation: *\(.*\)\r$/\1/p' "$headers" | tail -n1)
  if [ -z "$location" ]; then
    action=$(printf %s "$body" | sed -n 's/.*id="kc-form-login" method="post" action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
    [ -n "$action" ] || { echo "no login form" >&2; exit 1; }
    case $action in http*) ;; *) action="$(printf %s "$issuer" | sed 's#^\(https*://[^/]*\).*#\1#')$action" ;; esac
    curl -s -D "$headers" -b "$jar" -c "$jar" -o /dev/null --data "username=admin&password=admin-password" "$action"
    location=$(sed -n 's/^[Ll]ocation: *\(.*\)\r$/\1/p' "$headers" | tail -n1)
  fi
  case $location in
    "$redirect"*) code=$(printf %s "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p'); break ;;
    http*) url=$location ;;
    *) url="$(printf %s "$issuer" | sed 's#^\(https*://[^/]*\).*#\1#')$location" ;;
  esac
done
[ -n "$code" ] || { echo "no code" >&2; exit 1; }
# The code, the verifier and the access token reach curl on stdin, never on its command line
# (which any local user can read in /proc).
access=$(printf 'grant_type=authorization_code&code=%s&redirect_uri=%s&client_id=tokendesk&code_verifier=%s' \
    "$code" "$redirect" "$verifier" | curl -sf --data @- "$token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
printf 'Authorization: Bearer %s\n' "$access" | curl -sf -H @- -H 'Content-Type: application/json' \
  --data '{"query":"query CurrentUser { currentUser { email username role lastActive } }","operationName":"CurrentUser"}' "$api" >/dev/null
end=$(date +%s%N)
if [ "${3:-}" = --print-access-token ]; then printf '%s\n' "$access"; exit 0; fi
echo "signin-curl-ms $(( (end - start) / 1000 )).000" | awk '{printf "%s %.2f\n", $1, $2/1000}'
