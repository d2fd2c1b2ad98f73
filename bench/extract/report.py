"""The tables score.py prints."""


def fmt(value, digits=3):
    return "-" if value is None else "%.*f" % (digits, value)


def ratio(part, whole):
    return "%d/%d" % (part, whole)


def print_report(binary, results, speed, by_rule, out):
    w = out.write
    w("Extraction, development sets: %s extract --lang en (nl for the Dutch texts)\n\n" % binary)
    w("Two-way match (half of the gold span's tokens covered and half of the predicted "
      "phrase's tokens inside it):\n\n")
    w("| set | examples | gold pairs | signed | candidates | matched | precision | recall | F1 "
      "| sign accuracy |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for r in results:
        w("| %s | %d | %d | %d | %d | %d | %s | %s | %s | %s (%s) |\n" % (
            r["set"], r.get("examples", 0), r.get("gold", 0), r.get("signed", 0),
            r.get("candidates", 0), r.get("matched", 0), fmt(r["precision"]), fmt(r["recall"]),
            fmt(r["f1"]), fmt(r["sign_accuracy"]),
            ratio(r.get("sign_right", 0), r.get("sign_total", 0))))
    w("\nOne-way match (half of the predicted phrase's tokens inside the gold span; the gold "
      "may be much longer):\n\n")
    w("| set | candidates | matched (one-way) | precision (one-way) | recall (one-way) "
      "| F1 (one-way) | sign accuracy (one-way) |\n|---|---:|---:|---:|---:|---:|---:|\n")
    for r in results:
        w("| %s | %d | %d | %s | %s | %s | %s (%s) |\n" % (
            r["set"], r.get("candidates", 0), r.get("ow_matched", 0), fmt(r["ow_precision"]),
            fmt(r["ow_recall"]), fmt(r["ow_f1"]), fmt(r["ow_sign_accuracy"]),
            ratio(r.get("ow_sign_right", 0), r.get("ow_sign_total", 0))))
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
    for label, rules in by_rule.items():
        if not rules:
            continue
        if label is not None:
            w("\nBy rule, %s:\n" % (label + " half" if label in ("tune", "check", "fresh") else label))
        w("\n| rule | candidates | matched | precision | sign accuracy | matched (one-way) "
          "| precision (one-way) |\n|---|---:|---:|---:|---:|---:|---:|\n")
        for rule, r in sorted(rules.items(), key=lambda kv: -kv[1]["candidates"]):
            w("| %s | %d | %d | %s | %s | %d | %s |\n" % (
                rule, r["candidates"], r["matched"], fmt(r["matched"] / r["candidates"]),
                ratio(r["sign_right"], r["sign_total"]), r["ow_matched"],
                fmt(r["ow_matched"] / r["candidates"])))
