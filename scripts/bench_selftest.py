#!/usr/bin/env python3
"""Self-test of the benchmark tooling: scripts/generate-corpus, bench_common.py, bench_pdf.py.

usage: scripts/bench_selftest.py        exit 0 when every check passes, 1 otherwise (one line per check)

Checks behaviour, not timing: the generator is deterministic (same seed → same bytes, --jobs does not
change the output, --count N is a prefix of a larger count), documents look like Kamervragen (header,
numbered questions, answers, furniture, footnotes, line-break hyphens), sizes average ~10 KB, the word
frequencies follow the Zipf law; the query helpers quote and pipe correctly; a generated PDF round-trips
through pdftotext (skipped when pdftotext is missing).
"""
import collections
import hashlib
import importlib.machinery
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the shared checkout
sys.path.insert(0, HERE)
import bench_common as bc  # noqa: E402
import bench_pdf  # noqa: E402

failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(name)


def tree_digest(root):
    h = hashlib.sha256()
    for p in bc.walk_texts(root):
        h.update(os.path.relpath(p, root).encode())
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def generate(out, count, seed=7, jobs=1):
    subprocess.run([sys.executable, os.path.join(HERE, "generate-corpus"), "--count", str(count), "--seed",
                    str(seed), "--out", out, "--jobs", str(jobs), "--quiet"], check=True)


def main():
    tmp = tempfile.mkdtemp(prefix="bench-selftest-")
    try:
        a, b, c, d = (os.path.join(tmp, x) for x in "abcd")
        generate(a, 300)
        generate(b, 300, jobs=2)
        generate(c, 120)
        generate(d, 300, seed=8)
        check("same seed, --jobs 2: identical corpus", tree_digest(a) == tree_digest(b))
        check("different seed: different corpus", tree_digest(a) != tree_digest(d))
        small = bc.walk_texts(c)
        check("--count 120 is a prefix of --count 300",
              all(open(p, "rb").read() == open(os.path.join(a, os.path.relpath(p, c)), "rb").read() for p in small)
              and len(small) == 120)
        paths = bc.walk_texts(a)
        texts = [open(p, encoding="utf-8").read() for p in paths]
        check("300 files written", len(paths) == 300)
        years = {int(os.path.basename(os.path.dirname(p))) for p in paths}
        check("spread over year folders 1995-2025", min(years) >= 1995 and max(years) <= 2025 and len(years) > 15)
        avg = sum(len(t.encode()) for t in texts) / len(texts)
        check("average size 8-12 KB", 8000 <= avg <= 12000, f"{avg:.0f} bytes")
        check("every document starts with the header", all(t.startswith("Tweede Kamer der Staten-Generaal\n")
                                                               for t in texts))
        # Notices may leave the questions out; all other documents list them.
        listed = [t for t in texts if "\nMededeling\n" not in t or "\nVraag 1\n" in t]
        check("questions and answers documents have 'Vraag 1'", all("\nVraag 1\n" in t for t in listed)
              and len(listed) > 250)
        n_q = [len(re.findall(r"^Vraag \d+$", t, re.M)) for t in listed]
        check("2 to 20 questions per document", min(n_q) >= 2 and max(n_q) <= 20, f"{min(n_q)}..{max(n_q)}")
        answers = [t for t in texts if "\nAntwoord van " in t]
        check("most documents are answers (60-95%)", 0.6 <= len(answers) / len(texts) <= 0.95)
        check("combined answers occur", any(re.search(r"^Antwoord \d+(, \d+)* en \d+$|^Antwoord \d+ t/m \d+$",
                                                      t, re.M) for t in answers))
        check("notices and unanswered questions occur",
              any("\nMededeling\n" in t for t in texts) and any("kv-tk-" in t for t in texts))
        check("page furniture on every document",
              all(re.search(r"^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, (Aanhangsel|Vragen)$", t, re.M)
                  for t in texts))
        check("footnote bodies at a page bottom", sum(bool(re.search(r"^1 (Kamerstuk|https://|\w)", t, re.M))
                                                     for t in texts) > 50)
        hyph = sum(bool(re.search(r"[a-zà-ÿ]{3}-\n[a-zà-ÿ]{3}", t)) for t in texts)
        check("line-break hyphens in most documents", hyph > 200, f"{hyph} of 300")
        longest = max(len(line) for t in texts for line in t.split("\n") if not re.match(r"\d+ ", line))
        check("hard wraps at most ~85 characters outside footnotes", longest <= 90, f"longest {longest}")
        words = collections.Counter(w.lower() for t in texts for w in re.findall(r"[^\W\d_]+", t))
        total = sum(words.values())
        check("Zipf head: 'de' is 4-10% of words", 0.04 <= words["de"] / total <= 0.10, f"{words['de'] / total:.3f}")
        check("long tail: many words occur once", sum(1 for v in words.values() if v == 1) > 20000)

        gen = importlib.machinery.SourceFileLoader("gc", os.path.join(HERE, "generate-corpus")).load_module()
        v = gen.Vocabulary(7)
        r = v.rank_for_probability(v.probability(5000))
        check("Vocabulary.rank_for_probability inverts probability", abs(r - 5000) <= 1, str(r))

        # bench_common
        check("parties_of reads every asker's party",
              bc.parties_of("Vragen van de leden A (D66), B (VVD) en C en D (beiden\nSP) aan de Minister")
              == ["D66", "SP", "VVD"])
        check("party_key folds punctuation", bc.party_key("P.v.d.A.") == "pvda")
        check("fts5_match quotes terms, phrases and prefixes",
              bc.fts5_match({"terms": ["a", "b"], "phrase": False, "prefix": False}) == '"a" "b"'
              and bc.fts5_match({"terms": ["a", "b"], "phrase": True, "prefix": False}) == '"a b"'
              and bc.fts5_match({"terms": ["radicali"], "phrase": False, "prefix": True}) == '"radicali"*')
        check("summarize gives median and p95", bc.summarize(list(range(1, 101))) == {"p50": 50.5, "p95": 95, "n": 100})
        if shutil.which("rg"):
            q = {"terms": ["gemeenten", "de"], "phrase": False, "prefix": False, "party": None}
            out = subprocess.run(bc.rg_pipeline(q, a), shell=True, capture_output=True, text=True).stdout.split()
            expect = [p for p, t in zip(paths, texts)
                      if re.search(r"\bgemeenten\b", t, re.I) and re.search(r"\bde\b", t, re.I)]
            check("rg pipeline ANDs the terms per file", sorted(out) == sorted(expect), f"{len(out)} vs {len(expect)}")

        # bench_pdf
        pdf = bench_pdf.text_pdf([["Vraag 1", "Kent u het bericht over financiële middelen?"], ["Antwoord 1", "Ja."]])
        check("bench_pdf writes a PDF", pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF"))
        if shutil.which("pdftotext"):
            path = os.path.join(tmp, "t.pdf")
            with open(path, "wb") as f:
                f.write(pdf)
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            check("pdftotext extracts the text with diacritics and both pages",
                  "financiële middelen" in txt and "Antwoord 1" in txt and "\f" in txt, txt[:80])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'FAILED: ' + ', '.join(failures) if failures else 'all checks passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
