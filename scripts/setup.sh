# Shared set-up for ./run, ./test and bench/run: install what is missing, build.
# Source it; it defines functions only.

TOKENDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOKENDESK_PACKAGES=(
  cmake g++ make ninja-build pkg-config
  qt6-base-dev qt6-networkauth-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  libssl-dev libxkbcommon-dev libgl-dev
  xvfb xauth dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core
  fonts-droid-fallback  # CJK glyphs: the Japanese layout is tested with real widths, not boxes
  qt6-translations-l10n
  clang-14 libclang-rt-14-dev clang-format
  dpkg-dev file rpm lintian desktop-file-utils appstream man-db bsdextrautils
  jq
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that are not there yet (and Node.js if there is none).
ensure_packages() {
  local missing=() p
  for p in "${TOKENDESK_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# npm ci in sandbox/ when node_modules is missing or older than the lockfile.
ensure_sandbox_modules() {
  local dir="$TOKENDESK_ROOT/sandbox"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "== npm ci (sandbox)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# configure_and_build <build dir> [extra cmake args...]
configure_and_build() {
  local dir="$1"; shift
  local generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  # ccache, where a developer has it, makes rebuilds and extra worktrees cheap (CI has none).
  command -v ccache >/dev/null 2>&1 && generator+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$TOKENDESK_ROOT" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  elif [ $# -gt 0 ]; then
    cmake -S "$TOKENDESK_ROOT" -B "$dir" "$@"
  fi
  cmake --build "$dir" --parallel "$(nproc)"
}

# run_headless <command...>: a fresh HOME, a short XDG_RUNTIME_DIR, Xvfb, a D-Bus session and
# an unlocked gnome-keyring, so tests never touch the user's own keychain or settings.
run_headless() {
  local scratch
  scratch=$(mktemp -d /tmp/td.XXXXXX)
  mkdir -p "$scratch/home" "$scratch/run"
  chmod 700 "$scratch/run"
  local status=0
  HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
    XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
    XDG_DATA_HOME="$scratch/home/.local/share" TOKENDESK_TEST_SCRATCH="$scratch" \
    xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- sh -c 'printf %s tokendesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@" \
    || status=$?
  rm -rf "$scratch"
  return $status
}
