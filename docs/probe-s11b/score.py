#!/usr/bin/env python3
"""Scores Lede's JSON output against a wire expectation file, as tests/wire.rs checks it.

usage: score.py EXPECTED.tsv OUTPUT.json ...  (pairs). Prints each quote row that is wrong or
has no speaker, speech quotes the expectations do not list (EXTRA), and right / wrong / none
over the quote rows (a row whose quote is missing or not speech counts as none); claim rows are
counted separately."""
import json, sys

def verdict(name, who):
    """0 right, 1 wrong, 2 none: a speaker is right when its name contains the expected part."""
    if name is None:
        return 2
    return 0 if who in name else 1


def score(exp_path, out_path, tot):
    d = json.load(open(out_path))
    speech = [q for q in d["quotes"] if q["speech"]]
    claims = [c for c in d["claims"] if c["kind"] == "reported"]
    listed = set()
    counts = [0] * 6  # quotes right, wrong, none; claims right, wrong, none
    print("==", exp_path.split("/")[-1])
    for line in open(exp_path):
        if line.startswith("#") or not line.strip():
            continue
        kind, start, who = line.rstrip("\n").split("\t")
        if kind == "quote":
            found = next((q for q in speech if q["text"].startswith(start)), None)
            if found is not None:
                listed.add(found["start"])
            name = ((found or {}).get("speaker") or {}).get("name")
            base, label = 0, ""
        else:
            found = next((c for c in claims if c["text"].lstrip('“"').startswith(start)), None)
            name = ((found or {}).get("source") or {}).get("name")
            base, label = 3, "CLAIM-"
        v = verdict(name, who)
        counts[base + v] += 1
        missing = "" if found else " (no such quote or claim)"
        if v == 1:
            print(f"  {label}WRONG {start!r} expected {who!r} got {name!r} rule={found['rule']}")
        elif v == 2:
            print(f"  {label}NONE {start!r} expected {who!r}{missing}")
    for q in speech:
        if q["start"] not in listed:
            print(f"  EXTRA speech {q['text'][:40]!r} -> {(q.get('speaker') or {}).get('name')}")
    r, w, n, cr, cw, cn = counts
    print(f"  quotes right/wrong/none {r}/{w}/{n}; claims {cr}/{cw}/{cn}")
    lang = "fr" if "wire_fr" in exp_path else "en"
    t = tot.setdefault(lang, [0] * 6)
    for i, v in enumerate(counts):
        t[i] += v


tot = {}
args = sys.argv[1:]
for e, o in zip(args[::2], args[1::2]):
    score(e, o, tot)
for lang, t in tot.items():
    print(f"{lang} quotes right/wrong/none {t[0]}/{t[1]}/{t[2]}; claims {t[3]}/{t[4]}/{t[5]}")
