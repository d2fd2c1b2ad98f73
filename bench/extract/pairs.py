"""Spans, their tokens, and the one-to-one matching of candidate pairs to gold pairs.

The definitions (tokens, coverage, a match under either rule) are those of score.py's
docstring.
"""

import bisect
import re
import sys

TOKEN = re.compile(rb"\S+")

TWO_WAY = "two-way"  # half of the gold's tokens covered and half of the prediction's inside
ONE_WAY = "one-way"  # half of the prediction's tokens inside the gold
RULES = (TWO_WAY, ONE_WAY)


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


def span_score(pred, gold, rule=TWO_WAY):
    """Sum of both coverages when the spans match under rule, else None."""
    of_gold = coverage(gold.tokens, pred.ranges)
    of_pred = coverage(pred.tokens, gold.ranges)
    if of_pred >= 0.5 and (rule == ONE_WAY or of_gold >= 0.5):
        return of_gold + of_pred
    return None


def pair_score(cause, effect, gold, rule=TWO_WAY):
    c = span_score(cause, gold["cause"], rule)
    if c is None:
        return None
    e = span_score(effect, gold["effect"], rule)
    return None if e is None else c + e


def near(candidates_by_lo, los, longest, lo, hi):
    """Indices of placed candidates whose extent may overlap [lo, hi)."""
    first = bisect.bisect_left(los, lo - longest)
    last = bisect.bisect_left(los, hi)
    return [candidates_by_lo[i] for i in range(first, last)]


def match(gold_pairs, candidates, rule=TWO_WAY):
    """One-to-one matching under rule: {gold index: candidate index}."""
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
            s = pair_score(*candidates[i]["_spans"], g, rule)
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
