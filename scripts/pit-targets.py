#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Which classes CI's PIT run mutates: prints a comma-separated list of PIT class globs for
-Dcontest.mutation.targetClasses, and its reasons (one line per class) on stderr.

The list is the union of
  1. the classes a submission changed since the baseline: every main source file
     (<module>/src/main/java/**.java) added or modified in `git diff BASE..HEAD`, and
  2. the main classes of the same module named (as a whole word) in a test source file
     (<module>/src/test/java/**.java) added, modified or removed since BASE (for a removed one,
     in its last version), so that a weakened test is judged on the classes it tests directly,
     and
  3. a fixed sample of every module's main classes: a class is in it when the first byte of the
     SHA-1 of its fully qualified name is below 32 (1/8 of the classes, chosen independently of
     their content, so the sample does not move when other classes are added), and at least the
     three classes with the smallest hashes of each module (so that a small new module has one).

Every module gets its own globs from one list: a glob names a fully qualified class, so each
module's PIT run mutates only the listed classes it holds. Modules that skip PIT ignore it.

BASE is the commit in .ci/pit-baseline (the last full mutation run, scripts/full-mutation.sh),
or the first argument. When it is missing from the history (a shallow clone, a rewritten
history, no file), the changed set falls back to the files changed by the last 20 commits of
HEAD (FALLBACK_COMMITS), and a warning says so. package-info.java and module-info.java have no
mutants and are left out.

Usage: scripts/pit-targets.py [BASE]     (run from anywhere inside the repository)
"""

import hashlib
import os
import re
import subprocess
import sys

SAMPLE_BELOW = 32  # first SHA-1 byte below this: 32/256 = 1/8 of the classes
SAMPLE_MIN = 3  # at least this many sampled classes per module
FALLBACK_COMMITS = 20
SKIP = ("package-info.java", "module-info.java")


def git(*args, check=True):
    r = subprocess.run(["git", *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise SystemExit(f"pit-targets: git {' '.join(args)} failed: {r.stderr.strip()}")
    return r


def split_source(path):
    """(module, kind, fqcn) for <module>/src/<kind>/java/<pkg>/<Name>.java, else None."""
    m = re.match(r"^(.+?)/src/(main|test)/java/(.+)\.java$", path)
    if not m or os.path.basename(path) in SKIP:
        return None
    return m.group(1), m.group(2), m.group(3).replace("/", ".")


def main():
    root = git("rev-parse", "--show-toplevel").stdout.strip()
    os.chdir(root)
    base = sys.argv[1] if len(sys.argv) > 1 else None
    if base is None and os.path.exists(".ci/pit-baseline"):
        with open(".ci/pit-baseline", encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        base = lines[0] if lines else None

    if base and git("cat-file", "-e", f"{base}^{{commit}}", check=False).returncode == 0:
        diff_range = f"{base}..HEAD"
        print(f"pit-targets: changed since the baseline {base[:12]}", file=sys.stderr)
    else:
        count = int(git("rev-list", "--count", "HEAD").stdout.strip())
        back = min(FALLBACK_COMMITS, count - 1)
        diff_range = f"HEAD~{back}..HEAD" if back > 0 else None
        print(f"pit-targets: WARNING baseline {base!r} is not in the history; falling back to the "
              f"files changed by the last {back} commits", file=sys.stderr)

    changed = []  # (path, text of the file, or None to read it from the working tree)
    if diff_range:
        out = git("diff", "--name-status", "--diff-filter=ADMR", diff_range).stdout
        for line in out.splitlines():
            status, *paths = line.split("\t")
            if status == "D":  # a removed test: judge the classes its last version named
                old = git("show", f"{diff_range.split('..')[0]}:{paths[0]}", check=False).stdout
                changed.append((paths[0], old))
            else:
                changed.append((paths[-1], None))

    # every main class of every module, from the tracked files of HEAD
    tracked = git("ls-files").stdout.splitlines()
    main_by_module = {}
    for p in tracked:
        s = split_source(p)
        if s and s[1] == "main":
            main_by_module.setdefault(s[0], []).append(s[2])

    reasons = {}  # fqcn -> reason

    def add(fqcn, why):
        reasons.setdefault(fqcn, why)

    for p, text in changed:
        s = split_source(p)
        if not s or (text is None and not os.path.exists(p)):
            continue
        module, kind, fqcn = s
        if kind == "main":
            if text is None:  # a removed main class has nothing left to mutate
                add(fqcn, "changed")
            continue
        if text is None:
            with open(p, encoding="utf-8") as f:
                text = f.read()
        words = set(re.findall(r"[A-Za-z_$][A-Za-z0-9_$]*", text))
        for c in main_by_module.get(module, []):
            if c.rsplit(".", 1)[-1] in words:
                add(c, f"named in changed test {fqcn.rsplit('.', 1)[-1]}")

    for module, classes in sorted(main_by_module.items()):
        ranked = sorted(classes, key=lambda c: hashlib.sha1(c.encode()).digest())
        for i, c in enumerate(ranked):
            if hashlib.sha1(c.encode()).digest()[0] < SAMPLE_BELOW or i < SAMPLE_MIN:
                add(c, "sample")

    for module, classes in sorted(main_by_module.items()):
        mine = sorted(c for c in classes if c in reasons)
        print(f"pit-targets: {module}: {len(mine)} of {len(classes)} classes", file=sys.stderr)
        for c in mine:
            print(f"  {c}  ({reasons[c]})", file=sys.stderr)

    # the class itself and its nested classes (PIT globs: * matches any characters, $ literally)
    globs = []
    for c in sorted(reasons):
        globs += [c, c + "$*"]
    print(",".join(globs))


if __name__ == "__main__":
    main()
