#!/usr/bin/env python3
"""The tantivy baseline for `scripts/bench`, run with the Python of a throw-away venv that has
`pip install tantivy`. Same interface as bench_sqlite.py:

  bench_tantivy.py index DIR INDEXDIR [--threads N]     prints JSON
  bench_tantivy.py queries INDEXDIR QUERIES.json --repeat N   prints JSON (top 10 + snippets, in-process)
  bench_tantivy.py search INDEXDIR QUERY.json           one query, prints the top 10

Analyzer: simple tokenizer + lowercase + ASCII folding + remove_long(40), the nearest match to FTS5's
`unicode61 remove_diacritics 2` (no stemming). Writer: 256 MB heap, `--threads` (default 1: one core).
"""
import json
import os
import shutil
import sys
import time
import unicodedata

import tantivy

sys.dont_write_bytecode = True  # no __pycache__ in the shared checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_common as bc  # noqa: E402

ANALYZER = "fold"


def analyzer():
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())
            .build())


def schema():
    b = tantivy.SchemaBuilder()
    b.add_text_field("path", stored=True, tokenizer_name="raw")
    b.add_text_field("body", stored=True, tokenizer_name=ANALYZER)
    b.add_text_field("party", stored=False, tokenizer_name="raw")
    return b.build()


def open_index(path):
    idx = tantivy.Index(schema(), path=path, reuse=True)
    idx.register_tokenizer(ANALYZER, analyzer())
    return idx


def index(folder, path, threads):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    t0 = time.monotonic()
    idx = open_index(path)
    w = idx.writer(256_000_000, threads)
    n = n_bytes = 0
    for p in bc.walk_texts(folder):
        with open(p, "rb") as f:
            data = f.read()
        text = data.decode("utf-8", errors="replace")
        n += 1
        n_bytes += len(data)
        doc = tantivy.Document()
        doc.add_text("path", p)
        doc.add_text("body", text)
        for party in bc.parties_of(text):
            doc.add_text("party", bc.party_key(party))
        w.add_document(doc)
    w.commit()
    w.wait_merging_threads()
    elapsed = time.monotonic() - t0
    size = sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    print(json.dumps({"files": n, "bytes": n_bytes, "seconds": elapsed, "db_bytes": size,
                      "tantivy": getattr(tantivy, "__version__", "?")}))


def fold(term):
    """Lower-case and strip diacritics, as the analyzer does (term queries bypass the analyzer)."""
    return "".join(c for c in unicodedata.normalize("NFKD", term.lower()) if not unicodedata.combining(c))


def build_query(idx, q):
    terms = [fold(t) for t in q["terms"]]
    sch = idx.schema
    if q["phrase"]:
        body = tantivy.Query.phrase_query(sch, "body", terms)
    elif q["prefix"]:
        body = tantivy.Query.regex_query(sch, "body", terms[0] + ".*")
    else:
        body = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, tantivy.Query.term_query(sch, "body", t)) for t in terms])
    if q.get("party"):
        return tantivy.Query.boolean_query([
            (tantivy.Occur.Must, body),
            (tantivy.Occur.Must, tantivy.Query.term_query(sch, "party", bc.party_key(q["party"])))])
    return body


def run_query(idx, searcher, q, snippets=True):
    query = build_query(idx, q)
    res = searcher.search(query, 10)
    out = []
    gen = tantivy.SnippetGenerator.create(searcher, query, idx.schema, "body") if snippets else None
    for score, addr in res.hits:
        doc = searcher.doc(addr)
        snip = gen.snippet_from_doc(doc).to_html() if gen else ""
        out.append((doc["path"][0], snip))
    return out, res.count


def queries(path, qfile, repeat):
    with open(qfile, encoding="utf-8") as f:
        qs = json.load(f)
    idx = open_index(path)
    searcher = idx.searcher()
    out = {}
    for q in qs:
        try:
            _, count = run_query(idx, searcher, q)
        except Exception as e:  # a query type this binding cannot express
            out[q["name"]] = {"error": str(e)[:200]}
            continue
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run_query(idx, searcher, q)
            times.append((time.perf_counter() - t0) * 1000)
        out[q["name"]] = {"times_ms": times, "matches": count}
    print(json.dumps(out))


def search(path, qjson):
    q = json.loads(qjson if qjson.lstrip().startswith("{") else open(qjson, encoding="utf-8").read())
    idx = open_index(path)
    hits, _ = run_query(idx, idx.searcher(), q)
    try:
        for p, snip in hits:
            print(p)
            print("  " + snip.replace("\n", " "))
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv):
    if len(argv) >= 4 and argv[1] == "index":
        threads = int(argv[argv.index("--threads") + 1]) if "--threads" in argv else 1
        index(argv[2], argv[3], threads)
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
