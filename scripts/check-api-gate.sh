#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# API-gate check: shows that the japicmp configuration of contest-parent/pom.xml (the real one,
# switched on with -Djapicmp.skip=false) passes on an unchanged contest-model and fails on one with
# a public method removed. japicmp is off in normal builds until 0.1.0 is released, so without
# this check nobody would know whether it catches anything.
#
# How: the committed tree (git HEAD, or the working tree with --working-tree) is copied three
# times into a temporary directory:
#   1. "baseline": every pom's version set to the baseline version (contest.api.baseline, 0.1.0)
#      and installed into a temporary local repository (the user's ~/.m2 is only read, through
#      Maven's maven.repo.local.tail, never written);
#   2. "unchanged": built with japicmp on against that baseline: must pass;
#   3. "broken": the same with Points.negate() deleted from contest-model: must fail, and fail
#      in japicmp (its log must name the removed method).
# Tests are neither compiled nor run (-Dmaven.test.skip): tests may use the removed method.
# Exits 0 and prints "api gate: ..." when both hold; 1 when the gate did not behave; 2 when a
# build failed for another reason.
#
# Usage: scripts/check-api-gate.sh [--working-tree] [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

source_tree=head
if [ "${1:-}" = "--working-tree" ]; then
  source_tree=working
  shift
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
tail_repo="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
baseline="$(sed -n 's:.*<contest.api.baseline>\(.*\)</contest.api.baseline>.*:\1:p' contest-parent/pom.xml)"
current="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
if [ -z "$baseline" ] || [ -z "$current" ] || [ "$baseline" = "$current" ]; then
  echo "cannot read distinct versions: baseline '$baseline', current '$current'" >&2
  exit 2
fi

copy() {
  mkdir -p "$work/$1"
  if [ "$source_tree" = head ]; then
    git archive HEAD | tar -x -C "$work/$1"
  else
    git ls-files -z --cached --others --exclude-standard | tar --null -T - -c | tar -x -C "$work/$1"
  fi
  # the build reads ../shared beside the tree when it exists
  if [ -d "$root/../shared" ] && [ ! -e "$work/shared" ]; then ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"; fi
}

mvn_in() {
  local dir="$1" log="$2"; shift 2
  (cd "$work/$dir" && ./mvnw -B -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dspotless.check.skip=true \
    -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo" "$@") >"$work/$log" 2>&1
}

# 1. The "released" baseline: same sources, version = baseline, in the temporary repository.
copy baseline
find "$work/baseline" -name pom.xml -not -path '*/examples/consumer/*' \
  -exec sed -i "s:<version>$current</version>:<version>$baseline</version>:" {} +
if ! mvn_in baseline baseline.log install -pl contest-bom,contest-model -am "$@"; then
  echo "baseline build failed:" >&2; tail -40 "$work/baseline.log" >&2; exit 2
fi

gate() { # dir log -> 0 when the build (with japicmp on) passed
  mvn_in "$1" "$2" verify -pl contest-model -am -Djapicmp.skip=false "${@:3}"
}

# 2. Unchanged sources: the gate must pass, and japicmp must actually have run.
copy unchanged
if ! gate unchanged unchanged.log "$@"; then
  echo "japicmp failed on the UNCHANGED contest-model:" >&2; tail -40 "$work/unchanged.log" >&2; exit 1
fi
if ! grep -q 'japicmp' "$work/unchanged.log" || grep -q 'Skipping execution' "$work/unchanged.log"; then
  echo "japicmp did not run on the unchanged contest-model:" >&2; grep -n 'japicmp' "$work/unchanged.log" >&2 || true; exit 1
fi
if [ ! -f "$work/unchanged/contest-model/target/japicmp/api-compatibility.diff" ]; then
  echo "japicmp wrote no report for the unchanged contest-model" >&2; exit 1
fi

# 3. A public method removed: the gate must fail, because of japicmp.
copy broken
points="$work/broken/contest-model/src/main/java/io/github/laborcontest/model/Points.java"
python3 - "$points" <<'EOF'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
t = re.sub(r"\n    /\*\* The negated amount\. \*/\n    public Points negate\(\) \{\n.*?\n    \}\n", "\n", s, flags=re.S)
if t == s:
    sys.exit("Points.negate() not found: update scripts/check-api-gate.sh")
open(p, "w", encoding="utf-8").write(t)
EOF
if gate broken broken.log "$@"; then
  echo "japicmp PASSED although Points.negate() was removed: the API gate does not work" >&2
  grep -n 'japicmp' "$work/broken.log" >&2 || true
  exit 1
fi
if ! grep -q 'japicmp-maven-plugin.*cmp (api-compatibility)' "$work/broken.log" \
   || ! grep -qi 'incompatib' "$work/broken.log"; then
  echo "the broken build failed, but not in japicmp:" >&2; tail -40 "$work/broken.log" >&2; exit 2
fi
grep -n 'negate\|METHOD_REMOVED\|incompatib' "$work/broken.log" | head -10
echo "api gate: japicmp passes on the unchanged contest-model and fails when Points.negate() is removed (baseline $baseline)"
