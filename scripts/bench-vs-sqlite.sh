#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The CLI's ledger paths beside what a city system would otherwise pick, as whole processes on
# the same file in the same run:
#   append:    contest ledger append -i FILE   vs  python3 (stdlib json + sqlite3: WAL,
#              synchronous=FULL, one transaction per 1,000 rows) storing every line
#   standings: contest ledger standings --format csv   vs  sqlite3 CLI GROUP BY over those rows
# Times by hyperfine (Debian's package), peak memory by /usr/bin/time; the load average is printed
# before and after, since other work on the machine slows both sides.
#
# Usage: scripts/bench-vs-sqlite.sh [COUNT] [RUNS]     (defaults: 300000 entries, 5 runs each)
# Needs: examples/target/contest.jar (./mvnw -B -o -DskipTests -pl examples -am package),
#        apt-get install -y hyperfine sqlite3 time python3
# The CLI side runs twice: plain `java -jar contest.jar` and through scripts/contest (its JVM options).
set -euo pipefail

COUNT=${1:-300000}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/examples/target/contest.jar}
WORK=${WORK:-$(mktemp -d /tmp/bench-vs-sqlite.XXXXXX)}
FILE=$WORK/entries.jsonl
JOURNAL=$WORK/journal
DB=$WORK/ledger.db
JSA=$WORK/contest.jsa

for tool in java python3 sqlite3 hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y hyperfine sqlite3 time python3)" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: ./mvnw -B -o -DskipTests -pl examples -am package" >&2; exit 2; }

echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores; $(java -version 2>&1 | head -1); $(python3 --version); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "# commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); work dir $WORK"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"

java -jar "$JAR" ledger generate --count "$COUNT" -o "$FILE"
echo "# $FILE: $COUNT entries, $(stat -c %s "$FILE") bytes"

# The launcher scripts/contest (C1 only, serial GC, a class-data-sharing archive beside the jar,
# written by its first run): train it on a small file, so that the timed runs map the archive.
cp "$JAR" "$WORK/contest.jar"
LAUNCH="env CONTEST_JAR=$WORK/contest.jar $ROOT/scripts/contest"
head -n 2000 "$FILE" > "$WORK/train.jsonl"
$LAUNCH ledger append --journal "$WORK/train" -i "$WORK/train.jsonl" > /dev/null
$LAUNCH ledger standings --journal "$WORK/train" --format csv > /dev/null
ls "$WORK/contest.jsa" > /dev/null

cat > "$WORK/store.py" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("""CREATE TABLE IF NOT EXISTS entries(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, competition TEXT NOT NULL, participant TEXT NOT NULL,
  period TEXT NOT NULL, type TEXT NOT NULL, indicator TEXT, amount NUMERIC, stage TEXT, reason TEXT,
  evidence TEXT, actor TEXT, business_date TEXT NOT NULL, recorded_at TEXT NOT NULL, reverses TEXT, line TEXT NOT NULL)""")
sql = "INSERT INTO entries(id,competition,participant,period,type,indicator,amount,stage,reason,evidence,actor,business_date,recorded_at,reverses,line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
rows = []
def flush():
    db.execute("BEGIN")
    db.executemany(sql, rows)
    db.execute("COMMIT")
    rows.clear()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        e = json.loads(line)
        rows.append((e["id"], e["competition"], e["participant"], e["period"], e["type"], e.get("indicator"),
                     e.get("amount"), e.get("stage"), e.get("reason"), json.dumps(e.get("evidence", [])),
                     json.dumps(e["actor"]), e["businessDate"], e["recordedAt"], e.get("reverses"), line))
        if len(rows) == 1000:
            flush()
if rows:
    flush()
db.close()
PY

cat > "$WORK/standings.sql" <<'SQL'
.mode csv
.headers on
SELECT competition, period, participant,
       printf('%.2f', SUM(CASE WHEN type = 'points-awarded' THEN amount ELSE 0 END)) AS awarded,
       printf('%.2f', SUM(CASE WHEN type = 'points-deducted' THEN amount ELSE 0 END)) AS deducted,
       printf('%.2f', SUM(CASE WHEN type = 'points-awarded' THEN amount WHEN type = 'points-deducted' THEN -amount ELSE 0 END)) AS net,
       SUM(type = 'inspection-finding') AS findings
FROM entries
WHERE id NOT IN (SELECT reverses FROM entries WHERE reverses IS NOT NULL)
GROUP BY competition, period, participant ORDER BY competition, period, participant;
SQL

JAVA_APPEND="java -jar $WORK/contest.jar ledger append --journal $JOURNAL -i $FILE > /dev/null"
CLI_APPEND="$LAUNCH ledger append --journal $JOURNAL -i $FILE > /dev/null"
PY_APPEND="python3 $WORK/store.py $FILE $DB"
JAVA_STANDINGS="java -jar $WORK/contest.jar ledger standings --journal $JOURNAL --format csv > /dev/null"
CLI_STANDINGS="$LAUNCH ledger standings --journal $JOURNAL --format csv > /dev/null"
SQL_STANDINGS="sqlite3 $DB < $WORK/standings.sql > /dev/null"

echo "## append: $COUNT entries, every one durable"
hyperfine --runs "$RUNS" --export-markdown "$WORK/append.md" \
    --prepare "rm -rf $JOURNAL" "$JAVA_APPEND" \
    --prepare "rm -rf $JOURNAL" "$CLI_APPEND" \
    --prepare "rm -f $DB $DB-wal $DB-shm" "$PY_APPEND"
echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"

# the journal and the database as the last runs left them, each holding every entry
echo "## standings over the same $COUNT entries"
hyperfine --runs "$RUNS" --warmup 1 --export-markdown "$WORK/standings.md" "$JAVA_STANDINGS" "$CLI_STANDINGS" "$SQL_STANDINGS"
echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "## peak memory (maximum resident set), one run each"
rm -rf "$JOURNAL"; rm -f "$DB" "$DB-wal" "$DB-shm"
/usr/bin/time -f "java -jar append: %e s, %M KB" bash -c "$JAVA_APPEND"
rm -rf "$JOURNAL"
/usr/bin/time -f "scripts/contest append: %e s, %M KB" bash -c "$CLI_APPEND"
/usr/bin/time -f "python+sqlite append: %e s, %M KB" bash -c "$PY_APPEND"
/usr/bin/time -f "java -jar standings: %e s, %M KB" bash -c "$JAVA_STANDINGS"
/usr/bin/time -f "scripts/contest standings: %e s, %M KB" bash -c "$CLI_STANDINGS"
/usr/bin/time -f "sqlite GROUP BY: %e s, %M KB" bash -c "$SQL_STANDINGS"
# both sides give the same sums (the CLI's CSV also has the latest measurements, vetoes and stage)
$LAUNCH ledger standings --journal "$JOURNAL" --format csv --lang en | tail -n +2 \
    | awk -F, '{printf "%s,%s,%s,%.2f,%.2f,%.2f,%s\n", $1, $2, $3, $(NF-5), $(NF-4), $(NF-3), $(NF-1)}' > "$WORK/cli.csv"
sqlite3 "$DB" < "$WORK/standings.sql" | tail -n +2 | tr -d '\r' > "$WORK/sql.csv"
# SQLite sums binary floating point: a net of 13.2 - 13.2 may print as -0.00
zero() { sed -E 's/,-0\.00(,|$)/,0.00\1/g' "$1"; }
echo "# standings rows: cli $(wc -l < "$WORK/cli.csv"), sqlite $(wc -l < "$WORK/sql.csv"); sums agree: $(cmp -s <(zero "$WORK/cli.csv") <(zero "$WORK/sql.csv") && echo yes || echo NO)"
echo "# entries stored: sqlite $(sqlite3 "$DB" 'SELECT COUNT(*) FROM entries')"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$WORK/append.md" "$WORK/standings.md"
