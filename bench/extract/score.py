#!/usr/bin/env python3
"""Score the claim extractor against the development sets.

    bench/extract/score.py [BINARY] [--gold DIR] [--speed-mb N] [--json FILE] [--halves]

BINARY (default build/causalkg) is run as
    BINARY extract TEXT --lang LANG --source ID -o CANDIDATES.jsonl
(LANG the examples' "lang", en where they have none) once on each text of the gold (bench/extract/convert.py writes it, one .jsonl a set),
with CAUSALKG_DB pointing at a scratch database, after one untimed run on a short text.

What is measured, per set and over all sets:

Pairs. A candidate is a cause/effect pair. Its cause and effect phrases are placed in
the file by "cause_start"/"cause_end"/"effect_start"/"effect_end" when the candidate has
them (byte offsets into the file), else by finding each phrase in the candidate's
quote and adding "start" (a phrase found more than once: the first cause and effect
occurrences that do not overlap each other; a phrase not in its quote: the candidate
cannot match).

Two match rules are reported, each with its own precision, recall, F1 and sign accuracy.
Two-way (the main columns; the stricter): a predicted span P matches a gold span G when both
  (a) at least half of G's tokens are covered by P, and
  (b) at least half of P's tokens are covered by G.
One-way (the columns labelled "one-way"; the literal reading of "both phrases overlap the
gold spans by half their tokens or more"): P matches G when (b) holds, whatever share of
G it covers, so a single word of a long gold clause matches it.
A span's tokens are the maximal runs of non-whitespace bytes (ASCII whitespace) inside its
byte ranges; a token is covered by a span when at least half of its bytes lie inside
the span's byte ranges. (a) alone would reward a phrase of the whole sentence, (b) alone
a single word of the gold phrase; together they ask for a phrase that is mostly the gold
one, while forgiving a determiner or a trailing comma. A candidate matches a gold pair
when its cause matches the gold cause and its effect the gold effect. Matching is one to
one within each text, under each rule on its own: a maximum matching of candidates to gold
pairs (augmenting paths; each gold pair tries its candidates best overlap first), so a claim
found twice counts once and the second copy is a false positive.
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

Halves (--halves): each set is scored as two halves, a tuning half and a check half
(halves_of says where each set is cut: MASC by document, its first 6 of 12 to tune; the
Causal News Corpus by example, its first 812 of 1624 to tune; the own sets by document,
as each example's "half" says: half of documents 1-4 of each kind, former fresh
documents in the tuning half, and a third half "fresh" of documents written later,
scored as a second check half; convert.py's FRESH_FROM says where, per language). Rules are tuned on the
tuning half only; the check halves show how much of a gain is general. Without --halves
the whole of each set is one row, as before.

Exit status: 0 when every run of the extractor succeeded, 1 when one failed or its
output was unreadable, 2 for bad usage.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict, defaultdict

sys.dont_write_bytecode = True  # the helper modules beside this script leave no cache
from candidates import read_candidates  # noqa: E402
from pairs import ONE_WAY, TWO_WAY, Span, match, reversed_count  # noqa: E402
from report import print_report  # noqa: E402

WARM_UP_TEXT = "Higher taxes reduce consumer spending.\n"


class ExtractorFailed(Exception):
    pass


def run_extractor(binary, text_path, source, out_path, env, timeout, lang="en"):
    command = [binary, "extract", text_path, "--lang", lang, "--source", source, "-o", out_path]
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


HALVES = ("tune", "check", "fresh")


def halves_of(texts):
    """The tuning and check halves of a set: [(label, [(text path, examples, (lo, hi))])].

    A set whose examples each say their "half" is split so (the own sets, by document);
    a set of several texts is split by text: the first half of them (rounded up) is "tune",
    the rest "check". A set of one text is split by example: the first half of its
    examples (rounded up) is "tune"; the byte range of each half runs from the blank line
    before its first example's earliest span, so a candidate belongs to the half its quote
    starts in.
    """
    items = list(texts.items())
    if all(ex.get("half") in HALVES for _, examples in items for ex in examples):
        return [(label, [(t, ex, None) for t, ex in items if ex[0]["half"] == label])
                for label in HALVES
                if label != "fresh" or any(ex[0]["half"] == label for _, ex in items)]
    if len(items) > 1:
        cut = (len(items) + 1) // 2
        return [("tune", [(t, ex, None) for t, ex in items[:cut]]),
                ("check", [(t, ex, None) for t, ex in items[cut:]])]
    text_path, examples = items[0]
    cut = (len(examples) + 1) // 2
    if cut >= len(examples):
        return [("tune", [(text_path, examples, None)]), ("check", [])]
    with open(text_path, "rb") as f:
        text = f.read()
    first = min(r[0] for p in examples[cut]["pairs"] for role in ("cause", "effect")
                for r in p[role])
    boundary = text.rfind(b"\n\n", 0, first)
    boundary = 0 if boundary < 0 else boundary + 2
    return [("tune", [(text_path, examples[:cut], (0, boundary))]),
            ("check", [(text_path, examples[cut:], (boundary, len(text)))])]


def is_own(name):
    return name.startswith("own-")


def rule_table(name, label):
    """Which by-rule table a set's half adds to: the own sets keep theirs apart, so the
    fetched sets' table reads as it did before the own sets were added."""
    if not is_own(name):
        return label
    return "own" if label is None else "own:" + label


def score_set(name, gold_path, binary, work, env, timeout, by_rule, halves=False):
    """The set's results: one, or with halves one for its tuning half and one for its check
    half (named NAME:tune and NAME:check); by_rule is keyed by the half's label (None)."""
    texts = load_gold(gold_path)
    parts = halves_of(texts) if halves else [(None, [(t, ex, None) for t, ex in texts.items()])]
    outputs = {}
    results = []
    for label, members in parts:
        result = defaultdict(int)
        result["set"] = name if label is None else "%s:%s" % (name, label)
        result["half"] = label
        for text_path, examples, byte_range in members:
            if text_path not in outputs:
                with open(text_path, "rb") as f:
                    text = f.read()
                source = os.path.splitext(os.path.basename(text_path))[0]
                out_path = os.path.join(work, "%s-%d.jsonl" % (name, len(outputs)))
                seconds = run_extractor(binary, text_path, source, out_path, env, timeout,
                                        examples[0].get("lang", "en"))
                outputs[text_path] = (text, out_path, seconds)
            text, out_path, seconds = outputs[text_path]
            share = 1.0 if byte_range is None else (byte_range[1] - byte_range[0]) / max(1, len(text))
            result["seconds"] += seconds * share
            result["texts"] += 1
            result["bytes"] += len(text) if byte_range is None else byte_range[1] - byte_range[0]
            try:
                candidates, counts = read_candidates(out_path, text, byte_range)
            except (OSError, UnicodeDecodeError) as e:
                raise ExtractorFailed("cannot read %s: %s" % (out_path, e))
            for k, v in counts.items():
                result[k] += v
            score_text(result, by_rule[rule_table(name, label)], text, examples, candidates)
        results.append(finish(result))
    return results


def score_text(result, by_rule, text, examples, candidates):
    gold_pairs = []
    for example in examples:
        result["examples"] += 1
        for p in example["pairs"]:
            gold_pairs.append({"cause": Span(text, p["cause"]), "effect": Span(text, p["effect"]),
                               "sign": p.get("sign")})
    matched = match(gold_pairs, candidates, TWO_WAY)
    one_way = match(gold_pairs, candidates, ONE_WAY)
    result["ow_matched"] += len(one_way)
    one_way_by_candidate = {i: g for g, i in one_way.items()}
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
        if i in one_way_by_candidate:
            rule["ow_matched"] += 1
            gold_sign = gold_pairs[one_way_by_candidate[i]]["sign"]
            if gold_sign in ("+", "-"):
                result["ow_sign_total"] += 1
                result["ow_sign_right"] += c["sign"] == gold_sign
        if i in matched_by_candidate:
            rule["matched"] += 1
            gold_sign = gold_pairs[matched_by_candidate[i]]["sign"]
            if gold_sign in ("+", "-"):
                rule["sign_total"] += 1
                result["sign_total"] += 1
                if c["sign"] == gold_sign:
                    rule["sign_right"] += 1
                    result["sign_right"] += 1


COUNTS = ("texts", "examples", "bytes", "gold", "signed", "candidates", "matched", "sign_right",
          "sign_total", "reversed", "negated", "unplaced", "malformed", "quotes_exact",
          "phrases_in_quote", "ow_matched", "ow_sign_right", "ow_sign_total")


def measures(r, prefix):
    """precision, recall, F1 and sign accuracy from the counts named with prefix."""
    matched = r[prefix + "matched"]
    r[prefix + "precision"] = matched / r["candidates"] if r.get("candidates") else None
    r[prefix + "recall"] = matched / r["gold"] if r.get("gold") else None
    p, rec = r[prefix + "precision"], r[prefix + "recall"]
    r[prefix + "f1"] = (2 * p * rec / (p + rec) if p and rec
                        else (0.0 if p == 0 or rec == 0 else None))
    total_signed = r[prefix + "sign_total"]
    r[prefix + "sign_accuracy"] = r[prefix + "sign_right"] / total_signed if total_signed else None


def finish(r):
    """The measures of both rules: two-way unprefixed, one-way prefixed "ow_"."""
    r = dict(r)
    for k in COUNTS:
        r.setdefault(k, 0)
    r.setdefault("seconds", 0.0)
    measures(r, "")
    measures(r, "ow_")
    r["mb_per_s"] = r["bytes"] / 1e6 / r["seconds"] if r.get("seconds") else None
    return r


def total(results, label=None, group="all"):
    summed = defaultdict(int)
    summed["set"] = group if label is None else group + ":" + label
    summed["half"] = label
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
    parser.add_argument("--halves", action="store_true",
                        help="score the tuning half and the check half of each set apart "
                             "(rows NAME:tune and NAME:check; see halves_of)")
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
        by_rule = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
        try:
            warm_up = os.path.join(work, "warm-up.txt")
            with open(warm_up, "w", encoding="utf-8") as f:
                f.write(WARM_UP_TEXT)
            run_extractor(binary, warm_up, "warm-up", os.path.join(work, "warm-up.jsonl"), env,
                          args.timeout)
            results = []
            for path in gold_paths:
                name = os.path.splitext(os.path.basename(path))[0]
                results.extend(score_set(name, path, binary, work, env, args.timeout, by_rule,
                                         args.halves))
            speed = None
            if args.speed_mb > 0:
                speed = speed_run(binary, gold_paths, args.speed_mb, work, env, args.timeout)
        except ExtractorFailed as e:
            print("score: %s" % e, file=sys.stderr)
            return 1
    labels = tuple(l for l in HALVES if any(r["half"] == l for r in results)) \
        if args.halves else (None,)
    # Totals over the fetched sets ("all") and over the own sets ("own") apart: the two
    # kinds of set are annotated by different guidelines.
    for group, members in (("all", [r for r in results if not is_own(r["set"])]),
                           ("own", [r for r in results if is_own(r["set"])])):
        if len(members) > len(labels):
            results.extend([total([r for r in members if r["half"] == label], label, group)
                            for label in labels
                            if any(r["half"] == label for r in members)])
    print_report(args.binary, results, speed, by_rule, sys.stdout)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"sets": results, "speed": speed,
                       "rules": {k: dict(v) for k, v in by_rule[None].items()},
                       "rules_by_half": {label: {k: dict(v) for k, v in by_rule[label].items()}
                                         for label in HALVES if label in by_rule},
                       "rules_own": {label: {k: dict(v) for k, v in by_rule[label].items()}
                                     for label in ("own", "own:tune", "own:check", "own:fresh")
                                     if label in by_rule}},
                      f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
