#!/usr/bin/env python3
"""Score the extractor against the hand-written gold annotations of this corpus.

For each gold/NNN_slug.toml whose texts/NNN_slug.txt is present, run the extractor
on that one text, with the gold file's published/publisher/url given through a
manifest, and compare:

  grades   judgement + grade + event date (year, and month where the gold has one;
           a gold event without a date matches an extracted event of any date;
           an extracted event dated only as before another matches only one
           without a date)
  quotes   gold quote text is a substring of an extracted quote's text (whitespace
           normalised) and the extracted speaker's name or an alias matches the gold
           speaker ("A|B" in the gold lists acceptable alternatives). Precision is
           over the extracted statement quotes (fragment = false).
  events   kind + date: the extracted date starts with the gold date. Recall counts
           gold events whose date the text states (not date_source = "article");
           precision counts extracted events matched by any gold event of that kind.

Usage: score.py [--bin PATH] [--only SUBSTRING] [--gold DIR] [--texts DIR]
  --gold DIR   folder of NNN_slug.toml annotations (default: gold/ beside this script;
               the held-out set is heldout/)
  --texts DIR  folder of the matching NNN_slug.txt texts (default: texts/ beside this script)
Python 3.11+ (tomllib), standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The repository's release build: `cargo build --release --bin extract`.
DEFAULT_BIN = HERE.parent.parent / "target" / "release" / "extract"
VISIT_KINDS = {"monitoring_visit", "focused_visit"}
TITLES = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "sir", "dame",
          "lord", "lady", "professor", "prof", "the", "rt", "hon", "right",
          "honourable", "mayor", "cllr."}


def norm_ws(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def norm_name(s):
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", s.lower())
    while words and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def date_match(extracted, gold, precision=None):
    """extracted, gold: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. precision: compare only the
    first n parts of the gold date (None: all of them)."""
    if gold is None:
        return True
    if extracted is None:
        return False
    g = gold.split("-")
    if precision is not None:
        g = g[:precision]
    e = extracted.split("-")
    if len(e) < len(g):
        return False
    return e[:len(g)] == g


def ev_value(ev):
    """An extracted event's date value, or None where it has none to compare: an event
    the extractor dates only as before another ("once 'inadequate'") matches only a gold
    event without a date."""
    date = ev.get("date")
    if not date or date.get("before"):
        return None
    return date["value"]


def ev_label(ev):
    date = ev.get("date")
    if not date:
        return "?"
    return ("before " if date.get("before") else "") + date["value"]


def run_extractor(binary, text_path, gold):
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "sources.toml"
        lines = ["[[source]]", f'file = "{text_path.name}"']
        for key in ("published", "publisher", "url"):
            if key in gold:
                val = str(gold[key]).replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'{key} = "{val}"')
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = subprocess.run([str(binary), "--manifest", str(manifest), str(text_path)],
                              capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        return None, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def speaker_names(person):
    names = [person.get("name", "")] + list(person.get("aliases", []))
    if person.get("kind") == "organisation" or person.get("id") == "ofsted":
        names.append(person.get("id", ""))
    return {norm_name(n) for n in names if n}


def speaker_ok(gold_speaker, person):
    if person is None:
        return False
    have = speaker_names(person)
    for alt in gold_speaker.split("|"):
        want = norm_name(alt)
        if want in have:
            return True
        # "Shaun Davies" against "Councillor Davies" style aliases: same surname and
        # the extracted full name ends with the gold name
        if any(h.endswith(" " + want) or want.endswith(" " + h) and len(h.split()) > 1
               for h in have):
            return True
    return False


class Tally:
    def __init__(self):
        self.tp_recall = 0
        self.gold = 0
        self.tp_prec = 0
        self.extracted = 0

    def add(self, other):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def line(self, name):
        p = self.tp_prec / self.extracted if self.extracted else float("nan")
        r = self.tp_recall / self.gold if self.gold else float("nan")
        return (f"{name:<22} precision {p:6.1%} ({self.tp_prec}/{self.extracted})   "
                f"recall {r:6.1%} ({self.tp_recall}/{self.gold})")


def score_article(gold, data):
    out = []          # lines of misses and false positives
    grades, quotes, events = Tally(), Tally(), Tally()
    grades_nq = Tally()   # grades, leaving out gold grades stated only inside quotes

    # ---- grades
    ext_ratings = []
    for ev in data["events"]:
        for r in ev.get("ratings", []):
            ext_ratings.append((ev, r))
    used = set()
    gold_grades = []
    for gev in gold.get("event", []):
        for gg in gev.get("grade", []):
            gold_grades.append((gev, gg))
    # match dated gold grades first, then undated ones
    order = sorted(range(len(gold_grades)), key=lambda i: gold_grades[i][0].get("date") is None)
    matched_gold = set()
    for i in order:
        gev, gg = gold_grades[i]
        gdate = gev.get("date")
        for j, (ev, r) in enumerate(ext_ratings):
            if j in used:
                continue
            if r["judgement"] == gg["judgement"] and r["grade"] == gg["grade"] and \
                    date_match(ev_value(ev), gdate, 2):
                used.add(j)
                matched_gold.add(i)
                break
    for i, (gev, gg) in enumerate(gold_grades):
        grades.gold += 1
        inq = gg.get("in_quote", False)
        if not inq:
            grades_nq.gold += 1
        if i in matched_gold:
            grades.tp_recall += 1
            if not inq:
                grades_nq.tp_recall += 1
        else:
            # say what was extracted for that judgement, if anything
            near = [f"{r['grade']}@{ev_label(ev)}"
                    for ev, r in ext_ratings if r["judgement"] == gg["judgement"]]
            out.append(f"  MISS grade  {gg['judgement']}={gg['grade']} @{gev.get('date', 'undated')}"
                       f"{' [in quote]' if inq else ''}"
                       f"{'  (extracted for it: ' + ', '.join(near) + ')' if near else ''}"
                       f"\n              evidence: {gg.get('evidence', '')}")
    for j, (ev, r) in enumerate(ext_ratings):
        grades.extracted += 1
        grades_nq.extracted += 1
        if j in used:
            grades.tp_prec += 1
            grades_nq.tp_prec += 1
        else:
            out.append(f"  FP   grade  {r['judgement']}={r['grade']} @{ev_label(ev)}"
                       f"  text: {data_text(data, r)!r}")

    # ---- quotes
    people = {p["id"]: p for p in data.get("people", [])}
    ext_quotes = data.get("quotes", [])
    ext_ok = set()
    for gq in gold.get("quote", []):
        quotes.gold += 1
        # A quotation's trailing comma ("Social workers see children regularly," the
        # report states) is the sentence's, not the quote's: the extractor leaves it out.
        gtext = norm_ws(gq["text"]).rstrip(",;: ")
        found_text = None
        found = False
        for k, q in enumerate(ext_quotes):
            if gtext in norm_ws(q["text"]):
                found_text = found_text or q
                if speaker_ok(gq["speaker"], people.get(q.get("speaker"))):
                    found = True
                    ext_ok.add(k)
        if found:
            quotes.tp_recall += 1
        elif found_text is not None:
            sp = people.get(found_text.get("speaker"), {}).get("name", found_text.get("speaker"))
            out.append(f"  MISS quote  wrong speaker {sp!r} (gold {gq['speaker']!r}): {gq['text'][:70]!r}")
        else:
            out.append(f"  MISS quote  [{gq['speaker']}] {gq['text'][:70]!r}")
    for k, q in enumerate(ext_quotes):
        if q.get("fragment"):
            continue
        quotes.extracted += 1
        if k in ext_ok:
            quotes.tp_prec += 1
        else:
            sp = people.get(q.get("speaker"), {}).get("name", q.get("speaker"))
            out.append(f"  FP   quote  [{sp}] {q['text'][:80]!r}")

    # ---- events
    gold_events = gold.get("event", [])
    ext_events = data.get("events", [])

    def kind_ok(gev, ev):
        if gev.get("kind_uncertain"):
            return ev["kind"] in VISIT_KINDS | {gev["kind"]}
        return ev["kind"] == gev["kind"]

    used_e = set()
    for gev in gold_events:
        if not gev.get("date") or gev.get("date_source") == "article":
            continue
        events.gold += 1
        hit = None
        for j, ev in enumerate(ext_events):
            if j in used_e:
                continue
            if kind_ok(gev, ev) and date_match(ev_value(ev), gev["date"]):
                hit = j
                break
        if hit is not None:
            used_e.add(hit)
            events.tp_recall += 1
        else:
            near = [f"{ev['kind']}@{ev_label(ev)}" for ev in ext_events
                    if kind_ok(gev, ev)]
            out.append(f"  MISS event  {gev['kind']} @{gev['date']}"
                       f"{'  (extracted: ' + ', '.join(near) + ')' if near else ''}")
    # precision: every extracted event against any gold event of its kind
    # (dated ones by date at the gold's precision, undated ones by kind alone)
    free = list(range(len(gold_events)))
    for ev in ext_events:
        events.extracted += 1
        ev_date = ev_value(ev)
        hit = None
        for pref_undated in (False, True):
            for i in free:
                gev = gold_events[i]
                if (gev.get("date") is None) != pref_undated:
                    continue
                if kind_ok(gev, ev) and date_match(ev_date, gev.get("date")):
                    hit = i
                    break
            if hit is not None:
                break
        if hit is not None:
            free.remove(hit)
            events.tp_prec += 1
        else:
            out.append(f"  FP   event  {ev['kind']} @{ev_label(ev)}")
    return out, grades, grades_nq, quotes, events


def data_text(data, rating):
    for s in data.get("sources", []):
        if s["id"] == rating.get("source"):
            b = s["text"].encode("utf-8")
            sp = rating["span"]
            lo = max(0, sp["start"] - 60)
            return b[lo:sp["end"] + 20].decode("utf-8", "replace").replace("\n", " ")
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(DEFAULT_BIN))
    ap.add_argument("--only", default=None)
    ap.add_argument("--gold", default=str(HERE / "gold"),
                    help="folder of gold annotations (default: gold/ beside this script)")
    ap.add_argument("--texts", default=str(HERE / "texts"),
                    help="folder of article texts (default: texts/ beside this script)")
    args = ap.parse_args()
    gold_dir = Path(args.gold)
    texts_dir = Path(args.texts)
    if not gold_dir.is_dir():
        sys.exit(f"score.py: gold folder not found: {gold_dir}")
    if not texts_dir.is_dir():
        print(f"score.py: texts folder not found: {texts_dir} (every article is skipped)",
              file=sys.stderr)
    totals = {k: Tally() for k in ("grades", "grades_nq", "quotes", "events")}
    n = 0
    failures = 0
    warnings = 0
    for gpath in sorted(gold_dir.glob("*.toml")):
        if args.only and args.only not in gpath.stem:
            continue
        tpath = texts_dir / (gpath.stem + ".txt")
        if not tpath.exists():
            continue
        gold = tomllib.loads(gpath.read_text(encoding="utf-8"))
        data, stderr = run_extractor(args.bin, tpath, gold)
        n += 1
        if data is None:
            failures += 1
            print(f"== {gpath.stem}: EXTRACTOR FAILED\n{stderr}")
            continue
        nwarn = sum(1 for l in stderr.splitlines() if l.startswith("warning"))
        warnings += nwarn
        out, g, gnq, q, e = score_article(gold, data)
        totals["grades"].add(g)
        totals["grades_nq"].add(gnq)
        totals["quotes"].add(q)
        totals["events"].add(e)
        print(f"== {gpath.stem}  (gold subject: {gold.get('subject')}; extracted: {data.get('subject')}; "
              f"{nwarn} warnings)")
        print(f"   grades {g.tp_recall}/{g.gold} found, {g.extracted - g.tp_prec} FP | "
              f"quotes {q.tp_recall}/{q.gold}, {q.extracted - q.tp_prec} FP | "
              f"events {e.tp_recall}/{e.gold}, {e.extracted - e.tp_prec} FP")
        for line in out:
            print(line)
    print()
    print(f"TOTALS over {n} articles ({failures} extractor failures, {warnings} warnings)")
    print(totals["grades"].line("grades"))
    print(totals["grades_nq"].line("grades (no in-quote)"))
    print(totals["quotes"].line("quotes with speaker"))
    print(totals["events"].line("event dates"))


if __name__ == "__main__":
    main()
