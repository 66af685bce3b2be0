#!/usr/bin/env python3
"""Compares two warehouses table by table (a refactor must leave every table as it was).

    .venv/bin/python scripts/compare-warehouses.py BEFORE/warehouse AFTER/warehouse [--dbs bench,dw,ops]

For every Delta table of the given databases in either warehouse:
  * metadata (read with deltalake): column names, order, types and nullability, column comments, the table
    comment and the partition columns must be equal;
  * rows (Spark SQL through `bin/socialbench sql --admin`): EXCEPT ALL both ways must be empty and the row
    counts equal. Columns that identify a run rather than hold data (run_id, started_at, finished_at,
    message of ops.runs) are left out.
Prints one line per table and "N tables identical, M differ"; exits 1 when any differs.
"""
import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile

from deltalake import DeltaTable

RUN_COLUMNS = {"run_id", "started_at", "finished_at"}
SKIP_TABLES = {"ops.runs"}  # timings and run ids only


def tables(warehouse, dbs):
    found = set()
    for db in dbs:
        d = os.path.join(warehouse, db + ".db")
        if not os.path.isdir(d):
            continue
        for t in os.listdir(d):
            if os.path.isdir(os.path.join(d, t, "_delta_log")):
                found.add(db + "." + t)
    return found


def path(warehouse, table):
    db, t = table.split(".")
    return os.path.join(os.path.abspath(warehouse), db + ".db", t)


def metadata(p):
    dt = DeltaTable(p)
    cols = [(f.name, str(f.type), f.nullable, (f.metadata or {}).get("comment")) for f in dt.schema().fields]
    m = dt.metadata()
    return {"columns": cols, "comment": m.description, "partition": list(m.partition_columns)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--dbs", default="bench,dw,ops")
    ap.add_argument("--socialbench", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "socialbench"))
    args = ap.parse_args()
    dbs = args.dbs.split(",")
    before, after = tables(args.before, dbs), tables(args.after, dbs)
    problems = {}
    for t in sorted(before ^ after):
        problems[t] = ["only in " + ("before" if t in before else "after")]
    common = sorted((before & after) - SKIP_TABLES)
    queries = []
    for t in common:
        mb, ma = metadata(path(args.before, t)), metadata(path(args.after, t))
        for key in ("columns", "comment", "partition"):
            if mb[key] != ma[key]:
                problems.setdefault(t, []).append(f"{key} differs: {mb[key]} vs {ma[key]}")
        if any(p.startswith("columns") for p in problems.get(t, [])):
            continue
        cols = ", ".join(f"`{c[0]}`" for c in mb["columns"] if c[0] not in RUN_COLUMNS)
        b, a = f"delta.`{path(args.before, t)}`", f"delta.`{path(args.after, t)}`"
        queries.append(
            f"select '{t}' as table_name,"
            f" (select count(*) from {b}) as rows_before,"
            f" (select count(*) from {a}) as rows_after,"
            f" (select count(*) from (select {cols} from {b} except all select {cols} from {a})) as only_before,"
            f" (select count(*) from (select {cols} from {a} except all select {cols} from {b})) as only_after")
    counts = {}
    if queries:
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
            f.write("\nunion all\n".join(queries) + ";\n")
            script = f.name
        out = subprocess.run([args.socialbench, "sql", "--admin", "--format", "csv", "-f", script,
                              "--warehouse", os.path.abspath(args.after)],
                             check=True, stdout=subprocess.PIPE, text=True).stdout
        os.unlink(script)
        for r in csv.DictReader(io.StringIO(out)):
            counts[r["table_name"]] = r
    identical = 0
    for t in sorted(set(common) | set(problems)):
        r = counts.get(t)
        if r is not None and not (r["rows_before"] == r["rows_after"] and r["only_before"] == "0" and r["only_after"] == "0"):
            problems.setdefault(t, []).append(
                f"rows {r['rows_before']} vs {r['rows_after']}, only before {r['only_before']}, only after {r['only_after']}")
        if t in problems:
            print(f"DIFFERS   {t}: " + "; ".join(problems[t]))
        else:
            identical += 1
            print(f"identical {t}: {r['rows_after']} rows")
    print(f"{identical} tables identical, {len(problems)} differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
