"""Reading the extractor's candidates and placing their phrases in the text."""

import json
from collections import defaultdict

from pairs import Span

REQUIRED = ("cause", "effect", "sign", "quote", "start", "end")


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


def read_candidates(path, text, byte_range=None):
    """Candidates of one run, each with its placed spans (or None), and counters; with
    byte_range (lo, hi), only those whose quote starts in it."""
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
            if byte_range and not byte_range[0] <= c["start"] < byte_range[1]:
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
