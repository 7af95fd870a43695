#!/usr/bin/env python3
"""The plain-SQLite baseline for `scripts/bench`: python3's sqlite3 (the system SQLite) with FTS5
`unicode61 remove_diacritics 2`, no Dutch analysis.

usage:
  bench_sqlite.py index DIR DB            load every text file into FTS5 in one transaction; prints JSON
  bench_sqlite.py queries DB QUERIES.json --repeat N   in-process timings (top 10 + snippets); prints JSON
  bench_sqlite.py search DB QUERY.json    one query, prints the top 10 (for process-level timing)

Bulk settings: journal off, synchronous off, exclusive locking, 256 MB page cache, one transaction,
FTS5 automerge off during the load and one 'optimize' at the end (counted in the time); documents are
stored in the FTS5 table itself (no external content), one row per file.
"""
import json
import os
import sqlite3
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the shared checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_common as bc  # noqa: E402

SCHEMA = """
CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, party, body,
    tokenize = 'unicode61 remove_diacritics 2');
"""


def index(folder, db):
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.remove(db + suffix)
        except FileNotFoundError:
            pass
    t0 = time.monotonic()
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript("""PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;""")
    con.executescript(SCHEMA)
    con.execute("INSERT INTO docs(docs, rank) VALUES('automerge', 0)")
    con.execute("BEGIN")
    n = n_bytes = 0
    ins = "INSERT INTO docs(rowid, path, party, body) VALUES(?, ?, ?, ?)"
    for path in bc.walk_texts(folder):
        with open(path, "rb") as f:
            data = f.read()
        text = data.decode("utf-8", errors="replace")
        n += 1
        n_bytes += len(data)
        con.execute(ins, (n, path, " ".join(bc.party_key(p) for p in bc.parties_of(text)), text))
    con.execute("COMMIT")
    con.execute("INSERT INTO docs(docs) VALUES('optimize')")
    # 'optimize' frees the old segments' pages; report the pages in use, not the freelist.
    page = con.execute("PRAGMA page_size").fetchone()[0]
    used = (con.execute("PRAGMA page_count").fetchone()[0] - con.execute("PRAGMA freelist_count").fetchone()[0])
    con.close()
    elapsed = time.monotonic() - t0
    print(json.dumps({"files": n, "bytes": n_bytes, "seconds": elapsed, "db_bytes": used * page,
                      "file_bytes": os.path.getsize(db), "sqlite": sqlite3.sqlite_version}))


SQL = ("SELECT path, snippet(docs, 2, '[', ']', '…', 16) FROM docs WHERE docs MATCH ? "
       "ORDER BY rank LIMIT 10")
SQL_COUNT = "SELECT count(*) FROM docs WHERE docs MATCH ?"


def match(q):
    """The MATCH expression: the body query, and the party as a column filter (the engine's fastest way)."""
    m = f"body : ({bc.fts5_match(q)})"
    if q.get("party"):
        m = f'party : "{bc.party_key(q["party"])}" AND {m}'
    return m


def run_query(con, q):
    return con.execute(SQL, (match(q),)).fetchall()


def count(con, q):
    return con.execute(SQL_COUNT, (match(q),)).fetchone()[0]


def queries(db, qfile, repeat):
    with open(qfile, encoding="utf-8") as f:
        qs = json.load(f)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {}
    for q in qs:
        run_query(con, q)  # warm
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run_query(con, q)
            times.append((time.perf_counter() - t0) * 1000)
        out[q["name"]] = {"times_ms": times, "matches": count(con, q)}
    print(json.dumps(out))


def search(db, qjson):
    q = json.loads(qjson if qjson.lstrip().startswith("{") else open(qjson, encoding="utf-8").read())
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for path, snip in run_query(con, q):
            print(path)
            print("  " + snip.replace("\n", " "))
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv):
    if len(argv) >= 4 and argv[1] == "index":
        index(argv[2], argv[3])
    elif len(argv) >= 4 and argv[1] == "queries":
        repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 20
        queries(argv[2], argv[3], repeat)
    elif len(argv) >= 4 and argv[1] == "search":
        search(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
