#!/usr/bin/env python3
"""Score the claim extractor against the development sets.

    bench/extract/score.py [BINARY] [--gold DIR] [--speed-mb N] [--json FILE]

BINARY (default build/causalkg) is run as
    BINARY extract TEXT --lang en --source ID -o CANDIDATES.jsonl
once on each text of the gold (bench/extract/convert.py writes it, one .jsonl a set),
with CAUSALKG_DB pointing at a scratch database, after one untimed run on a short text.

What is measured, per set and over all sets:

Pairs. A candidate is a cause/effect pair. Its cause and effect phrases are placed in
the file by "cause_start"/"cause_end"/"effect_start"/"effect_end" when the candidate has
them (byte offsets into the file), else by finding each phrase in the candidate's
quote and adding "start" (a phrase found more than once: the first cause and effect
occurrences that do not overlap each other; a phrase not in its quote: the candidate
cannot match).

A predicted span P matches a gold span G when both
  (a) at least half of G's tokens are covered by P, and
  (b) at least half of P's tokens are covered by G.
A span's tokens are the maximal runs of non-whitespace bytes (ASCII whitespace) inside its
byte ranges; a token is covered by a span when at least half of its bytes lie inside
the span's byte ranges. (a) alone would reward a phrase of the whole sentence, (b) alone
a single word of the gold phrase; together they ask for a phrase that is mostly the gold
one, while forgiving a determiner or a trailing comma. A candidate matches a gold pair
when its cause matches the gold cause and its effect the gold effect. Matching is one to
one within each text: a maximum matching of candidates to gold pairs (augmenting paths;
each gold pair tries its candidates best overlap first), so a claim found twice counts
once and the second copy is a false positive.
  precision = matched candidates / candidates
  recall    = matched gold pairs / gold pairs
Sign accuracy: of the matched pairs whose gold has a sign (+ or -), the share whose
candidate has the same sign ("?" is wrong). Reversed: unmatched candidates that would
match a gold pair with cause and effect swapped (a diagnostic; they count as false).
Every candidate counts, negated ones included.

Verbatim: quotes exact = candidates with 0 <= start <= end <= file size and
file[start:end] == quote (UTF-8); phrases in quote = candidates whose cause and effect
both occur verbatim in their quote.

Speed: MB (10^6 bytes) of text a second of wall time. Per set over its runs (process
start included, one process a text); and for one run on a single file of every
development text concatenated, repeated to at least --speed-mb MB.

Exit status: 0 when every run of the extractor succeeded, 1 when one failed or its
output was unreadable, 2 for bad usage.
"""

import argparse
import bisect
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict, defaultdict

TOKEN = re.compile(rb"\S+")
REQUIRED = ("cause", "effect", "sign", "quote", "start", "end")
WARM_UP_TEXT = "Higher taxes reduce consumer spending.\n"


class ExtractorFailed(Exception):
    pass


# ---- spans and tokens ------------------------------------------------------------

def tokens(text, ranges):
    """Byte ranges of the whitespace-separated tokens inside ranges."""
    found = []
    for start, end in ranges:
        for m in TOKEN.finditer(text, start, end):
            found.append((m.start(), m.end()))
    return found


def covered(token, ranges):
    inside = sum(max(0, min(token[1], e) - max(token[0], s)) for s, e in ranges)
    return 2 * inside >= token[1] - token[0]


def coverage(toks, ranges):
    """Share of toks covered by ranges (0 when there are no tokens)."""
    if not toks:
        return 0.0
    return sum(1 for t in toks if covered(t, ranges)) / len(toks)


class Span:
    def __init__(self, text, ranges):
        self.ranges = [tuple(r) for r in ranges]
        self.tokens = tokens(text, self.ranges)
        self.lo = min(s for s, _ in self.ranges)
        self.hi = max(e for _, e in self.ranges)


def span_score(pred, gold):
    """Sum of both coverages when the spans match, else None."""
    of_gold = coverage(gold.tokens, pred.ranges)
    of_pred = coverage(pred.tokens, gold.ranges)
    if of_gold >= 0.5 and of_pred >= 0.5:
        return of_gold + of_pred
    return None


def pair_score(cause, effect, gold):
    c = span_score(cause, gold["cause"])
    if c is None:
        return None
    e = span_score(effect, gold["effect"])
    return None if e is None else c + e


# ---- candidates ------------------------------------------------------------------

def occurrences(haystack, needle):
    found, at = [], haystack.find(needle)
    while needle and at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def explicit_range(candidate, role, size):
    s, e = candidate.get(role + "_start"), candidate.get(role + "_end")
    if is_int(s) and is_int(e) and 0 <= s <= e <= size:
        return (s, e)
    return None


def place_phrases(candidate, size):
    """Byte ranges of the cause and effect in the file, or None when they cannot be placed."""
    cause = explicit_range(candidate, "cause", size)
    effect = explicit_range(candidate, "effect", size)
    if cause and effect:
        return cause, effect
    if not 0 <= candidate["start"] <= size:
        return None
    quote = candidate["quote"].encode("utf-8")
    c_text, e_text = candidate["cause"].encode("utf-8"), candidate["effect"].encode("utf-8")
    causes, effects = occurrences(quote, c_text), occurrences(quote, e_text)
    if not causes or not effects:
        return None
    chosen = (causes[0], effects[0])
    for c in causes:
        free = [e for e in effects if e + len(e_text) <= c or c + len(c_text) <= e]
        if free:
            chosen = (c, free[0])
            break
    base = candidate["start"]
    return ((base + chosen[0], base + chosen[0] + len(c_text)),
            (base + chosen[1], base + chosen[1] + len(e_text)))


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def well_formed(candidate):
    return (isinstance(candidate, dict)
            and all(k in candidate for k in REQUIRED)
            and all(isinstance(candidate[k], str) for k in ("cause", "effect", "sign", "quote"))
            and is_int(candidate["start"]) and is_int(candidate["end"]))


def read_candidates(path, text):
    """Candidates of one run, each with its placed spans (or None), and counters."""
    counts = defaultdict(int)
    candidates = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError:
                counts["malformed"] += 1
                continue
            if not well_formed(c):
                counts["malformed"] += 1
                continue
            quote = c["quote"].encode("utf-8")
            if 0 <= c["start"] <= c["end"] <= len(text) and text[c["start"]:c["end"]] == quote:
                counts["quotes_exact"] += 1
            if c["cause"].encode("utf-8") in quote and c["effect"].encode("utf-8") in quote:
                counts["phrases_in_quote"] += 1
            placed = place_phrases(c, len(text))
            c["_spans"] = (Span(text, [placed[0]]), Span(text, [placed[1]])) if placed else None
            candidates.append(c)
    return candidates, counts


# ---- matching --------------------------------------------------------------------

def near(candidates_by_lo, los, longest, lo, hi):
    """Indices of placed candidates whose extent may overlap [lo, hi)."""
    first = bisect.bisect_left(los, lo - longest)
    last = bisect.bisect_left(los, hi)
    return [candidates_by_lo[i] for i in range(first, last)]


def match(gold_pairs, candidates):
    """One-to-one matching: {gold index: candidate index}."""
    placed = [(min(c["_spans"][0].lo, c["_spans"][1].lo), i)
              for i, c in enumerate(candidates) if c["_spans"]]
    placed.sort()
    los = [lo for lo, _ in placed]
    order = [i for _, i in placed]
    longest = max((max(candidates[i]["_spans"][0].hi, candidates[i]["_spans"][1].hi) - lo
                   for lo, i in placed), default=0)
    edges = []
    for g in gold_pairs:
        lo = min(g["cause"].lo, g["effect"].lo)
        hi = max(g["cause"].hi, g["effect"].hi)
        scored = []
        for i in near(order, los, longest, lo, hi):
            s = pair_score(*candidates[i]["_spans"], g)
            if s is not None:
                scored.append((-s, i))
        edges.append([i for _, i in sorted(scored)])

    owner = {}  # candidate index -> gold index

    def augment(g, seen):
        for i in edges[g]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = g
                return True
        return False

    sys.setrecursionlimit(max(1000, 4 * len(gold_pairs) + 100))
    for g in range(len(gold_pairs)):
        if edges[g]:
            augment(g, set())
    return {g: i for i, g in owner.items()}


def reversed_count(gold_pairs, candidates, matched_candidates):
    count = 0
    for i, c in enumerate(candidates):
        if i in matched_candidates or not c["_spans"]:
            continue
        cause, effect = c["_spans"]
        if any(pair_score(effect, cause, g) is not None for g in gold_pairs):
            count += 1
    return count


# ---- running the extractor -------------------------------------------------------

def run_extractor(binary, text_path, source, out_path, env, timeout):
    command = [binary, "extract", text_path, "--lang", "en", "--source", source, "-o", out_path]
    begin = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=timeout)
    except OSError as e:
        raise ExtractorFailed("cannot run %s: %s" % (binary, e.strerror))
    except subprocess.TimeoutExpired:
        raise ExtractorFailed("%s took more than %d s on %s" % (binary, timeout, text_path))
    seconds = time.perf_counter() - begin
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractorFailed("%s extract failed on %s (exit %d)%s" % (
            binary, text_path, done.returncode, ": " + " / ".join(message[-3:]) if message else ""))
    if not os.path.exists(out_path):
        raise ExtractorFailed("%s extract wrote no %s" % (binary, out_path))
    return seconds


def load_gold(path):
    """Gold examples grouped by text: {text path: [example, ...]} in file order."""
    texts = OrderedDict()
    base = os.path.dirname(path)
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                example = json.loads(line)
                text_path = os.path.join(base, example["text"])
                example["pairs"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise SystemExit("score: %s line %d: not a gold example" % (path, line_no))
            texts.setdefault(text_path, []).append(example)
    return texts


def score_set(name, gold_path, binary, work, env, timeout, by_rule):
    result = defaultdict(int)
    result["set"] = name
    for text_number, (text_path, examples) in enumerate(load_gold(gold_path).items()):
        with open(text_path, "rb") as f:
            text = f.read()
        source = os.path.splitext(os.path.basename(text_path))[0]
        out_path = os.path.join(work, "%s-%d.jsonl" % (name, text_number))
        result["seconds"] += run_extractor(binary, text_path, source, out_path, env, timeout)
        result["texts"] += 1
        result["bytes"] += len(text)
        try:
            candidates, counts = read_candidates(out_path, text)
        except (OSError, UnicodeDecodeError) as e:
            raise ExtractorFailed("cannot read %s: %s" % (out_path, e))
        for k, v in counts.items():
            result[k] += v
        gold_pairs = []
        for example in examples:
            result["examples"] += 1
            for p in example["pairs"]:
                gold_pairs.append({"cause": Span(text, p["cause"]), "effect": Span(text, p["effect"]),
                                   "sign": p.get("sign")})
        matched = match(gold_pairs, candidates)
        result["gold"] += len(gold_pairs)
        result["signed"] += sum(1 for g in gold_pairs if g["sign"] in ("+", "-"))
        result["candidates"] += len(candidates)
        result["negated"] += sum(1 for c in candidates if c.get("negated") is True)
        result["unplaced"] += sum(1 for c in candidates if not c["_spans"])
        result["matched"] += len(matched)
        result["reversed"] += reversed_count(gold_pairs, candidates, set(matched.values()))
        matched_by_candidate = {i: g for g, i in matched.items()}
        for i, c in enumerate(candidates):
            rule = by_rule[str(c.get("rule", "?"))]
            rule["candidates"] += 1
            if i in matched_by_candidate:
                rule["matched"] += 1
                gold_sign = gold_pairs[matched_by_candidate[i]]["sign"]
                if gold_sign in ("+", "-"):
                    rule["sign_total"] += 1
                    result["sign_total"] += 1
                    if c["sign"] == gold_sign:
                        rule["sign_right"] += 1
                        result["sign_right"] += 1
    return finish(result)


COUNTS = ("texts", "examples", "bytes", "gold", "signed", "candidates", "matched", "sign_right",
          "sign_total", "reversed", "negated", "unplaced", "malformed", "quotes_exact",
          "phrases_in_quote")


def finish(r):
    r = dict(r)
    for k in COUNTS:
        r.setdefault(k, 0)
    r.setdefault("seconds", 0.0)
    r["precision"] = r["matched"] / r["candidates"] if r.get("candidates") else None
    r["recall"] = r["matched"] / r["gold"] if r.get("gold") else None
    p, rec = r["precision"], r["recall"]
    r["f1"] = 2 * p * rec / (p + rec) if p and rec else (0.0 if p == 0 or rec == 0 else None)
    r["sign_accuracy"] = r["sign_right"] / r["sign_total"] if r.get("sign_total") else None
    r["mb_per_s"] = r["bytes"] / 1e6 / r["seconds"] if r.get("seconds") else None
    return r


def total(results):
    summed = defaultdict(int)
    summed["set"] = "all"
    for r in results:
        for k, v in r.items():
            if isinstance(v, int) and not isinstance(v, bool):
                summed[k] += v
            elif k == "seconds":
                summed[k] += v
    return finish(summed)


def speed_run(binary, gold_paths, mb, work, env, timeout):
    """One run over every development text concatenated, repeated to at least mb MB."""
    parts = []
    for gold_path in gold_paths:
        for text_path in load_gold(gold_path):
            with open(text_path, "rb") as f:
                parts.append(f.read())
    unit = b"\n\n".join(parts) + b"\n\n"
    if not unit.strip():
        return None
    path = os.path.join(work, "speed.txt")
    with open(path, "wb") as f:
        size = 0
        while size < mb * 1e6:
            f.write(unit)
            size += len(unit)
    seconds = run_extractor(binary, path, "speed", os.path.join(work, "speed.jsonl"), env, timeout)
    return {"bytes": size, "seconds": seconds, "mb_per_s": size / 1e6 / seconds}


# ---- report ----------------------------------------------------------------------

def fmt(value, digits=3):
    return "-" if value is None else "%.*f" % (digits, value)


def ratio(part, whole):
    return "%d/%d" % (part, whole)


def print_report(binary, results, speed, by_rule, out):
    w = out.write
    w("Extraction, development sets: %s extract --lang en\n\n" % binary)
    w("| set | examples | gold pairs | signed | candidates | matched | precision | recall | F1 "
      "| sign accuracy |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for r in results:
        w("| %s | %d | %d | %d | %d | %d | %s | %s | %s | %s (%s) |\n" % (
            r["set"], r.get("examples", 0), r.get("gold", 0), r.get("signed", 0),
            r.get("candidates", 0), r.get("matched", 0), fmt(r["precision"]), fmt(r["recall"]),
            fmt(r["f1"]), fmt(r["sign_accuracy"]),
            ratio(r.get("sign_right", 0), r.get("sign_total", 0))))
    w("\n| set | texts | MB | seconds | MB/s | quotes exact | phrases in quote | unplaced "
      "| malformed | negated | reversed |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for r in results:
        n = r.get("candidates", 0)
        w("| %s | %d | %.3f | %.2f | %s | %s | %s | %d | %d | %d | %d |\n" % (
            r["set"], r.get("texts", 0), r.get("bytes", 0) / 1e6, r.get("seconds", 0.0),
            fmt(r["mb_per_s"], 2), ratio(r.get("quotes_exact", 0), n),
            ratio(r.get("phrases_in_quote", 0), n), r.get("unplaced", 0),
            r.get("malformed", 0), r.get("negated", 0), r.get("reversed", 0)))
    if speed:
        w("\nSpeed, one process on %.2f MB of the development texts: %.2f s, %.2f MB/s\n" % (
            speed["bytes"] / 1e6, speed["seconds"], speed["mb_per_s"]))
    if by_rule:
        w("\n| rule | candidates | matched | precision | sign accuracy |\n|---|---:|---:|---:|---:|\n")
        for rule, r in sorted(by_rule.items(), key=lambda kv: -kv[1]["candidates"]):
            w("| %s | %d | %d | %s | %s |\n" % (
                rule, r["candidates"], r["matched"], fmt(r["matched"] / r["candidates"]),
                ratio(r["sign_right"], r["sign_total"])))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(
        description="Score the claim extractor against the development sets.",
        epilog="The measures are defined at the top of this script.")
    parser.add_argument("binary", nargs="?", default="build/causalkg",
                        help="the causalkg binary (default build/causalkg)")
    parser.add_argument("--gold", default=os.path.join(here, "work", "gold"),
                        help="directory of the gold .jsonl files (default bench/extract/work/gold)")
    parser.add_argument("--speed-mb", type=float, default=2.0,
                        help="MB of text for the one-process speed run (0: none; default 2)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds a run may take")
    parser.add_argument("--json", help="also write the numbers to this file as JSON")
    args = parser.parse_args()

    if not os.path.isdir(args.gold):
        parser.exit(2, "score: no gold in %s: run bench/extract/convert.py first\n" % args.gold)
    gold_paths = sorted(os.path.join(args.gold, n) for n in os.listdir(args.gold)
                        if n.endswith(".jsonl"))
    if not gold_paths:
        parser.exit(2, "score: no .jsonl files in %s\n" % args.gold)
    binary = args.binary if os.sep in args.binary else os.path.join(os.curdir, args.binary)

    with tempfile.TemporaryDirectory(prefix="causalkg-extract-bench-") as work:
        env = dict(os.environ, CAUSALKG_DB=os.path.join(work, "db"))
        by_rule = defaultdict(lambda: defaultdict(int))
        try:
            warm_up = os.path.join(work, "warm-up.txt")
            with open(warm_up, "w", encoding="utf-8") as f:
                f.write(WARM_UP_TEXT)
            run_extractor(binary, warm_up, "warm-up", os.path.join(work, "warm-up.jsonl"), env,
                          args.timeout)
            results = []
            for path in gold_paths:
                name = os.path.splitext(os.path.basename(path))[0]
                results.append(score_set(name, path, binary, work, env, args.timeout, by_rule))
            speed = None
            if args.speed_mb > 0:
                speed = speed_run(binary, gold_paths, args.speed_mb, work, env, args.timeout)
        except ExtractorFailed as e:
            print("score: %s" % e, file=sys.stderr)
            return 1
    if len(results) > 1:
        results.append(total(results))
    print_report(args.binary, results, speed, by_rule, sys.stdout)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"sets": results, "speed": speed,
                       "rules": {k: dict(v) for k, v in by_rule.items()}}, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
