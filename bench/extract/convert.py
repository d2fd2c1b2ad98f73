#!/usr/bin/env python3
"""Turn the two development sets into plain texts and one gold format.

    bench/extract/convert.py [--data bench/extract/data] [--out bench/extract/work/gold]

Writes, under OUT:
  cnc.jsonl, cnc/train_subtask2.txt                 the Causal News Corpus V2 training set
  because-masc.jsonl, because-masc/<document>.txt   BECAUSE 2.1's MASC documents
  own-en.jsonl, own-nl.jsonl, own/<document>.txt    the project's own set, per language

Each line of a .jsonl file is one example of the set, with the text it lies in:

  {"set": "cnc", "doc": "cnc_train_05_299_259", "text": "cnc/train_subtask2.txt",
   "pairs": [{"id": "cnc_train_05_299_259_0", "cause": [[s, e]], "effect": [[s, e]],
              "sign": null, "cause_text": "...", "effect_text": "..."}]}

"text" is relative to the .jsonl file. "cause" and "effect" are lists of
[start, end) UTF-8 byte offsets into that text (more than one fragment when the
annotation is discontinuous). "sign" is "+", "-" or null where the gold has none.
Several examples may share a text: the extractor reads each text once. The own set's
examples also carry "lang" (the extractor's --lang for the text), "kind" (news or
policy) and "half" ("tune" or "check": score.py --halves cuts the set there).

Causal News Corpus (train_subtask2.csv): one row a relation, the text with
<ARG0> (cause), <ARG1> (effect) and <SIGn> (signal) tags. Rows of one sentence
(same corpus, doc_id, sent_id) form one example; a relation whose cause and effect
spans repeat another's of the same sentence (they differ only in the signal) is
kept once. The sentences go into one text, each its own paragraph (a blank line
between), in the order of the file. The corpus has no signs.

BECAUSE (brat standoff, .ann beside .txt): the events Consequence, Motivation and
Purpose with both a Cause and an Effect argument are pairs; the sign is the
event's Degree (Facilitate: +, Inhibit: -; annotation.conf makes Facilitate the
default). Seven events carry Arg0/Arg1 in place of Cause/Effect (relations
retyped from NonCausal, where Arg0 is the earlier or conditioning argument): they
are read as Cause/Effect. Events lacking a cause or an effect are counted and
left out. Means arguments and NonCausal relations are not causal pairs. Brat
offsets count characters; they are turned into byte offsets.

Own set (data/own, written for the project; data/own/SOURCE.md has the guideline):
LANG-KIND-N-NAME.txt, a plain text, and beside it LANG-KIND-N-NAME.pairs.tsv, one gold
pair a line: SIGN<TAB>CAUSE<TAB>EFFECT[<TAB>CONTEXT], SIGN "+", "-" or "none", CAUSE and
EFFECT the phrases exactly as written. Each phrase is placed where it occurs in the text
(inside CONTEXT, which must occur once, when given); of their occurrences the cause and
effect nearest each other are taken, preferring two in one sentence, and they must lie within MAX_PAIR_GAP bytes; a tie
or a phrase not found stops the conversion with the file and line. Per language and
kind, the first half of documents 1-4 by name (rounded up) is the tuning half, the rest of
them the check half; documents numbered FRESH_FROM[(lang, kind)] or more form a third half,
"fresh": written after rules had been tuned on the first two, and scored as a second
check half. Documents from 5 up to FRESH_FROM[(lang, kind)] - 1 were a fresh half once;
once their misses had been read they could no longer stand for unseen text, so they tune
(Dutch: 1, 2 and 5-49 news and 5-51 policy tune, 3 and 4 check, news 50 and policy 52 on fresh; English news 1, 2 and 5-120 and
English policy 1, 2 and 5-78 tune, 3 and 4 check, news 121 and policy 79 on fresh; documents numbered below FRESH_FROM but
written after a fresh half were written to be read: they tune from the start).
The threshold is per kind because the kinds are numbered apart and a fresh half is moved
to tuning whole, its news and its policy documents together.
"""

import argparse
import csv
import json
import os
import re
import sys
from collections import defaultdict

CAUSAL_EVENTS = ("Consequence", "Motivation", "Purpose")
DEGREE_SIGN = {"Facilitate": "+", "Inhibit": "-"}
ROLE = {"Cause": "cause", "Arg0": "cause", "Effect": "effect", "Arg1": "effect"}
CNC_TAG = re.compile(r"</?(ARG0|ARG1|SIG\d+)>")
OWN_NAME = re.compile(r"^(en|nl)-(news|policy)-([0-9]+)-[a-z0-9-]+$")
# Per language, documents from this number on were written after the rules had been tuned
# on the others, so they are a check half of their own: none of them may ever tune a rule.
# A number moves up when a fresh half's misses have been read: those documents then tune.
FRESH_FROM = {("nl", "news"): 50, ("nl", "policy"): 52, ("en", "news"): 121, ("en", "policy"): 79}
FIRST_HALVES_UP_TO = 4  # documents 1-4 are cut into a tuning and a check half
OWN_SIGN = {"+": "+", "-": "-", "none": None}
SENTENCE_END = re.compile(rb"[.!?]\s")
MAX_PAIR_GAP = 600  # bytes between a cause and its effect: the two lie in one sentence or two


def byte_offsets(text):
    """offsets[i] is the UTF-8 byte offset of character i (and of the end at len(text))."""
    offsets = [0] * (len(text) + 1)
    total = 0
    for i, ch in enumerate(text):
        offsets[i] = total
        total += len(ch.encode("utf-8"))
    offsets[len(text)] = total
    return offsets


def cnc_spans(marked):
    """The plain text of a tagged sentence and the character span of ARG0 and ARG1."""
    plain, opened, spans = [], {}, {}
    length, pos = 0, 0
    for m in CNC_TAG.finditer(marked):
        piece = marked[pos:m.start()]
        plain.append(piece)
        length += len(piece)
        pos = m.end()
        name = m.group(1)
        if m.group(0).startswith("</"):
            if name not in opened:
                raise ValueError("</%s> without <%s>" % (name, name))
            spans[name] = (opened.pop(name), length)
        else:
            opened[name] = length
    plain.append(marked[pos:])
    if opened:
        raise ValueError("unclosed <%s>" % ", ".join(sorted(opened)))
    return "".join(plain), spans


def convert_cnc(csv_path, out_dir):
    stats = {"examples": 0, "pairs": 0, "signed": 0, "duplicates_dropped": 0}
    sentences = {}  # (corpus, doc_id, sent_id) -> {"text", "pairs", "seen"}
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            try:
                text, spans = cnc_spans(row["text_w_pairs"])
            except ValueError as e:
                sys.exit("convert: %s line %d: %s" % (csv_path, line_no, e))
            if text != row["text"]:
                sys.exit("convert: %s line %d: tagged text differs from text" % (csv_path, line_no))
            if "ARG0" not in spans or "ARG1" not in spans:
                sys.exit("convert: %s line %d: no ARG0 or ARG1" % (csv_path, line_no))
            key = (row["corpus"], row["doc_id"], row["sent_id"])
            sentence = sentences.setdefault(key, {"text": text, "pairs": [], "seen": set()})
            if (spans["ARG0"], spans["ARG1"]) in sentence["seen"]:
                stats["duplicates_dropped"] += 1
                continue
            sentence["seen"].add((spans["ARG0"], spans["ARG1"]))
            sentence["pairs"].append((row["index"], spans["ARG0"], spans["ARG1"]))

    text_name = "cnc/train_subtask2.txt"
    os.makedirs(os.path.join(out_dir, "cnc"), exist_ok=True)
    base = 0
    with open(os.path.join(out_dir, text_name), "wb") as text_out, \
         open(os.path.join(out_dir, "cnc.jsonl"), "w", encoding="utf-8") as gold_out:
        for (corpus, doc_id, sent_id), sentence in sentences.items():
            text = sentence["text"]
            offsets = byte_offsets(text)
            pairs = []
            for index, (cs, ce), (es, ee) in sentence["pairs"]:
                pairs.append({"id": index,
                              "cause": [[base + offsets[cs], base + offsets[ce]]],
                              "effect": [[base + offsets[es], base + offsets[ee]]],
                              "sign": None, "cause_text": text[cs:ce], "effect_text": text[es:ee]})
            doc = "%s_%s_%s" % (corpus, doc_id, sent_id)
            gold_out.write(json.dumps({"set": "cnc", "doc": doc, "text": text_name, "pairs": pairs},
                                      ensure_ascii=False) + "\n")
            encoded = (text + "\n\n").encode("utf-8")
            text_out.write(encoded)
            base += len(encoded)
            stats["examples"] += 1
            stats["pairs"] += len(pairs)
    return stats


def read_brat(ann_path):
    """Text-bound annotations, events and attributes of one .ann file."""
    spans, events, degrees = {}, [], {}
    with open(ann_path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line:
                continue
            fields = line.split("\t")
            kind = line[0]
            try:
                if kind == "T":
                    type_and_spans = fields[1].split(" ", 1)
                    fragments = [tuple(int(n) for n in part.split())
                                 for part in type_and_spans[1].split(";")]
                    spans[fields[0]] = (type_and_spans[0], fragments, fields[2])
                elif kind == "E":
                    parts = fields[1].split()
                    event_type = parts[0].split(":")[0]
                    arguments = [tuple(p.split(":", 1)) for p in parts[1:]]
                    events.append((fields[0], event_type, arguments))
                elif kind == "A":
                    parts = fields[1].split()
                    if parts[0] == "Degree":
                        degrees[parts[1]] = parts[2]
            except (IndexError, ValueError):
                sys.exit("convert: %s line %d: not a brat annotation: %r" % (ann_path, line_no, line))
    return spans, events, degrees


def convert_because(masc_dir, out_dir):
    stats = {"examples": 0, "pairs": 0, "signed": 0, "incomplete_dropped": 0, "inhibit": 0}
    os.makedirs(os.path.join(out_dir, "because-masc"), exist_ok=True)
    names = sorted(n[:-4] for n in os.listdir(masc_dir) if n.endswith(".ann"))
    with open(os.path.join(out_dir, "because-masc.jsonl"), "w", encoding="utf-8") as gold_out:
        for name in names:
            with open(os.path.join(masc_dir, name + ".txt"), "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8")
            offsets = byte_offsets(text)
            spans, events, degrees = read_brat(os.path.join(masc_dir, name + ".ann"))
            pairs = []
            for event_id, event_type, arguments in events:
                if event_type not in CAUSAL_EVENTS:
                    continue
                roles = {ROLE[r]: spans[t] for r, t in arguments if r in ROLE}
                if "cause" not in roles or "effect" not in roles:
                    stats["incomplete_dropped"] += 1
                    continue
                pair = {"id": "%s:%s" % (name, event_id), "relation": event_type}
                for role in ("cause", "effect"):
                    _, fragments, quoted = roles[role]
                    pair[role] = [[offsets[s], offsets[e]] for s, e in fragments]
                    pair[role + "_text"] = quoted
                pair["sign"] = DEGREE_SIGN[degrees.get(event_id, "Facilitate")]
                pairs.append(pair)
            text_name = "because-masc/%s.txt" % name
            with open(os.path.join(out_dir, text_name), "wb") as f:
                f.write(raw)
            gold_out.write(json.dumps({"set": "because-masc", "doc": name, "text": text_name,
                                       "pairs": pairs}, ensure_ascii=False) + "\n")
            stats["examples"] += 1
            stats["pairs"] += len(pairs)
            stats["signed"] += len(pairs)
            stats["inhibit"] += sum(p["sign"] == "-" for p in pairs)
    return stats


def occurrences(data, phrase, lo, hi):
    found, at = [], data.find(phrase, lo, hi)
    while at >= 0:
        found.append(at)
        at = data.find(phrase, at + 1, hi)
    return found


def place_pair(data, cause, effect, context):
    """The byte spans of cause and effect in data, or a message saying why not."""
    lo, hi = 0, len(data)
    if context is not None:
        where = occurrences(data, context, 0, len(data))
        if len(where) != 1:
            return "the context occurs %d times, not once" % len(where)
        lo, hi = where[0], where[0] + len(context)
    causes, effects = occurrences(data, cause, lo, hi), occurrences(data, effect, lo, hi)
    if not causes or not effects:
        return "%s not found" % ("the cause" if not causes else "the effect")
    best, tied = None, False
    for c in causes:
        for e in effects:
            overlap = c < e + len(effect) and e < c + len(cause)
            gap = max(0, max(c, e) - min(c + len(cause), e + len(effect)))
            between = data[min(c + len(cause), e + len(effect)):max(c, e)]
            key = (overlap, SENTENCE_END.search(between) is not None, gap)
            if best is None or key < best[0]:
                best, tied = (key, c, e), False
            elif key == best[0]:
                tied = True
    (overlap, _, gap), c, e = best
    if tied:
        return "the nearest cause and effect are not unique: give a context"
    if gap > MAX_PAIR_GAP:
        return "the cause and the effect lie %d bytes apart" % gap
    return (c, c + len(cause)), (e, e + len(effect))


def read_own_pairs(path, data):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) not in (3, 4) or fields[0] not in OWN_SIGN or not all(fields[1:]):
                sys.exit("convert: %s line %d: not SIGN<TAB>CAUSE<TAB>EFFECT[<TAB>CONTEXT]"
                         % (path, line_no))
            context = fields[3].encode("utf-8") if len(fields) == 4 else None
            placed = place_pair(data, fields[1].encode("utf-8"), fields[2].encode("utf-8"), context)
            if isinstance(placed, str):
                sys.exit("convert: %s line %d: %s" % (path, line_no, placed))
            (cs, ce), (es, ee) = placed
            pairs.append({"id": "%s:%d" % (os.path.basename(path), line_no),
                          "cause": [[cs, ce]], "effect": [[es, ee]],
                          "sign": OWN_SIGN[fields[0]], "cause_text": fields[1],
                          "effect_text": fields[2]})
    return pairs


def convert_own(own_dir, out_dir):
    """The own set, one gold file a language: {"own-en": stats, "own-nl": stats}."""
    names = sorted(n[:-4] for n in os.listdir(own_dir) if n.endswith(".txt"))
    docs = defaultdict(list)  # (lang, kind) -> names
    for name in names:
        m = OWN_NAME.match(name)
        if not m:
            sys.exit("convert: %s.txt: the name is not LANG-KIND-N-NAME (en|nl, news|policy)"
                     % os.path.join(own_dir, name))
        if not os.path.exists(os.path.join(own_dir, name + ".pairs.tsv")):
            sys.exit("convert: %s.pairs.tsv is missing" % os.path.join(own_dir, name))
        docs[(m.group(1), m.group(2))].append((int(m.group(3)), name))
    os.makedirs(os.path.join(out_dir, "own"), exist_ok=True)
    all_stats = {}
    for lang in sorted({lang for lang, _ in docs}):
        stats = {"examples": 0, "pairs": 0, "signed": 0, "tune": 0, "check": 0, "fresh": 0}
        with open(os.path.join(out_dir, "own-%s.jsonl" % lang), "w", encoding="utf-8") as gold_out:
            for kind in sorted(k for l, k in docs if l == lang):
                members = sorted(docs[(lang, kind)])
                fresh_from = FRESH_FROM[(lang, kind)]
                cut = (sum(n <= FIRST_HALVES_UP_TO for n, _ in members) + 1) // 2
                for i, (number, name) in enumerate(members):
                    with open(os.path.join(own_dir, name + ".txt"), "rb") as f:
                        data = f.read()
                    try:
                        data.decode("utf-8")
                    except UnicodeDecodeError as e:
                        sys.exit("convert: %s.txt: not UTF-8 at byte %d"
                                 % (os.path.join(own_dir, name), e.start))
                    pairs = read_own_pairs(os.path.join(own_dir, name + ".pairs.tsv"), data)
                    if number >= fresh_from:
                        half = "fresh"
                    elif number > FIRST_HALVES_UP_TO:
                        half = "tune"  # a former fresh document, read since
                    else:
                        half = "tune" if i < cut else "check"
                    text_name = "own/%s.txt" % name
                    with open(os.path.join(out_dir, text_name), "wb") as f:
                        f.write(data)
                    gold_out.write(json.dumps({"set": "own-" + lang, "doc": name,
                                               "text": text_name, "lang": lang, "kind": kind,
                                               "half": half, "pairs": pairs},
                                              ensure_ascii=False) + "\n")
                    stats["examples"] += 1
                    stats[half] += 1
                    stats["pairs"] += len(pairs)
                    stats["signed"] += sum(p["sign"] is not None for p in pairs)
        all_stats["own-" + lang] = stats
    return all_stats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(here, "data"))
    parser.add_argument("--out", default=os.path.join(here, "work", "gold"))
    parser.add_argument("--own-only", action="store_true",
                        help="convert only the own set (data/own), not the two fetched sets")
    args = parser.parse_args()
    cnc_csv = os.path.join(args.data, "cnc", "train_subtask2.csv")
    masc_dir = os.path.join(args.data, "because-masc")
    own_dir = os.path.join(args.data, "own")
    fetched = [p for p in (cnc_csv, os.path.join(masc_dir, "LICENSE")) if not os.path.exists(p)]
    if fetched and not args.own_only:
        sys.exit("convert: %s is missing: place the data with bench/extract/get_data.sh "
                 "(or convert only the own set with --own-only)" % fetched[0])
    # (--own-only over a folder without own/ would convert nothing and look done)
    if args.own_only and not any(n.endswith(".txt") for n in
                                 (os.listdir(own_dir) if os.path.isdir(own_dir) else [])):
        sys.exit("convert: no document in %s: the own set's texts and pairs go there" % own_dir)
    os.makedirs(args.out, exist_ok=True)
    results = []
    if not args.own_only:
        results += [("cnc", convert_cnc(cnc_csv, args.out)),
                    ("because-masc", convert_because(masc_dir, args.out))]
    if os.path.isdir(own_dir):
        results += sorted(convert_own(own_dir, args.out).items())
    for name, stats in results:
        print("convert: %-13s %s" % (name, ", ".join("%s %d" % kv for kv in stats.items())),
              file=sys.stderr)


if __name__ == "__main__":
    main()
