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
# It runs `clean`, so use a checkout nobody else is building in (CI, or a git worktree).
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local n="$1"; shift
  if ! ./mvnw -B -q -DskipTests "$@" clean package >"$work/build-$n.log" 2>&1; then
    echo "build $n failed:" >&2
    tail -50 "$work/build-$n.log" >&2
    exit 2
  fi
  find . -path ./examples/consumer -prune -o -path '*/target/*.jar' -type f -print \
    | LC_ALL=C sort | xargs sha256sum >"$work/sums-$n.txt"
}

build 1 "$@"
sleep 3
build 2 "$@"

count="$(wc -l <"$work/sums-1.txt")"
if [ "$count" -eq 0 ]; then
  echo "no jars were built" >&2
  exit 2
fi
if diff -u "$work/sums-1.txt" "$work/sums-2.txt" >"$work/diff.txt"; then
  cat "$work/sums-1.txt"
  echo "reproducible: $count jars identical in two clean builds"
else
  cat "$work/diff.txt"
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
