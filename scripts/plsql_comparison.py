#!/usr/bin/env python3
"""Helpers of scripts/compare-plsql-with-ora2pg.sh (see its header): reading the corpora, applying
a tool's output object by object to PostgreSQL, reading SchemaShift's report.json, running the
executable checks. Standard library only; psql does the talking to the server.

  plsql_comparison.py source-objects FILE...              code objects the sources define, one per line
  plsql_comparison.py files-defining KIND FILE...         the files defining a procedure, function, package or trigger
  plsql_comparison.py logger-ddl SOURCE_DIR DDL TRIGGERS  the Oracle DDL hidden in logger's install blocks, and its table triggers
  plsql_comparison.py apply KIND FILE                     apply ora2pg's output, one statement per transaction
  plsql_comparison.py schemashift-results REPORT_JSON     per code object: created or why not
  plsql_comparison.py checks FILE                         run the checks in FILE, one psql session each

`apply` and `checks` reach the server through psql with the PG* environment (PGHOST, PGPORT,
PGUSER, PGDATABASE). Results are tab-separated lines: object, ok|failed, reason, and for code
objects the routines and triggers created and written (a package has many).
"""
import json
import re
import subprocess
import sys
from pathlib import Path

# An object type's body is code too (its members become routines): the type counts as a code object
# when its body is among the files, and its members count for it, as a package's subprograms do.
CODE_OBJECT = re.compile(
    r"^\s*create\s+(?:or\s+replace\s+)?(?:(?:editionable|noneditionable)\s+)?"
    r"(procedure|function|trigger|package(?:\s+body)?|type\s+body)\s+((?:\"?[\w$#]+\"?\.)?\"?[\w$#]+\"?)",
    re.IGNORECASE | re.MULTILINE)
CODE_KINDS = {"procedure", "function", "package", "trigger", "type"}


def bare_name(name):
    """schema.object or "Object" as the lower-case object name both tools give it."""
    return name.split(".")[-1].strip('"').lower()


def source_objects(files):
    """Each procedure, function, trigger and package (spec and body together) the files create."""
    seen = {}
    for file in files:
        for name, kind in objects_in(file):
            seen.setdefault(name, kind)
    return seen


def objects_in(file):
    text = Path(file).read_text(encoding="utf-8", errors="replace")
    return [(bare_name(m.group(2)), m.group(1).lower().split()[0]) for m in CODE_OBJECT.finditer(text)]


def logger_ddl(source_dir, out, triggers_out):
    """Logger creates its tables inside PL/SQL install blocks (EXECUTE IMMEDIATE of literal DDL,
    columns added from a list); neither tool reads those fully, so this writes them as plain Oracle
    DDL, and the triggers the same files create as a script of their own."""
    statements, triggers = [], []
    for file in sorted(Path(source_dir, "tables").glob("*.sql")):
        text = file.read_text(encoding="utf-8")
        # columns later versions add go into the CREATE TABLE, the table as an install leaves it
        added = "".join(f"\n  {column} {data_type}," for column, data_type in re.findall(
            r"l_new_col\.column_name\s*:=\s*'(\w+)';\s*l_new_col\.data_type\s*:=\s*'([^']+)'", text))
        for literal in re.findall(r"execute immediate\s+(?:'([^']*)'|q'!(.*?)!')", text, re.IGNORECASE | re.DOTALL):
            ddl = (literal[0] or literal[1]).strip()
            if re.match(r"create\s+table", ddl, re.IGNORECASE):
                ddl = re.sub(r"\(", "(" + added, ddl, count=1)
            if re.match(r"create\s+(table|sequence|index)", ddl, re.IGNORECASE):
                statements.append(ddl + ";")
        triggers += re.findall(r"^create or replace trigger\b.*?^/\s*$", text, re.IGNORECASE | re.MULTILINE | re.DOTALL)
    Path(out).write_text("\n".join(statements) + "\n", encoding="utf-8")
    Path(triggers_out).write_text("\n".join(triggers) + "\n", encoding="utf-8")


def split_statements(text):
    """PostgreSQL statements of a psql script: ; outside quotes, comments and $tag$ bodies; psql's backslash lines dropped."""
    statements, current, i, n = [], [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and (i == 0 or text[i - 1] == "\n"):
            i = text.find("\n", i) if "\n" in text[i:] else n
            continue
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == "'":
            escapes = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            end = i + 1
            while end < n and not (text[end] == "'" and text[end + 1:end + 2] != "'"):
                end += 2 if text[end] == "'" or (escapes and text[end] == "\\") else 1
            current.append(text[i:end + 1])
            i = end + 1
            continue
        tag = re.match(r"\$[A-Za-z_]*\$", text[i:]) if c == "$" else None
        if tag:
            end = text.find(tag.group(0), i + len(tag.group(0)))
            end = n if end < 0 else end + len(tag.group(0))
            current.append(text[i:end])
            i = end
            continue
        if c == ";":
            statement = "".join(current).strip()
            if statement:
                statements.append(statement)
            current = []
        else:
            current.append(c)
        i += 1
    rest = "".join(current).strip()
    if rest:
        statements.append(rest)
    return statements


ROUTINE = re.compile(r"^create\s+(?:or\s+replace\s+)?(function|procedure)\s+([\w$.\"]+)", re.IGNORECASE)
TRIGGER = re.compile(r"^create\s+(?:constraint\s+)?trigger\s+([\w$\"]+)", re.IGNORECASE)


def object_of(kind, statement):
    """The source object an ora2pg statement belongs to, or None for a supporting statement (schema, type, drop)."""
    routine = ROUTINE.match(statement)
    trigger = TRIGGER.match(statement)
    if routine:
        name = routine.group(2).strip('"').lower()
        if kind == "PACKAGE" and "." in name:
            return name.split(".")[0]
        name = bare_name(name)
        return name[len("trigger_fct_"):] if kind == "TRIGGER" and name.startswith("trigger_fct_") else name
    if trigger:
        return bare_name(trigger.group(1))
    return None


def psql(sql):
    """Runs sql in a session of its own, stopping at the first error; (ok, first error line, output)."""
    run = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t"], input=sql, capture_output=True, text=True)
    error = next((line for line in run.stderr.splitlines() if "ERROR" in line), run.stderr.strip()[:200])
    return run.returncode == 0, error, run.stdout


# Lines where ora2pg starts an object: a routine, a package's schema, a trigger. The output is cut
# there before it is split into statements, so a body ora2pg left unterminated costs its own object
# only, not every object after it (as psql reading the whole file would).
OBJECT_START = re.compile(r"^(?=CREATE OR REPLACE (?:FUNCTION|PROCEDURE) |DROP SCHEMA IF EXISTS |DROP TRIGGER IF EXISTS )",
                          re.MULTILINE)


def apply(kind, file):
    """Each statement of ora2pg's FILE in its own transaction; per source object, ok when all of its statements were."""
    failures, pieces, created = {}, {}, {}
    chunks = OBJECT_START.split(Path(file).read_text(encoding="utf-8", errors="replace"))
    for statement in (s for chunk in chunks for s in split_statements(chunk)):
        if re.match(r"set\s+client_encoding", statement, re.IGNORECASE):
            continue
        ok, error, _ = psql(statement + ";")   # one statement: one transaction
        owner = object_of(kind, statement)
        if owner is None:
            if not ok:
                head = " ".join(statement.split())[:80]
                print(f"(support)\tfailed\t{error} [{head}]")
            continue
        failures.setdefault(owner, [])
        pieces[owner] = pieces.get(owner, 0) + 1
        created[owner] = created.get(owner, 0) + (1 if ok else 0)
        if not ok:
            failures[owner].append(error)
    for owner, errors in failures.items():
        print(f"{owner}\t{'failed' if errors else 'ok'}\t{errors[0] if errors else ''}\t{created[owner]}\t{pieces[owner]}")


def schemashift_results(report_json):
    """Per code object of report.json: created without error by the last apply, and not `manual`."""
    report = json.loads(Path(report_json).read_text(encoding="utf-8"))
    reasons, pieces, created, emitted = {}, {}, {}, {}
    # A package's subprograms are entries of their own (PKG.SUB): they count for the package. An
    # object type's members are entries too, named TYPE.MEMBER (its source) or TYPE_MEMBER (the
    # routine each becomes): they count for the type, which is a code object when it has a body.
    packages = {bare_name(e["name"]) for e in report["objects"] if e["kind"] == "package" and e.get("name")}
    types = {bare_name(e["name"]) for e in report["objects"] if e["kind"] == "type" and e.get("name")}
    for entry in report["objects"]:
        if entry["kind"] not in CODE_KINDS or not entry.get("name"):
            continue
        parts = entry["name"].split(".")
        owner = parts[-2].strip('"').lower() if len(parts) >= 2 else None
        name = bare_name(entry["name"])
        if entry["kind"] != "package" and owner in packages | types:
            name = owner
        elif entry["kind"] in ("function", "procedure"):
            name = next((t for t in types if name.startswith(t + "_")), name)
        applied = entry.get("applied") or []
        failed = [a for a in applied if a["result"] not in ("created", "unchanged")]
        reason = ""
        if entry["status"] in ("manual", "unsupported"):
            reason = f"status {entry['status']}"
        emitted[name] = emitted.get(name, False) or bool(applied)
        if failed:
            reason = f"{failed[0]['result']}: {failed[0].get('message') or ''}".strip()
        routines = [a for a in applied if a["object"].split(" ")[0] in ("function", "procedure", "trigger")]
        pieces[name] = pieces.get(name, 0) + len(routines)
        created[name] = created.get(name, 0) + sum(a["result"] in ("created", "unchanged") for a in routines)
        reasons.setdefault(name, [])
        if reason:
            reasons[name].append(reason)
    for name, why in reasons.items():
        # a package's own entry, or an ALTER TRIGGER folded into its trigger, may emit nothing itself
        if not emitted[name] and not why:
            why.append("nothing emitted")
        print(f"{name}\t{'failed' if why else 'ok'}\t{why[0] if why else ''}\t{created[name]}\t{pieces[name]}")


def checks(file):
    """FILE holds a setup section and checks, each after a `-- check: name` line; a check passes
    when its session ends without error and prints PASS. Each runs in its own session, rolled
    back, so checks do not see each other's rows."""
    sections = re.split(r"^-- check: (.*)$", Path(file).read_text(encoding="utf-8"), flags=re.MULTILINE)
    setup = sections[0]
    ok, error, _ = psql("BEGIN;\n" + setup + "\nCOMMIT;")
    if not ok:
        print(f"(setup)\tfailed\t{error}")
    for name, body in zip(sections[1::2], sections[2::2]):
        ok, error, out = psql("BEGIN;\n" + body + "\nROLLBACK;")
        passed = ok and "PASS" in out.split()
        reason = "" if passed else error if not ok else "ran without error but did not print PASS"
        print(f"{name.strip()}\t{'ok' if passed else 'failed'}\t{reason}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "source-objects":
        for object_name, object_kind in source_objects(args).items():
            print(f"{object_name}\t{object_kind}")
    elif command == "files-defining":
        for path in args[1:]:
            if any(kind == args[0] for _, kind in objects_in(path)):
                print(path)
    elif command == "logger-ddl":
        logger_ddl(*args)
    elif command == "apply":
        apply(*args)
    elif command == "schemashift-results":
        schemashift_results(*args)
    elif command == "checks":
        checks(*args)
    else:
        sys.exit(f"unknown command {command}")
