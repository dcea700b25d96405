#!/usr/bin/env bash
# Measures SchemaShift and ora2pg side by side on the PL/SQL of three corpora (in ../shared/corpora,
# or $CORPORA): HR (oracle-sample-schemas: hr_code.sql), oracle-logger (its packages, procedure and
# table triggers) and alexandria-plsql (every package of ora/). For each corpus and tool it reports
# the share of the source's code objects (procedures, functions, packages, triggers, object types
# with a body) created without error on PostgreSQL 15, and how many of a few executable checks pass
# (scripts/plsql-checks/). A package's subprograms and a type's members count for their package or
# type, not as objects of their own (plsql_comparison.py schemashift-results).
#
#   scripts/compare-plsql-with-ora2pg.sh [--tools "ora2pg schemashift"] [--corpora "hr logger alexandria"] [--keep]
#
# A measurement tool, not a test: CI never runs it. Needs ora2pg (Debian package `ora2pg`, 23.2),
# the PostgreSQL 15 server binaries ($PG_BIN, default /usr/lib/postgresql/15/bin), python3, and for
# SchemaShift java and bin/schemashift (which builds target/schemashift.jar only when it is missing:
# rebuild it after changing the code, `mvn -B -o -DskipTests package`). As root
# the server runs as the `postgres` user (PostgreSQL refuses root); otherwise as you.
#
# How, per corpus and tool, each in a database of its own on a throwaway server (temp dir, free
# port, check_function_bodies on, so a body that does not compile fails its CREATE):
#   ora2pg       offline (`ora2pg -c CONF -t TYPE -i FILE -o OUT`, CONF = the Debian default with
#                PG_VERSION 15): first the corpus DDL through ora2pg's own TABLE/SEQUENCE/VIEW/TYPE
#                exports, so the code is measured on ora2pg's tables; then the code through the
#                FUNCTION, PROCEDURE, TRIGGER and PACKAGE exports. Every statement of the output runs
#                in a transaction of its own; a code object counts as created when every statement
#                belonging to it (its routines, a trigger's function and trigger) succeeded.
#   schemashift  `bin/schemashift convert --from oracle --to postgresql -o OUT DDL... CODE...`, then
#                `bin/schemashift apply OUT --per-object` against the server: its own schema.sql
#                creates the tables. A code object counts as created when report.json says apply
#                created every target object of it and its status is not `manual`/`unsupported`.
# Logger creates its tables inside PL/SQL install blocks; neither tool reads those fully, so the DDL
# in them is extracted first (plsql_comparison.py logger-ddl) and given to both as plain Oracle DDL,
# with the triggers of the same files as a script of their own.
# Then the corpus's checks run against what was created (each in its own session, rolled back).
# Source objects a tool did not produce count as failed (ora2pg's code exports do not read type
# bodies: its TYPE export reads the corpus DDL, so a type body counts as failed for it). "Routines and triggers created" counts the
# target routines and triggers of those objects (a package has many) created and written. Results
# per object are kept in the work directory (printed at the end with --keep) for reading the reasons.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
corpora=${CORPORA:-$(cd "$here/.." && pwd)/shared/corpora}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
tools="ora2pg schemashift"
corpus_names="hr logger alexandria"
keep=false
while [ $# -gt 0 ]; do
    case "$1" in
        --tools) tools=$2; shift 2 ;;
        --corpora) corpus_names=$2; shift 2 ;;
        --keep) keep=true; shift ;;
        *) echo "usage: $0 [--tools \"ora2pg schemashift\"] [--corpora \"hr logger alexandria\"] [--keep]" >&2; exit 2 ;;
    esac
done
helper="python3 $here/scripts/plsql_comparison.py"

work=$(mktemp -d /tmp/plsql-comparison.XXXXXX)
chmod 755 "$work"
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ---- a throwaway PostgreSQL 15 ----
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_server "$PG_BIN/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/initdb.log"
as_server "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w start \
    -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off -c check_function_bodies=on" >/dev/null
stop() {
    as_server "$PG_BIN/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null || true
    if [ "$keep" = true ]; then echo "work directory kept: $work" >&2; else rm -rf "$work"; fi
}
trap stop EXIT
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGPASSWORD=unused PATH="$PG_BIN:$PATH"

# ---- the corpora: DDL files, code files, checks ----
hr=$corpora/oracle-sample-schemas/human_resources
logger=$corpora/oracle-logger/source
alexandria=$corpora/alexandria-plsql
$helper logger-ddl "$logger" "$work/logger-tables.sql" "$work/logger-triggers.sql"

# alexandria's installer runs `set scan off` before its files (their literals hold `&`); SchemaShift,
# which reads SQL*Plus substitution variables as SQL*Plus does, is given the same setting first.
printf 'set scan off\n' >"$work/alexandria-install-settings.sql"

corpus_files() {   # sets settings (SQL*Plus lines the installer runs first), ddl (Oracle DDL files), views, code (specs before bodies)
    settings=()
    case "$1" in
        hr) ddl=("$hr/hr_create.sql"); views=(); code=("$hr/hr_code.sql") ;;
        logger) ddl=("$work/logger-tables.sql"); views=("$logger"/views/*.sql)
                code=("$logger"/packages/*.pks "$logger"/packages/*.pkb "$logger"/procedures/*.plb "$work/logger-triggers.sql") ;;
        alexandria) settings=("$work/alexandria-install-settings.sql"); ddl=("$alexandria/setup/types.sql"); views=()
                    code=("$alexandria"/ora/*.pks "$alexandria"/ora/*.pkb) ;;
    esac
}

ora2pg_conf=$work/ora2pg.conf
case " $tools " in   # ora2pg's configuration is needed (and installed) only when ora2pg is measured
    *" ora2pg "*) sed 's/^PG_VERSION\s.*/PG_VERSION\t15/' /etc/ora2pg/ora2pg.conf >"$ora2pg_conf" ;;
esac

run_ora2pg() {   # corpus db out: DDL exports applied (failures logged), code exports applied per object
    local corpus=$1 db=$2 out=$3
    mkdir -p "$out"
    cat "${ddl[@]}" >"$out/ddl-input.sql"
    : >"$out/results.tsv"
    local type
    for type in TYPE TABLE SEQUENCE; do
        ora2pg -c "$ora2pg_conf" -q -t "$type" -i "$out/ddl-input.sql" -b "$out" -o "ddl-$type.sql" >>"$out/ora2pg.log" 2>&1 || true
        [ -f "$out/ddl-$type.sql" ] && PGDATABASE=$db $helper apply "$type" "$out/ddl-$type.sql" | grep '^(support)' >>"$out/ddl-failures.tsv" || true
    done
    if [ ${#views[@]} -gt 0 ]; then
        cat "${views[@]}" >"$out/view-input.sql"
        ora2pg -c "$ora2pg_conf" -q -t VIEW -i "$out/view-input.sql" -b "$out" -o ddl-VIEW.sql >>"$out/ora2pg.log" 2>&1 || true
        [ -f "$out/ddl-VIEW.sql" ] && PGDATABASE=$db $helper apply VIEW "$out/ddl-VIEW.sql" | grep '^(support)' >>"$out/ddl-failures.tsv" || true
    fi
    local type stem input file
    for type in FUNCTION PROCEDURE PACKAGE TRIGGER; do
        # one ora2pg run per source file (a package's spec and body together), each reading only files
        # defining that kind: a FUNCTION export of a package file would also write the package's
        # functions as standalone ones, and a file ora2pg misreads would take the others with it
        while read -r stem; do
            input=$out/input-$type-$(basename "$stem").sql
            { if [ -f "$stem.pks" ]; then cat "$stem.pks"; fi
              for file in "$stem".*; do [ "$file" = "$stem.pks" ] || cat "$file"; done; } >"$input"
            ora2pg -c "$ora2pg_conf" -q -t "$type" -i "$input" -b "$out" -o "$(basename "$input" .sql).out.sql" \
                >>"$out/ora2pg.log" 2>&1 || true
            [ -f "${input%.sql}.out.sql" ] && PGDATABASE=$db $helper apply "$type" "${input%.sql}.out.sql" >>"$out/results.tsv"
        done < <($helper files-defining "${type,,}" "${code[@]}" | sed 's/\.[^./]*$//' | sort -u)
    done
}

run_schemashift() {   # corpus db out: convert everything in one run, apply object by object, read report.json
    local corpus=$1 db=$2 out=$3
    mkdir -p "$out"
    "$here/bin/schemashift" convert --from oracle --to postgresql -o "$out/converted" "${settings[@]}" "${ddl[@]}" "${views[@]}" "${code[@]}" \
        >"$out/convert.log" 2>&1 || true
    "$here/bin/schemashift" apply "$out/converted" --url "jdbc:postgresql://127.0.0.1:$port/$db" --user postgres --per-object \
        >"$out/apply.log" 2>&1 || true
    if [ -f "$out/converted/report.json" ]; then
        $helper schemashift-results "$out/converted/report.json" >"$out/results.tsv"
    else
        : >"$out/results.tsv"
    fi
}

echo "| corpus | tool | code objects | created without error | share | routines and triggers created | checks passed |"
echo "|---|---|---:|---:|---:|---:|---:|"
for corpus in $corpus_names; do
    corpus_files "$corpus"
    $helper source-objects "${code[@]}" >"$work/$corpus-objects.tsv"
    total=$(wc -l <"$work/$corpus-objects.tsv")
    for tool in $tools; do
        db=${tool}_$corpus
        out=$work/$db
        createdb "$db"
        "run_$tool" "$corpus" "$db" "$out"
        created=$(awk -F'\t' 'NR == FNR { ok[$1] = ($2 == "ok"); next } ok[$1] { n++ } END { print n + 0 }' \
            "$out/results.tsv" "$work/$corpus-objects.tsv")
        PGDATABASE=$db $helper checks "$here/scripts/plsql-checks/$corpus.sql" >"$out/checks.tsv"
        checks_total=$(grep -vc '^(setup)' "$out/checks.tsv" || true)
        checks_ok=$(awk -F'\t' '$1 != "(setup)" && $2 == "ok" { n++ } END { print n + 0 }' "$out/checks.tsv")
        share=$(awk -v a="$created" -v b="$total" 'BEGIN { printf (b ? "%.1f %%" : "n/a"), 100 * a / b }')
        routines=$(awk -F'\t' 'NR == FNR { known[$1] = 1; next } known[$1] { ok += $4; all += $5 } END { print ok + 0 " of " all + 0 }' \
            "$work/$corpus-objects.tsv" "$out/results.tsv")
        echo "| $corpus | $tool | $total | $created | $share | $routines | $checks_ok of $checks_total |"
    done
done
