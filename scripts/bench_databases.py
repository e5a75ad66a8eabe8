#!/usr/bin/env python3
"""`make bench-databases`: how long the exports and the database loads take, for the seed graph and
for the graph of the 10x benchmark corpus (2,000 copies of seeds/, as `make bench BIG=1` makes it).

For each graph: `claimgraph export` (all formats), then scripts/load_sqlite.sh into a new SQLite file
and scripts/load_postgres.sh into the PostgreSQL server of the PG* variables (run this under
pg_virtualenv, as the Makefile does). Prints one table of wall seconds and sizes.

Usage: scripts/bench_databases.py BINARY
"""
import json
import pathlib
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/claimgraph")
WORK = ROOT / "output" / "bench-databases"


def timed(command, **options):
    started = time.monotonic()
    subprocess.run(command, check=True, **options)
    return time.monotonic() - started


def graph_of(name, corpus):
    out = WORK / name
    graph = out / "graph.json"
    if not graph.exists():
        subprocess.run([BINARY, "run", "--quiet", "--export", "none", "--out", str(out), "--gazetteers", str(ROOT / "gazetteers"),
                        str(corpus)], check=True, cwd=ROOT)
    return graph


def big_corpus():
    corpus = ROOT / "output" / "bench-big" / "corpus"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if not corpus.exists() or len(list(corpus.iterdir())) != 2000 * len(seeds):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), BINARY, "--big", "--corpus-only"], check=True)
    return corpus


def main():
    rows = []
    for name, corpus in [("seeds", ROOT / "seeds"), ("10x bench corpus", big_corpus())]:
        graph = graph_of(name.split()[0], corpus)
        export = graph.parent / "export"
        shutil.rmtree(export, ignore_errors=True)
        counts = {"quotes": 0, "mentions": 0}
        with open(graph, encoding="utf-8") as lines:
            for line in lines:
                counts["quotes"] += line.startswith('    {"id":"quote:')
                counts["mentions"] += line.startswith('    {"document":')
        export_seconds = timed([BINARY, "export", "--graph", str(graph), "--out", str(export)], stderr=subprocess.DEVNULL)
        database = graph.parent / "claimgraph.sqlite"
        sqlite_seconds = timed(["bash", str(ROOT / "scripts/load_sqlite.sh"), str(export / "sql"), str(database)], stderr=subprocess.DEVNULL)
        postgres_seconds = timed(["bash", str(ROOT / "scripts/load_postgres.sh"), str(export / "sql")], stderr=subprocess.DEVNULL)
        rows.append((name, graph.stat().st_size / 1e6, counts["mentions"], counts["quotes"], export_seconds, sqlite_seconds,
                     database.stat().st_size / 1e6, postgres_seconds))
    print("| graph | graph.json MB | mentions | quotes | export (all formats) s | SQLite load s | SQLite file MB | PostgreSQL load s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, size, mentions, quotes, export, sqlite, database, postgres in rows:
        print(f"| {name} | {size:.1f} | {mentions} | {quotes} | {export:.2f} | {sqlite:.2f} | {database:.1f} | {postgres:.2f} |")


if __name__ == "__main__":
    main()
