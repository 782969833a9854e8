#!/usr/bin/env bash
# Fails when clang-format (the repository's .clang-format) would change any C++ file of ours.
# Usage: check-format.sh <source root> [clang-format]
set -euo pipefail
root=$1
tool=${2:-clang-format}
cd "$root"
mapfile -t files < <(find src tests bench packaging translations -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
[ ${#files[@]} -gt 50 ] || { echo "only ${#files[@]} C++ files found under $root: wrong folder?" >&2; exit 1; }
# One process for all files: --dry-run prints a warning for every line it would change.
if ! out=$("$tool" --style=file --dry-run --Werror "${files[@]}" 2>&1); then
  bad=$(printf '%s\n' "$out" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
  echo "$(printf '%s\n' "$bad" | grep -c .) of ${#files[@]} files are not clang-format clean (run: clang-format -i <file>):" >&2
  printf '  %s\n' $bad >&2
  exit 1
fi
echo "${#files[@]} files clang-format clean"
