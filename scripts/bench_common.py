"""Shared pieces of the benchmark (`scripts/bench`) and its baseline helpers: walking the corpus,
reading the parties from a document header, and the query set rendered for each engine.

A query is a dict: {"name", "band", "terms": [words], "phrase": bool, "prefix": bool, "party": str|None}.
`phrase` means the terms form one phrase; `prefix` means the single term is a prefix.
Stdlib only (the tantivy helper imports this from its own venv's Python).
"""
import math
import os
import re
import statistics

TEXT_EXTENSIONS = (".txt",)

# "Vragen van het lid X (VVD)", "van de leden X (D66) en Y (beiden PvdA)": every "(...)" in the asker line.
_ASKER_LINE = re.compile(r"Vragen van (.{0,600}?) aan de ", re.S)
_PARTY = re.compile(r"\((?:beiden |allen )?([^()]{1,40})\)")


def walk_texts(root):
    """Sorted paths of the text files under `root` (hidden entries skipped)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in filenames:
            if not fn.startswith(".") and fn.endswith(TEXT_EXTENSIONS):
                out.append(os.path.join(dirpath, fn))
    out.sort()
    return out


def parties_of(text):
    """Party names of the askers, from the document header; empty when not found."""
    m = _ASKER_LINE.search(text[:4000].replace("\n", " "))
    if not m:
        return []
    return sorted({p.strip() for p in _PARTY.findall(m.group(1))})


def party_key(party):
    """The normalised party key: lower-case letters and digits only (`P.v.d.A.` → `pvda`)."""
    return "".join(ch for ch in party.lower() if ch.isalnum())


def fts5_match(q):
    """The query as an FTS5 MATCH expression (terms quoted)."""
    if q["phrase"]:
        return '"' + " ".join(q["terms"]) + '"'
    if q["prefix"]:
        return '"' + q["terms"][0] + '"*'
    return " ".join('"' + t + '"' for t in q["terms"])


def cli_args(q):
    """The query as `kamervragen search` arguments."""
    if q["phrase"]:
        args = ['"' + " ".join(q["terms"]) + '"']
    elif q["prefix"]:
        args = [q["terms"][0] + "*"]
    else:
        args = list(q["terms"])
    if q.get("party"):
        args += ["--party", q["party"]]
    return args


def rg_pipeline(q, folder, rg="rg"):
    """A shell pipeline with `rg -l -i` giving the files that match the query (AND by chaining)."""
    import shlex
    base = f"{rg} -l -i --no-messages -g '*.txt'"
    steps = []
    if q.get("party"):
        steps.append(("", r"\((beiden |allen )?" + re.escape(q["party"]) + r"\)"))
    if q["phrase"]:
        steps.append(("-w -F", " ".join(q["terms"])))
    elif q["prefix"]:
        steps.append(("", r"\b" + q["terms"][0] + r"\w*"))
    else:
        steps += [("-w -F", t) for t in q["terms"]]
    cmd = f"{base} {steps[0][0]} -- {shlex.quote(steps[0][1])} {shlex.quote(folder)}"
    for flags, pat in steps[1:]:
        cmd += f" | xargs -r -d '\\n' {base} {flags} -- {shlex.quote(pat)}"
    return cmd


def summarize(times_ms):
    """Median and p95 (nearest rank) of a list of milliseconds."""
    if not times_ms:
        return None
    s = sorted(times_ms)
    p95 = s[max(0, math.ceil(0.95 * len(s)) - 1)]  # nearest rank
    return {"p50": round(statistics.median(s), 3), "p95": round(p95, 3), "n": len(s)}
