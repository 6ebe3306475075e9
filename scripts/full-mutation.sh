#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The full mutation run: PIT on every class of every library module (each module's whole root
# package, the contest.mutation.targetClasses default), with JaCoCo and every test, as .ci/run
# ran it before it mutated only the changed classes and a sample. Its figures are the ones
# docs/QUALITY.md records per module; it takes about 53 minutes of PIT on this machine (model 4,
# scoring 12.5, ledger 35, awards 2.5 minutes at 32e2956), so it is not part of .ci/run.
#
# When it passes on a clean working tree, it writes HEAD's commit into .ci/pit-baseline: commit
# that file, and CI's incremental run (scripts/pit-targets.py) then mutates what changed since.
#
# Usage: scripts/full-mutation.sh [extra Maven arguments, e.g. -pl contest-ledger -am, or
#        -Dcontest.mutation.threshold=0 -Dcontest.coverage.line.minimum=0 to measure only]
set -euo pipefail
cd "$(dirname "$0")/.."
log="target/full-mutation.log"
mkdir -p target
start=$(date +%s)
set +e
./mvnw -B -P quality verify "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
echo
echo "== PIT per module ($(( $(date +%s) - start )) s in all)"
grep -E 'Building contest|Generated [0-9]+ mutations Killed|Total  *: ' "$log" || true
if [ "$rc" -ne 0 ]; then
  echo "full mutation run failed (exit $rc); .ci/pit-baseline unchanged" >&2
  exit "$rc"
fi
if [ "$#" -gt 0 ]; then
  echo "extra arguments given: .ci/pit-baseline unchanged (a baseline needs the whole default run)"
elif [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "the working tree has uncommitted changes: .ci/pit-baseline unchanged"
else
  { echo "# commit of the last full mutation run (scripts/full-mutation.sh), $(date -u +%Y-%m-%dT%H:%MZ)"
    git rev-parse HEAD; } >.ci/pit-baseline
  echo "wrote $(git rev-parse --short HEAD) to .ci/pit-baseline: commit it"
fi
