#!/usr/bin/env python3
"""convert.py on small hand-made files in each gold format, and on the own set's."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CONVERT = os.path.join(HERE, "..", "convert.py")

CNC_CSV = (
    "\ufeffcorpus,doc_id,sent_id,eg_id,index,text,text_w_pairs,seq_label,pair_label,context,num_sents\n"
    "cnc,d1,7,0,cnc_d1_7_0,Protests in Zürich led to arrests and clashes .,"
    "<ARG0>Protests in Zürich</ARG0> <SIG0>led to</SIG0> <ARG1>arrests</ARG1> and clashes .,1,1,,1\n"
    "cnc,d2,3,0,cnc_d2_3_0,Prices rose because of the strike .,"
    "<ARG1>Prices rose</ARG1> <SIG0>because of</SIG0> <ARG0>the strike</ARG0> .,1,1,,1\n"
    "cnc,d1,7,1,cnc_d1_7_1,Protests in Zürich led to arrests and clashes .,"
    "<ARG0>Protests in Zürich</ARG0> <SIG0>led to</SIG0> arrests and <ARG1>clashes</ARG1> .,1,1,,1\n"
    "cnc,d1,7,2,cnc_d1_7_2,Protests in Zürich led to arrests and clashes .,"
    "<ARG0>Protests in Zürich</ARG0> led <SIG1>to</SIG1> arrests and <ARG1>clashes</ARG1> .,1,1,,1\n"
)

# "Naïve" makes the character offsets of brat differ from byte offsets after it.
MASC_TXT = "Naïve rules.\nThe drought cut\nharvests, so prices rose.\nHe left after lunch.\n"
MASC_ANN = "\n".join([
    "T1\tConsequence 39 41\tso",
    "E1\tConsequence:T1 Cause:T2 Effect:T3",
    "A1\tDegree E1 Facilitate",
    "T2\tArgument 13 28;29 37\tThe drought cut harvests",
    "T3\tArgument 42 53\tprices rose",
    "T4\tConsequence 25 28\tcut",
    "E2\tConsequence:T4 Arg1:T5 Arg0:T6",
    "A2\tDegree E2 Inhibit",
    "T5\tArgument 29 37\tharvests",
    "T6\tArgument 13 24\tThe drought",
    "T7\tNonCausal 63 68\tafter",
    "E3\tNonCausal:T7 Arg0:T8 Arg1:T9",
    "T8\tArgument 69 74\tlunch",
    "T9\tArgument 55 62\tHe left",
    "T10\tMotivation 39 41\tso",
    "E4\tMotivation:T10 Effect:T3",
    "#1\tAnnotatorNotes T1\ta note",
    "",
])


class Convert(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        data = os.path.join(cls.tmp.name, "data")
        cls.out = os.path.join(cls.tmp.name, "gold")
        os.makedirs(os.path.join(data, "cnc"))
        os.makedirs(os.path.join(data, "because-masc"))
        with open(os.path.join(data, "cnc", "train_subtask2.csv"), "w", encoding="utf-8") as f:
            f.write(CNC_CSV)
        for name, content in (("doc.txt", MASC_TXT), ("doc.ann", MASC_ANN), ("LICENSE", "MIT\n")):
            with open(os.path.join(data, "because-masc", name), "w", encoding="utf-8") as f:
                f.write(content)
        done = subprocess.run([sys.executable, CONVERT, "--data", data, "--out", cls.out],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError("convert.py failed: " + done.stderr)
        cls.stderr = done.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def examples(self, name):
        with open(os.path.join(self.out, name + ".jsonl"), encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def phrase(self, example, ranges):
        with open(os.path.join(self.out, example["text"]), "rb") as f:
            text = f.read()
        return " ".join(text[s:e].decode("utf-8") for s, e in ranges)

    def test_causal_news_rows_of_one_sentence_make_one_example(self):
        examples = self.examples("cnc")
        self.assertEqual([e["doc"] for e in examples], ["cnc_d1_7", "cnc_d2_3"])
        first = examples[0]["pairs"]
        # The third row repeats the second's cause and effect with another signal.
        self.assertEqual([p["id"] for p in first], ["cnc_d1_7_0", "cnc_d1_7_1"])
        self.assertIn("duplicates_dropped 1", self.stderr)

    def test_causal_news_spans_are_byte_offsets_into_one_text(self):
        examples = self.examples("cnc")
        got = [(self.phrase(e, p["cause"]), self.phrase(e, p["effect"]), p["sign"])
               for e in examples for p in e["pairs"]]
        self.assertEqual(got, [("Protests in Zürich", "arrests", None),
                               ("Protests in Zürich", "clashes", None),
                               ("the strike", "Prices rose", None)])
        with open(os.path.join(self.out, "cnc", "train_subtask2.txt"), encoding="utf-8") as f:
            self.assertEqual(f.read(), "Protests in Zürich led to arrests and clashes .\n\n"
                                       "Prices rose because of the strike .\n\n")

    def test_because_pairs_have_their_degree_as_sign(self):
        (example,) = self.examples("because-masc")
        got = [(p["id"], self.phrase(example, p["cause"]), self.phrase(example, p["effect"]),
                p["sign"]) for p in example["pairs"]]
        # E2's Arg0/Arg1 stand for cause and effect; E3 is not causal; E4 has no cause.
        self.assertEqual(got, [("doc:E1", "The drought cut harvests", "prices rose", "+"),
                               ("doc:E2", "The drought", "harvests", "-")])
        self.assertEqual(example["pairs"][0]["cause"], [[14, 29], [30, 38]])
        self.assertIn("incomplete_dropped 1", self.stderr)


# "Financiële" makes byte offsets differ from character offsets; "de rente" occurs twice,
# and the pair takes the occurrence nearest its effect.
OWN_TEXTS = {
    "nl-news-1-rente": "De rente steeg. Financiële zorgen nemen toe.\n\n"
                       "Vanwege de rente kopen minder mensen een huis.\n",
    "nl-news-2-zorg": "Door de wachtlijsten verergeren klachten.\n",
    "nl-policy-1-stikstof": "Stikstof tast de natuur aan.\n",
    "en-policy-1-housing": "Zoning limits supply, which raises prices.\n",
}
OWN_PAIRS = {
    "nl-news-1-rente": "-\tde rente\tkopen minder mensen een huis\n"
                       "# a comment\n"
                       "none\tFinanciële zorgen\tnemen toe\n",
    "nl-news-2-zorg": "+\tde wachtlijsten\tverergeren klachten\n",
    "nl-policy-1-stikstof": "-\tStikstof\tde natuur\n",
    "en-policy-1-housing": "-\tZoning\tsupply\n+\tsupply\tprices\n",
}


class OwnSet(unittest.TestCase):
    """The own set: plain texts with a SIGN, CAUSE, EFFECT line a pair, placed by search."""

    def convert(self, texts, pairs):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        own = os.path.join(tmp.name, "data", "own")
        os.makedirs(own)
        for name, text in texts.items():
            with open(os.path.join(own, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(own, name + ".pairs.tsv"), "w", encoding="utf-8") as f:
                f.write(pairs[name])
        out = os.path.join(tmp.name, "gold")
        done = subprocess.run([sys.executable, CONVERT, "--own-only", "--data",
                               os.path.join(tmp.name, "data"), "--out", out],
                              capture_output=True, text=True)
        return done, out

    def test_pairs_are_byte_spans_with_language_kind_and_half(self):
        done, out = self.convert(OWN_TEXTS, OWN_PAIRS)
        self.assertEqual(done.returncode, 0, done.stderr)
        with open(os.path.join(out, "own-nl.jsonl"), encoding="utf-8") as f:
            examples = [json.loads(line) for line in f]
        # By kind, the first half of the documents (rounded up) is the tuning half.
        self.assertEqual([(e["doc"], e["kind"], e["half"], e["lang"]) for e in examples],
                         [("nl-news-1-rente", "news", "tune", "nl"),
                          ("nl-news-2-zorg", "news", "check", "nl"),
                          ("nl-policy-1-stikstof", "policy", "tune", "nl")])
        with open(os.path.join(out, examples[0]["text"]), "rb") as f:
            text = f.read()
        first, second = examples[0]["pairs"]
        self.assertEqual(first["cause"], [[text.rfind(b"de rente"), text.rfind(b"de rente") + 8]])
        self.assertEqual(text[first["effect"][0][0]:first["effect"][0][1]].decode("utf-8"),
                         "kopen minder mensen een huis")
        self.assertEqual((first["sign"], second["sign"]), ("-", None))
        self.assertEqual(text[second["cause"][0][0]:second["cause"][0][1]].decode("utf-8"),
                         "Financiële zorgen")
        self.assertTrue(os.path.exists(os.path.join(out, "own-en.jsonl")))
        self.assertIn("own-nl", done.stderr)

    def test_fresh_documents_start_per_language_and_former_ones_tune(self):
        # Dutch news 5-49, English news 5-120 and English policy 5-78 were fresh once and
        # now tune; Dutch news 50 on, English news 121 on and English policy 79 on are fresh; neither
        # moves the cut of documents 1-4.
        more_texts = {"nl-news-5-spoor": "Door de storing reden geen treinen.\n",
                      "nl-news-8-school": "Door de hitte sluiten scholen.\n",
                      "nl-news-50-haven": "Door de staking raken schappen leeg.\n",
                      "en-policy-6-care": "Cuts raised waiting times.\n",
                      "en-policy-7-bus": "Fare rises cut bus use.\n",
                      "en-news-9-port": "The strike closed the port.\n",
                      "en-news-120-dock": "The storm closed the dock.\n",
                      "en-news-121-mine": "The flood closed the mine.\n",
                      "en-policy-78-fare": "Fare caps raised bus use.\n",
                      "en-policy-79-rent": "Rent caps cut supply.\n"}
        more_pairs = {"nl-news-5-spoor": "-\tde storing\treden geen treinen\n",
                      "nl-news-8-school": "+\tde hitte\tsluiten scholen\n",
                      "nl-news-50-haven": "+\tde staking\traken schappen leeg\n",
                      "en-policy-6-care": "-\tCuts\twaiting times\n",
                      "en-policy-7-bus": "-\tFare rises\tbus use\n",
                      "en-news-9-port": "+\tThe strike\tclosed the port\n",
                      "en-news-120-dock": "+\tThe storm\tclosed the dock\n",
                      "en-news-121-mine": "+\tThe flood\tclosed the mine\n",
                      "en-policy-78-fare": "-\tFare caps\tbus use\n",
                      "en-policy-79-rent": "-\tRent caps\tsupply\n"}
        done, out = self.convert(dict(OWN_TEXTS, **more_texts), dict(OWN_PAIRS, **more_pairs))
        self.assertEqual(done.returncode, 0, done.stderr)
        with open(os.path.join(out, "own-nl.jsonl"), encoding="utf-8") as f:
            halves = [(e["doc"], e["half"]) for e in map(json.loads, f)]
        self.assertEqual(halves, [("nl-news-1-rente", "tune"), ("nl-news-2-zorg", "check"),
                                  ("nl-news-5-spoor", "tune"), ("nl-news-8-school", "tune"),
                                  ("nl-news-50-haven", "fresh"),
                                  ("nl-policy-1-stikstof", "tune")])
        with open(os.path.join(out, "own-en.jsonl"), encoding="utf-8") as f:
            halves = [(e["doc"], e["half"]) for e in map(json.loads, f)]
        self.assertEqual(halves, [("en-news-9-port", "tune"), ("en-news-120-dock", "tune"),
                                  ("en-news-121-mine", "fresh"),
                                  ("en-policy-1-housing", "tune"), ("en-policy-6-care", "tune"),
                                  ("en-policy-7-bus", "tune"), ("en-policy-78-fare", "tune"),
                                  ("en-policy-79-rent", "fresh")])
        self.assertIn("own-nl        examples 6, pairs 7, signed 6, tune 4, check 1, fresh 1", done.stderr)
        self.assertIn("own-en        examples 8, pairs 9, signed 9, tune 6, check 0, fresh 2", done.stderr)

    def test_a_phrase_not_in_the_text_is_named_with_its_line(self):
        pairs = dict(OWN_PAIRS, **{"nl-news-2-zorg": "+\tde wachtlijsten\tde huizenprijzen\n"})
        done, _ = self.convert(OWN_TEXTS, pairs)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("nl-news-2-zorg.pairs.tsv line 1: the effect not found", done.stderr)

    def test_a_tie_between_occurrences_asks_for_a_context(self):
        texts = dict(OWN_TEXTS, **{"nl-news-2-zorg": "Weer geld, zorg, geld.\n"})
        pairs = dict(OWN_PAIRS, **{"nl-news-2-zorg": "+\tzorg\tgeld\n"})
        done, _ = self.convert(texts, pairs)
        self.assertIn("line 1: the nearest cause and effect are not unique", done.stderr)
        pairs = dict(OWN_PAIRS, **{"nl-news-2-zorg": "+\tzorg\tgeld\tzorg, geld\n"})
        done, _ = self.convert(texts, pairs)
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_own_only_without_documents_fails_and_names_the_folder(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        with open(os.path.join(tmp.name, "nl-news-1-x.txt"), "w", encoding="utf-8") as f:
            f.write("Text.\n")  # beside own/, not in it
        done = subprocess.run([sys.executable, CONVERT, "--own-only", "--data", tmp.name,
                               "--out", os.path.join(tmp.name, "gold")],
                              capture_output=True, text=True)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("no document in " + os.path.join(tmp.name, "own"), done.stderr)

    def test_a_bad_sign_or_name_is_refused(self):
        pairs = dict(OWN_PAIRS, **{"nl-news-2-zorg": "up\tde wachtlijsten\tklachten\n"})
        done, _ = self.convert(OWN_TEXTS, pairs)
        self.assertIn("line 1: not SIGN<TAB>CAUSE<TAB>EFFECT", done.stderr)
        texts = dict(OWN_TEXTS, **{"de-news-1-x": "Text.\n"})
        done, _ = self.convert(texts, dict(OWN_PAIRS, **{"de-news-1-x": ""}))
        self.assertIn("the name is not LANG-KIND-N-NAME", done.stderr)


if __name__ == "__main__":
    unittest.main()
