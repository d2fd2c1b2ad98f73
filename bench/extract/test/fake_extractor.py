#!/usr/bin/env python3
"""A stand-in for `causalkg extract`, to test the scorer without the extractor.

    fake_extractor.py extract FILE --lang L --source ID -o OUT

Writes to OUT one candidate for each line of FILE's fixture (FILE with .txt replaced
by .predictions.jsonl; no fixture, no candidates). A fixture line names the quote, the
cause and effect phrases, the sign and the rule; the candidate gets the quote's real
byte offsets in FILE, shifted at the end by "end_delta" when the line has one, and the
phrases' own offsets when the line says "offsets": true. With FAKE_EXTRACTOR_FAIL set
in the environment it fails as a broken extractor would. A fixture line with "lang" makes
it fail unless --lang is that language (the scorer passes each text's own language).
"""

import argparse
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["extract"])
    parser.add_argument("file")
    parser.add_argument("--lang", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("-o", dest="out", required=True)
    args = parser.parse_args()
    if os.environ.get("FAKE_EXTRACTOR_FAIL"):
        print("Extract error: %s: the lexicon is missing" % args.file, file=sys.stderr)
        return 1
    with open(args.file, "rb") as f:
        text = f.read()
    fixture = os.path.splitext(args.file)[0] + ".predictions.jsonl"
    rows = []
    if os.path.exists(fixture):
        with open(fixture, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    with open(args.out, "w", encoding="utf-8") as out:
        for row in rows:
            if row.get("lang", args.lang) != args.lang:
                sys.exit("fake_extractor: %s read with --lang %s, not %s"
                         % (args.file, args.lang, row["lang"]))
            quote = row["quote"].encode("utf-8")
            start = text.find(quote)
            if start < 0:
                sys.exit("fake_extractor: %r is not in %s" % (row["quote"], args.file))
            candidate = {"cause": row["cause"], "effect": row["effect"], "sign": row["sign"],
                         "quote": row["quote"], "start": start,
                         "end": start + len(quote) + row.get("end_delta", 0),
                         "modality": "asserted", "confidence": 0.8, "rule": row["rule"],
                         "negated": False, "source": args.source}
            if row.get("offsets"):
                for role in ("cause", "effect"):
                    at = start + quote.find(row[role].encode("utf-8"))
                    candidate[role + "_start"] = at
                    candidate[role + "_end"] = at + len(row[role].encode("utf-8"))
            out.write(json.dumps(candidate, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
