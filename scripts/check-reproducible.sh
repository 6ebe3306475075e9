#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Reproducible-build check: builds the project twice from clean (tests skipped) and compares the
# SHA-256 of every jar under */target (main, sources, javadoc, test and shaded jars). Exits 0 and
# prints "reproducible" when all are identical; exits 1 and lists the differing jars otherwise.
#
# The jars are stable because the root pom sets project.build.outputTimestamp (entry times and
# order in the jars, javadoc without timestamps). The second build starts a few seconds later so
# that a clock-dependent byte would show.
#
# Usage: scripts/check-reproducible.sh [extra Maven arguments, e.g. -o]
#        scripts/check-reproducible.sh --record FILE
#        scripts/check-reproducible.sh --against FILE [extra Maven arguments]
# It runs `clean`, so use a checkout nobody else is building in (CI, or a git worktree).
#
# .ci/run uses its own first build as the first of the two: right after that build (a fresh
# clone, so a clean one) `--record FILE` writes the hashes of the jars it left under */target, and
# at the end `--against FILE` makes one clean build (tests skipped) and compares its jars with
# FILE, so the two builds are minutes apart. Jars left over from an older build, or written
# differently with tests run, make the check fail, never pass.
set -euo pipefail
cd "$(dirname "$0")/.."

sums() {
  find . -path ./examples/consumer -prune -o -path '*/target/*.jar' -type f -print \
    | LC_ALL=C sort | xargs -r sha256sum
}

mode=twice
if [ "${1:-}" = "--record" ] || [ "${1:-}" = "--against" ]; then
  mode="${1#--}"
  file="${2:?$1 needs a file}"
  shift 2
fi
if [ "$mode" = record ]; then
  sums >"$file"
  count="$(wc -l <"$file")"
  if [ "$count" -eq 0 ]; then echo "no jars to record" >&2; exit 2; fi
  echo "recorded the hashes of $count jars in $file"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local n="$1"; shift
  if ! ./mvnw -B -q -DskipTests "$@" clean package >"$work/build-$n.log" 2>&1; then
    echo "build $n failed:" >&2
    tail -50 "$work/build-$n.log" >&2
    exit 2
  fi
  sums >"$work/sums-$n.txt"
}

if [ "$mode" = against ]; then
  cp "$file" "$work/sums-1.txt"
  build 2 "$@"
else
  build 1 "$@"
  sleep 3
  build 2 "$@"
fi

count="$(wc -l <"$work/sums-1.txt")"
if [ "$count" -eq 0 ]; then
  echo "no jars were built" >&2
  exit 2
fi
if diff -u "$work/sums-1.txt" "$work/sums-2.txt" >"$work/diff.txt"; then
  cat "$work/sums-1.txt"
  echo "reproducible: $count jars identical in two clean builds$([ "$mode" = against ] && echo " (the first one recorded in $file)")"
else
  cat "$work/diff.txt"
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
