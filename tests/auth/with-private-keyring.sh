#!/bin/sh
# Runs a command in its own D-Bus session with its own unlocked gnome-keyring, in scratch
# HOME and XDG_RUNTIME_DIR folders, so a test may lock that keyring without touching the
# keyring every other test uses.
set -eu
scratch=$(mktemp -d /tmp/tdkr.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share" \
  XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
  dbus-run-session -- sh -c 'printf %s tokendesk-locked | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
