#!/usr/bin/env bash
# Times SchemaShift and ora2pg side by side on the same generated Oracle schema (docs/performance.md).
#
#   scripts/compare-speed-with-ora2pg.sh ["TABLES:VIEWS:ROUTINES ..."] [RUNS]
#   default sizes "10:0:0 200:0:0 200:20:0 2000:0:0 2000:200:0 2000:0:2000", RUNS 3
#
# A measurement tool, not a test: CI never runs it. Needs ora2pg (Debian package `ora2pg`) and
# java; the schema comes from scripts/generate-schema. Per size and run, each tool runs cold, as a
# user runs it, and the median wall and CPU (user + system, all threads and children) seconds of
# RUNS runs are printed with the machine's load (on a loaded machine CPU seconds are the steadier):
#   ora2pg       offline: `ora2pg -c CONF -t TYPE -i FILE -o OUT` for TYPE TABLE, then VIEW when
#                the input has views, then PROCEDURE, FUNCTION, PACKAGE and TRIGGER when it has
#                routines (CONF = the Debian default with PG_VERSION 15); the types' times add up.
#   schemashift  `bin/schemashift convert --from oracle --to postgresql -o OUT FILE` (one run does
#                every type and writes the reports too), after one untimed run that lets the
#                launcher create its class-data archive, as on a user's machine after the first run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sizes=${1:-"10:0:0 200:0:0 200:20:0 2000:0:0 2000:200:0 2000:0:2000"}
runs=${2:-3}
command -v ora2pg >/dev/null || { echo "ora2pg is missing: apt-get install -y ora2pg" >&2; exit 1; }

work=$(mktemp -d /tmp/speed-comparison.XXXXXX)
trap 'rm -rf "$work"' EXIT
conf=$work/ora2pg.conf
sed 's/^PG_VERSION\s.*/PG_VERSION\t15/' /etc/ora2pg/ora2pg.conf >"$conf"
export SCHEMASHIFT_CACHE=$work/cds

seconds() { # seconds COMMAND...: "WALL:CPU" seconds of one run
    /usr/bin/time -f '%e:%U:%S' -o "$work/time" "$@" >>"$work/log" 2>&1
    awk -F: '{ printf "%.2f:%.2f", $1, $2 + $3 }' "$work/time"
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
wall() { tr ' ' '\n' | sed '/^$/d' | cut -d: -f1 | median; }
cpu() { tr ' ' '\n' | sed '/^$/d' | cut -d: -f2 | median; }

ora2pg_run() { # ora2pg_run FILE VIEWS ROUTINES: the types' "WALL:CPU" added up
    local types="TABLE" type total=0:0 one
    [ "$2" -gt 0 ] && types="$types VIEW"
    [ "$3" -gt 0 ] && types="$types PROCEDURE FUNCTION PACKAGE TRIGGER"
    for type in $types; do
        one=$(seconds ora2pg -c "$conf" -q -t "$type" -i "$1" -b "$work/ora2pg" -o "$type.sql")
        total=$(echo "$total $one" | awk '{ split($1, a, ":"); split($2, b, ":"); printf "%.2f:%.2f", a[1] + b[1], a[2] + b[2] }')
    done
    echo "$total"
}
schemashift_run() {
    seconds "$here/bin/schemashift" convert --from oracle --to postgresql --force -o "$work/schemashift" "$1"
}

"$here/bin/schemashift" --version >/dev/null
printf '%-16s %8s %8s %10s %10s %10s %10s %9s %9s  %s\n' size lines stmts ours_wall ours_cpu ora2pg_wall ora2pg_cpu wall_x cpu_x load
for size in $sizes; do
    IFS=: read -r tables views routines <<<"$size"
    input=$work/oracle-$tables-$views-$routines.sql
    "$here/scripts/generate-schema" oracle "$tables" "$views" "$routines" "$input"
    mkdir -p "$work/ora2pg"
    "$here/bin/schemashift" convert --from oracle --to postgresql --force -o "$work/schemashift" "$input" >"$work/first" 2>&1
    statements=$(sed -n 's/.*: \([0-9]*\) statements read.*/\1/p' "$work/first" | head -1)
    ours="" theirs=""
    for _ in $(seq "$runs"); do
        ours="$ours $(schemashift_run "$input")"
        theirs="$theirs $(ora2pg_run "$input" "$views" "$routines")"
    done
    aw=$(echo "$ours" | wall) ac=$(echo "$ours" | cpu) bw=$(echo "$theirs" | wall) bc=$(echo "$theirs" | cpu)
    printf '%-16s %8d %8s %10.2f %10.2f %10.2f %10.2f %8.1fx %8.1fx  %s\n' "$size" "$(wc -l <"$input")" "${statements:--}" \
        "$aw" "$ac" "$bw" "$bc" "$(echo "$bw / $aw" | bc -l)" "$(echo "$bc / $ac" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    rm -rf "$input" "$work/ora2pg" "$work/schemashift"
done
