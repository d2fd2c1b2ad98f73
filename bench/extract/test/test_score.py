#!/usr/bin/env python3
"""The scorer's numbers on a hand-worked example, through fake_extractor.py.

tiny-a/doc.txt: "Higher taxes reduce consumer spending. Because of the drought, crop
yields fell sharply. Trade grew." Gold: A1 "Higher taxes" -> "consumer spending" (-),
A2 "the drought" -> "crop yields fell sharply" (no sign). Three candidates:
  1 "Higher taxes" -> "consumer spending", -: matches A1, sign right.
  2 "Because of the drought, crop" -> "yields fell sharply": covers both gold cause
    tokens, but only 2 of its own 5 tokens ("the", "drought," with 7 of its 8 bytes) lie
    in the gold cause: 0.4 < 0.5, no match (the symmetric requirement).
  3 "taxes" -> "consumer spending", +: would match A1 ("taxes" is 1 of 2 gold tokens,
    0.5), but A1 is taken by 1, which overlaps it better: one to one, no match.
  precision 1/3, recall 1/2, F1 0.4, sign accuracy 1/1, every quote exact.

tiny-b/doc.txt: "Café prices rose. Because of the drought, crop yields fell sharply."
(the é makes byte and character offsets differ). Gold: B1 "the drought" -> "crop yields
fell sharply" (+). Three candidates:
  1 "drought" -> "crop yields fell", - (with its own offsets): cause 1/2 and 1/1, effect
    3/4 and 3/3: matches, sign wrong.
  2 "crop yields fell sharply" -> "the drought": reversed, no match.
  3 "drought" -> "sharply" with the quote's end one byte short: the effect has 1 of 4
    gold tokens, no match; its quote is not exact.
  precision 1/3, recall 1/1, sign accuracy 0/1, 1 reversed, 2 of 3 quotes exact.

Over both: 3 gold pairs, 6 candidates, 2 matched: precision 1/3, recall 2/3.

One-way rule (half of the predicted phrase's tokens inside the gold, nothing asked of
the gold's share): tiny-a's candidate 2 still fails (2 of its 5 cause tokens inside);
its candidate 3 and tiny-b's candidate 3 ("drought" -> "sharply", 1/1 and 1/1) now
match a gold pair, but each pair is already taken by candidate 1: the same 2 matched,
sign accuracy 1/2. SpanOverlap and OneWayMatching below show where the rules part.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "score.py")
FAKE = os.path.join(HERE, "fake_extractor.py")
TINY = os.path.join(HERE, "tiny")

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(HERE, ".."))
import pairs  # noqa: E402


def run_score(binary, env=None):
    with tempfile.TemporaryDirectory() as tmp:
        numbers = os.path.join(tmp, "numbers.json")
        done = subprocess.run([sys.executable, SCORE, binary, "--gold", TINY, "--speed-mb", "0.01",
                               "--json", numbers],
                              capture_output=True, text=True, env=dict(os.environ, **(env or {})))
        result = None
        if os.path.exists(numbers):
            with open(numbers) as f:
                result = json.load(f)
        return done, result


def score_halves(gold, tmp):
    """Runs score.py --halves with the stand-in extractor on `gold`; its run and its numbers."""
    numbers = os.path.join(tmp, "numbers.json")
    done = subprocess.run([sys.executable, SCORE, FAKE, "--gold", gold, "--speed-mb", "0",
                           "--halves", "--json", numbers], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError("score.py failed: " + done.stderr)
    with open(numbers) as f:
        return done, json.load(f)


class HandWorkedExample(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.done, cls.result = run_score(FAKE)
        if cls.done.returncode != 0:
            raise AssertionError("score.py failed: " + cls.done.stderr)
        cls.sets = {r["set"]: r for r in cls.result["sets"]}

    def test_two_gold_pairs_three_candidates(self):
        a = self.sets["tiny-a"]
        self.assertEqual((a["gold"], a["signed"], a["candidates"], a["matched"]), (2, 1, 3, 1))
        self.assertAlmostEqual(a["precision"], 1 / 3)
        self.assertAlmostEqual(a["recall"], 1 / 2)
        self.assertAlmostEqual(a["f1"], 0.4)
        self.assertEqual((a["sign_right"], a["sign_total"]), (1, 1))
        self.assertEqual((a["quotes_exact"], a["phrases_in_quote"], a["reversed"]), (3, 3, 0))

    def test_wrong_sign_reversed_pair_and_inexact_quote(self):
        b = self.sets["tiny-b"]
        self.assertEqual((b["gold"], b["candidates"], b["matched"]), (1, 3, 1))
        self.assertAlmostEqual(b["precision"], 1 / 3)
        self.assertAlmostEqual(b["recall"], 1.0)
        self.assertEqual((b["sign_right"], b["sign_total"]), (0, 1))
        self.assertEqual(b["reversed"], 1)
        self.assertEqual((b["quotes_exact"], b["phrases_in_quote"]), (2, 3))

    def test_totals_over_both_sets(self):
        total = self.sets["all"]
        self.assertEqual((total["gold"], total["candidates"], total["matched"]), (3, 6, 2))
        self.assertAlmostEqual(total["precision"], 1 / 3)
        self.assertAlmostEqual(total["recall"], 2 / 3)
        self.assertAlmostEqual(total["sign_accuracy"], 0.5)

    def test_one_way_counts_each_gold_pair_once_too(self):
        total = self.sets["all"]
        self.assertEqual(total["ow_matched"], 2)
        self.assertAlmostEqual(total["ow_precision"], 1 / 3)
        self.assertAlmostEqual(total["ow_recall"], 2 / 3)
        self.assertEqual((total["ow_sign_right"], total["ow_sign_total"]), (1, 2))
        self.assertEqual(self.result["rules"]["verb"]["ow_matched"], 1)
        self.assertIn("One-way match", self.done.stdout)
        self.assertIn("| tiny-b | 3 | 1 | 0.333 | 1.000 | 0.500 | 0.000 (0/1) |", self.done.stdout)

    def test_rules_and_speed_are_reported(self):
        self.assertEqual(self.result["rules"]["verb"]["candidates"], 3)
        self.assertEqual(self.result["rules"]["connective"]["matched"], 1)
        self.assertGreaterEqual(self.result["speed"]["bytes"], 10000)
        self.assertIn("| tiny-a | 1 | 2 | 1 | 3 | 1 | 0.333 | 0.500 | 0.400 |", self.done.stdout)


class Halves(unittest.TestCase):
    """--halves on halves/: tiny-c is one text of two examples (cut by example, at the
    blank line), tiny-d two texts (cut by text). tiny-c's second paragraph has a
    reversed candidate, tiny-d's second text none: only the check halves lose."""

    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as tmp:
            cls.done, cls.result = score_halves(os.path.join(HERE, "halves"), tmp)
        cls.sets = {r["set"]: r for r in cls.result["sets"]}

    def counts(self, name):
        r = self.sets[name]
        return (r["examples"], r["gold"], r["candidates"], r["matched"])

    def test_one_text_is_cut_between_its_examples(self):
        self.assertEqual(self.counts("tiny-c:tune"), (1, 1, 1, 1))
        self.assertEqual(self.counts("tiny-c:check"), (1, 1, 2, 1))
        self.assertEqual(self.sets["tiny-c:check"]["reversed"], 1)

    def test_several_texts_are_cut_between_texts(self):
        self.assertEqual(self.counts("tiny-d:tune"), (1, 1, 1, 1))
        self.assertEqual(self.counts("tiny-d:check"), (1, 1, 0, 0))

    def test_each_half_has_its_total_and_its_rules(self):
        self.assertEqual(self.counts("all:tune"), (2, 2, 2, 2))
        self.assertEqual(self.counts("all:check"), (2, 2, 2, 1))
        self.assertNotIn("all", self.sets)
        self.assertEqual(self.result["rules_by_half"]["check"]["marker"]["candidates"], 1)
        self.assertNotIn("marker", self.result["rules_by_half"]["tune"])
        self.assertIn("By rule, check half", self.done.stdout)


class OwnHalves(unittest.TestCase):
    """The own sets: each example says its half and its language. own-nl has three
    texts, the second of them "check" although it stands between two "tune" ones; its
    fixtures insist on --lang nl; a fourth is "fresh", a second check half. own-en has one
    text of the first two halves and none fresh. The own sets are totalled apart
    ("own:tune", "own:check", "own:fresh") and keep their own table by rule."""

    TEXTS = {"a": "Door de crisis nam de armoede toe.\n",
             "b": "Door de droogte daalde de oogst.\n",
             "c": "Door de staking reden er geen treinen.\n",
             "d": "Door de hitte sluiten de scholen.\n"}

    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as tmp:
            gold = os.path.join(tmp, "gold")
            os.makedirs(os.path.join(gold, "own"))
            for lang, halves in (("nl", (("a", "tune"), ("b", "check"), ("c", "tune"),
                                        ("d", "fresh"))),
                                 ("en", (("e1", "tune"), ("e2", "check")))):
                with open(os.path.join(gold, "own-%s.jsonl" % lang), "w") as g:
                    for name, half in halves:
                        text = cls.TEXTS.get(name, "Rising rates reduce demand.\n")
                        with open(os.path.join(gold, "own", name + ".txt"), "w") as f:
                            f.write(text)
                        words = text.split()
                        cause, effect = " ".join(words[1:3]), " ".join(words[-2:]).rstrip(".")
                        if lang == "en":
                            cause, effect = "Rising rates", "demand"
                        with open(os.path.join(gold, "own", name + ".predictions.jsonl"),
                                  "w") as f:
                            f.write(json.dumps({"quote": text.strip(), "cause": cause,
                                                "effect": effect, "sign": "+",
                                                "rule": "marker", "lang": lang}) + "\n")
                        c, e = text.find(cause), text.find(effect)
                        g.write(json.dumps({"set": "own-" + lang, "doc": name,
                                            "text": "own/%s.txt" % name, "lang": lang,
                                            "half": half, "pairs": [
                                                {"id": name, "cause": [[c, c + len(cause)]],
                                                 "effect": [[e, e + len(effect)]],
                                                 "sign": "+"}]}) + "\n")
            cls.done, cls.result = score_halves(gold, tmp)
        cls.sets = {r["set"]: r for r in cls.result["sets"]}

    def test_each_example_says_its_half(self):
        self.assertEqual((self.sets["own-nl:tune"]["examples"],
                          self.sets["own-nl:check"]["examples"]), (2, 1))
        self.assertEqual(self.sets["own-nl:tune"]["matched"], 2)
        self.assertEqual(self.sets["own-nl:check"]["matched"], 1)
        self.assertEqual(self.sets["own-nl:fresh"]["examples"], 1)
        self.assertNotIn("own-en:fresh", self.sets)

    def test_own_sets_are_totalled_apart(self):
        self.assertEqual(self.sets["own:tune"]["examples"], 3)
        self.assertEqual(self.sets["own:check"]["examples"], 2)
        self.assertEqual(self.sets["own:fresh"]["examples"], 1)
        self.assertIn("By rule, own:fresh", self.done.stdout)
        self.assertNotIn("all:tune", self.sets)
        self.assertEqual(self.result["rules_own"]["own:tune"]["marker"]["candidates"], 3)
        self.assertNotIn("tune", self.result["rules_by_half"])


class SpanOverlap(unittest.TestCase):
    text = b"Because of the drought, crop yields fell sharply."

    def span(self, phrase):
        at = self.text.find(phrase)
        return pairs.Span(self.text, [(at, at + len(phrase))])

    def test_half_the_tokens_both_ways_is_enough(self):
        self.assertIsNotNone(pairs.span_score(self.span(b"drought"), self.span(b"the drought")))

    def test_a_phrase_mostly_outside_the_gold_does_not_match(self):
        wide = self.span(b"Because of the drought, crop")
        gold = self.span(b"the drought")
        self.assertEqual(pairs.coverage(gold.tokens, wide.ranges), 1.0)
        self.assertIsNone(pairs.span_score(wide, gold))

    def test_a_token_half_inside_counts_as_covered(self):
        # "drought," has 7 of its 8 bytes inside "the drought".
        self.assertTrue(pairs.covered((15, 23), [(11, 22)]))
        self.assertFalse(pairs.covered((24, 28), [(11, 22)]))


    def test_one_word_of_a_long_gold_matches_one_way_only(self):
        word, gold = self.span(b"sharply"), self.span(b"crop yields fell sharply")
        self.assertIsNone(pairs.span_score(word, gold, pairs.TWO_WAY))
        self.assertIsNotNone(pairs.span_score(word, gold, pairs.ONE_WAY))

    def test_a_phrase_mostly_outside_the_gold_matches_under_neither_rule(self):
        wide, gold = self.span(b"Because of the drought, crop"), self.span(b"the drought")
        self.assertIsNone(pairs.span_score(wide, gold, pairs.ONE_WAY))


class OneWayMatching(unittest.TestCase):
    text = b"Because of the long drought in the south, crop yields fell sharply this year."

    def span(self, phrase):
        at = self.text.find(phrase)
        return pairs.Span(self.text, [(at, at + len(phrase))])

    def candidate(self, cause, effect):
        return {"_spans": (self.span(cause), self.span(effect))}

    def test_short_phrases_inside_the_gold_count_one_way_not_two_way(self):
        gold = [{"cause": self.span(b"the long drought in the south"),
                 "effect": self.span(b"crop yields fell sharply this year"), "sign": None}]
        candidates = [self.candidate(b"drought", b"crop yields"),
                      self.candidate(b"the long drought in the south", b"crop yields fell")]
        # The first covers 1 of 6 and 2 of 6 gold tokens: one-way only. The second covers
        # 6 of 6 and 3 of 6: both rules, and the two-way matching takes it.
        self.assertEqual(pairs.match(gold, candidates[:1], pairs.TWO_WAY), {})
        self.assertEqual(pairs.match(gold, candidates[:1], pairs.ONE_WAY), {0: 0})
        self.assertEqual(pairs.match(gold, candidates, pairs.TWO_WAY), {0: 1})
        # One to one under either rule: the better overlap wins, the other is unmatched.
        self.assertEqual(pairs.match(gold, candidates, pairs.ONE_WAY), {0: 1})


class BrokenExtractor(unittest.TestCase):
    def test_a_missing_binary_is_named(self):
        done, _ = run_score(os.path.join(HERE, "no-such-extractor"))
        self.assertEqual(done.returncode, 1)
        self.assertIn("no-such-extractor", done.stderr)
        self.assertNotIn("Traceback", done.stderr)

    def test_a_failing_run_reports_the_extractors_message(self):
        done, result = run_score(FAKE, {"FAKE_EXTRACTOR_FAIL": "1"})
        self.assertEqual(done.returncode, 1)
        self.assertIn("the lexicon is missing", done.stderr)
        self.assertIsNone(result)


if __name__ == "__main__":
    unittest.main()
