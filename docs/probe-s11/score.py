#!/usr/bin/env python3
"""Scores Lede's JSON output against a wire expectation file, as tests/wire.rs checks it.

usage: score.py EXPECTED.tsv OUTPUT.json ...  (pairs). Prints each quote row that is wrong or
has no speaker, speech quotes the expectations do not list (EXTRA), and right / wrong / none
over the quote rows (a row whose quote is missing or not speech counts as none); claim rows are
counted separately."""
import json, sys

def score(exp_path, out_path, tot):
    d = json.load(open(out_path))
    speech = [q for q in d["quotes"] if q["speech"]]
    claims = [c for c in d["claims"] if c["kind"] == "reported"]
    listed = set()
    r = w = n = 0
    cr = cw = cn = 0
    print("==", exp_path.split("/")[-1])
    for line in open(exp_path):
        if line.startswith("#") or not line.strip():
            continue
        kind, start, who = line.rstrip("\n").split("\t")
        if kind == "quote":
            q = next((q for q in speech if q["text"].startswith(start)), None)
            if q is None:
                n += 1
                print(f"  NONE (no speech quote) {start!r} expected {who!r}")
                continue
            listed.add(q["start"])
            name = (q.get("speaker") or {}).get("name")
            if name is None:
                n += 1
                print(f"  NONE {start!r} expected {who!r}")
            elif who in name:
                r += 1
            else:
                w += 1
                print(f"  WRONG {start!r} expected {who!r} got {name!r} rule={q['rule']}")
        else:
            c = next((c for c in claims if c["text"].lstrip('“"').startswith(start)), None)
            name = ((c or {}).get("source") or {}).get("name")
            if c is None or name is None:
                cn += 1
                print(f"  CLAIM-NONE {start!r} expected {who!r}{'' if c else ' (no claim)'}")
            elif who in name:
                cr += 1
            else:
                cw += 1
                print(f"  CLAIM-WRONG {start!r} expected {who!r} got {name!r}")
    for q in speech:
        if q["start"] not in listed:
            print(f"  EXTRA speech {q['text'][:40]!r} -> {(q.get('speaker') or {}).get('name')}")
    print(f"  quotes right/wrong/none {r}/{w}/{n}; claims {cr}/{cw}/{cn}")
    lang = "fr" if "wire_fr" in exp_path else "en"
    t = tot.setdefault(lang, [0] * 6)
    for i, v in enumerate((r, w, n, cr, cw, cn)):
        t[i] += v

tot = {}
args = sys.argv[1:]
for e, o in zip(args[::2], args[1::2]):
    score(e, o, tot)
for lang, t in tot.items():
    print(f"{lang} quotes right/wrong/none {t[0]}/{t[1]}/{t[2]}; claims {t[3]}/{t[4]}/{t[5]}")
