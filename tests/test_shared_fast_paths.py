"""The shared machinery's fast paths give what the slow paths give: the
skeletons (one regex pass; the anchor skeleton taken from the text one),
the vote of readings every copy agrees on, the Thai-only plausibility key,
the anchor set's memo of a whole document, and the garbage collector
paused for a document and on again after it."""

from __future__ import annotations

import gc
import random
import re
from datetime import date
from decimal import Decimal

from normalizers.text import THAI_MARKS, fix_sara_am, skeleton
from parsers.anchors import Anchor, AnchorSet, _DROP_RE, clear_anchor_caches, skeleton_of
from pipeline.stages import collector_paused, process_document
from normalizers.words import plausibility, whole_text_plausibility
from pipeline.vote import Group, vote
from schemas.document import Reading
from tests.conftest import sample_text

_ALPHABET = "กขคำาํ่้๊๋ัิีึืุู็์ \t.:…๐๑2a\u00a0\u200b\u2003\u3000\u202f"


def _random_lines(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(14))) for _ in range(n)]


def _skeleton_in_three_passes(text: str) -> str:
    """The text skeleton as it was first written: sara am joined, made sara
    aa, marks dropped, then white space, dots and colons."""
    text = fix_sara_am(text).replace("\u0e33", "\u0e32")
    return re.sub(r"[\s.:…]+", "", re.sub(f"[{THAI_MARKS}]", "", text))


def test_text_skeleton_in_one_pass_is_the_three_pass_one():
    for line in _random_lines(20_000, 1) + ["ที่ทำ", "ทํา", "ท่ํา", "น้ํา ประปา", "รายงาน.. : ครั้งที่ ๒"]:
        assert skeleton.__wrapped__(line) == _skeleton_in_three_passes(line), line


def test_anchor_skeleton_taken_from_the_text_skeleton_only_where_they_agree():
    clear_anchor_caches()
    for line in _random_lines(20_000, 2) + ["รายงาน\u2003ครั้งที่", "ชื่อ\u202fโครงการ"]:
        own = _DROP_RE.sub("", line).replace("\u0e33", "\u0e32")
        assert skeleton_of(line).text == own, line
    # white space other than space, tab and no-break space stays in an anchor skeleton
    assert skeleton_of("ก\u2003ข").text == "ก\u2003ข" and skeleton("ก\u2003ข") == "กข"


def _slow_vote(readings):
    """vote() without its fast path: the readings grouped and represented as
    the general path does it."""
    group = Group(list(readings))
    copy_index, winner = group.representative()
    return winner, copy_index


def test_vote_of_agreeing_copies_is_the_earliest_copy():
    cases = [
        [(0, Reading("ก ข", "ก ข", 1, 1)), (1, Reading("ก ข", "ก ข", 9, 9))],
        [(2, Reading("ก ข", "ก ข", 1, 1)), (1, Reading("ก ข", "ก ข", 9, 9)), (3, Reading("ก ข", "x", 5, 5))],
        [(0, Reading(Decimal("1.50"), "1.50", 1, 1)), (1, Reading(Decimal("1.50"), "๑.๕๐", 4, 4))],
        [(0, Reading(date(2023, 1, 2), "2 ม.ค. 66", 1, 1)), (1, Reading(date(2023, 1, 2), "2 ม.ค. 2566", 3, 3))],
        [(0, Reading(None, "??", 1, 1)), (1, Reading(None, "?", 2, 2))],
        [(i, Reading("ข้อความยาว " * 10, "t", i, i)) for i in range(20)],
    ]
    for readings in cases:
        v = vote(readings)
        assert not v.disagreement and len(v.groups) == 1 and v.tie_break is None
        assert v.groups[0].readings == readings
        assert (v.winner, v.winner_copy) == _slow_vote(readings)


def test_vote_of_equal_values_of_different_types_takes_the_general_path():
    v = vote([(0, Reading(1, "1", 1, 1)), (1, Reading(True, "1", 2, 2))])
    assert v.winner_copy == 0 and len(v.groups) == 1


def test_plausibility_scores_only_the_thai():
    assert plausibility("12,345.00 baht") == (0.0, 0.0)
    assert plausibility("") == (0.0, 0.0)
    assert plausibility("โครงการ 2566") == plausibility("โครงการ ๒๕๖๖") == plausibility("โครงการ   abc")
    assert plausibility("โครงการก่อสร้าง") == whole_text_plausibility("โครงการก่อสร้าง")


def test_anywhere_starts_joined_is_anywhere_starts_of_the_lines_joined():
    anchors = AnchorSet([Anchor("title", "สรุปผลการดำเนินงานโครงการ", "heading", anywhere=True),
                         Anchor("name", "ชื่อโครงการ")])
    text = "ก สรุปผลการดำเนินงานโครงการ ชื่อโครงการ: x สรุปผลการดำเนินงานโครงการ"
    assert anchors.anywhere_starts(text) == [text.index("สรุป"), text.rindex("สรุป")]
    for lines in (text.split(" "), [text], ["", text, ""], ["ก สรุปผลการดำ", "เนินงานโครงการ ชื่อ", "โครงการ: x",
                                                              "สรุปผลการดำเนินงานโครงการ"],
                  [text * 100], ["ข" * 5000, text]):  # (a line longer than CACHED_LINE is mapped back by origins)
        joined = " ".join(lines)
        clear_anchor_caches()
        first = anchors.anywhere_starts_joined(lines)
        assert first == anchors.anywhere_starts(joined)
        first.append(-1)  # the caller's list is its own
        assert anchors.anywhere_starts_joined(list(lines)) == first[:-1]  # asked again: the kept answer
    assert anchors.anywhere_starts_joined(["ชื่อโครงการ: x"]) == []


def test_the_collector_is_paused_for_a_document_and_on_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with collector_paused():
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    rows = process_document("samples/000.txt", sample_text("000_54d7a76ee7e0d007.txt").encode("utf-8"))
    assert rows["documents"][0]["status"] in ("ok", "partial") and gc.isenabled()


def test_head_skeleton_is_the_skeleton_of_the_joined_head():
    from parsers.detect import detect_form, detect_lines, head_skeleton

    lines = _random_lines(400, 4) + sample_text("002_e5b5a9d4d9adb57c.txt").split("\n")
    joined = "\n".join(lines)
    for limit in (0, 1, 7, 100, 6_000, 60_000):
        assert head_skeleton(lines, limit) == skeleton.__wrapped__(joined[:limit])
    assert detect_lines(lines) == detect_form(joined)


def _fuzzy_heading_as_first_written(anchors: AnchorSet, line: str):
    """AnchorSet._fuzzy_heading before its choices were built once and its
    first-letters comparison given rapidfuzz's cut-off."""
    from rapidfuzz import fuzz, process

    from parsers.anchors import _OPENING_NUMBER_RE, Hit, skeleton_text

    numbered = _OPENING_NUMBER_RE.match(line)
    body = line[numbered.end():] if numbered else line
    body = re.sub(r"\s*\([^()]*\)\s*[.:]*\s*$", "", body) or body
    cand = skeleton_text(body)
    if len(cand) < 6:
        return None
    choices = [anchors._skel[i] for i in anchors._fuzzy_heads]
    best = process.extractOne(cand, choices, scorer=fuzz.ratio, score_cutoff=anchors.cutoff)
    if best is None:
        for i in anchors._fuzzy_heads:
            if anchors.anchors[i].kind == "marker" or anchors.anchors[i].tail:
                head = cand[: len(anchors._skel[i])]
                score = fuzz.ratio(head, anchors._skel[i])
                if len(anchors._skel[i]) >= 8 and score >= max(anchors.cutoff, 88):
                    end = len(line)
                    if anchors.anchors[i].kind == "marker" and not numbered:
                        end = anchors._marker_end(line, anchors._skel[i])
                    return Hit(anchors.anchors[i], 0, end, score, numbered.group(1) if numbered else None)
        return None
    if not numbered and len(best[0]) - len(cand) >= 3 and best[0].endswith(cand):
        return None
    anchor = anchors.anchors[anchors._fuzzy_heads[best[2]]]
    end = len(line)
    if anchor.kind == "heading" and anchor.anywhere and anchor.tail is None:  # (the form's content run on after it)
        end = anchors._run_on_heading_end(line, best[0])
    if anchor.kind == "marker" and not numbered:  # (a figure after the marker's words is its content)
        cut = anchors._marker_end(line, best[0])
        if re.match(r"[ \t]*[\d๐-๙]", line[cut:]):
            end = cut
    return Hit(anchor, 0, end, best[1], numbered.group(1) if numbered else None)


def test_fuzzy_heading_is_the_one_first_written():
    import pipeline.warm  # noqa: F401  (every form's anchor sets built)
    from parsers.anchors import _ANCHOR_SETS

    lines = [ln for name in ("000_54d7a76ee7e0d007.txt", "004_745c23c3a2846aea.txt", "001_fdefb2afb18072a2.txt")
             for ln in sample_text(name).splitlines() if ln.strip()]
    rng = random.Random(3)
    damaged = ["".join(c for c in ln if rng.random() > 0.08) for ln in lines]  # letters dropped: fuzzy hits
    for anchors in _ANCHOR_SETS:
        for line in lines + damaged + [f"{ln} (ตัวชี้วัด) :" for ln in lines[:200]]:
            assert anchors._fuzzy_heading(line) == _fuzzy_heading_as_first_written(anchors, line), line


def test_fuzzy_label_in_a_long_span_is_the_one_of_the_whole_span(monkeypatch):
    """A fuzzy label's last words, looked for in the last WORD_WINDOW
    characters before its separator, are the ones the whole span gives: on
    sample lines with long running text (and long words, some cut by the
    window) put before each separator, with letters dropped."""
    import pipeline.warm  # noqa: F401  (every form's anchor sets built)
    import parsers.anchors as anchors_module
    from parsers.anchors import _ANCHOR_SETS, _SEPARATOR_RE

    rng = random.Random(5)
    lines = [ln for name in ("000_54d7a76ee7e0d007.txt", "001_fdefb2afb18072a2.txt", "002_e5b5a9d4d9adb57c.txt",
                             "003_c0975e1d5f59aaa1.txt", "004_745c23c3a2846aea.txt")
             for ln in sample_text(name).splitlines() if ":" in ln]
    fillers = ["คำ " * 120, "ก" * 300 + " ", ("ข้อความยาว" * 30 + " ") * 2, "สั้น " * 3]
    long_lines = [rng.choice(fillers) + "".join(c for c in ln if rng.random() > 0.05) for ln in lines]
    cases = []
    for anchors in _ANCHOR_SETS:
        if not anchors._fuzzy_labels:
            continue
        for line in long_lines:
            for sep in _SEPARATOR_RE.finditer(line):
                if any(c in sep.group() for c in ":;=："):
                    cases.append((anchors, line, sep.start(), sep.end()))
    from parsers.anchors import WORD_WINDOW as window, _WORD_RE

    windowed = [anchors._fuzzy_label(line, 0, b, v) for anchors, line, b, v in cases]
    monkeypatch.setattr(anchors_module, "WORD_WINDOW", 10**9)  # the whole span searched
    whole = [anchors._fuzzy_label(line, 0, b, v) for anchors, line, b, v in cases]
    window_taken = sum(len(_WORD_RE.findall(line, b - window, b)) >= 6 for _, line, b, _ in cases if b > window)
    assert len(cases) > 1000 and sum(h is not None for h in whole) > 100 and window_taken > 400
    assert windowed == whole


def test_damaged_headings_found_in_windows_are_those_found_everywhere():
    # parsers.obec_progress.running runs its one-edit heading patterns only around an exact half of
    # the heading: on text holding headings with every kind of single edit (and two, which must not
    # match), at starts, ends and back to back, the windows find what a scan of the whole text finds.
    from parsers.obec_progress.running import _DAMAGED, _fuzzy_matches

    rng = random.Random(7)
    filler = "กขคงจ ฉช ซฌ ญ ฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ0123"
    for trial in range(300):
        parts = []
        for _ in range(rng.randrange(1, 6)):
            exact = rng.choice(_DAMAGED)[1]
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                at = rng.randrange(len(exact) + 1)
                edit = rng.choice("sid")
                ch = rng.choice(filler)
                exact = (exact[:at] + ch + exact[at + 1:] if edit == "s" else
                         exact[:at] + ch + exact[at:] if edit == "i" else exact[:at] + exact[at + 1:])
            parts.append("".join(rng.choice(filler) for _ in range(rng.choice([0, 0, 1, 3, 40]))))
            parts.append(exact)
        text = "".join(parts)
        for _, exact, rx in _DAMAGED:
            whole = [(m.span(), m.fuzzy_counts) for m in rx.finditer(text)]
            assert [(m.span(), m.fuzzy_counts) for m in _fuzzy_matches(rx, exact, text)] == whole, (trial, text)


def test_hand_written_inits_take_the_fields():
    """Line and Hit write their __init__ out (a frozen dataclass's generated
    one is twice as slow): it must take exactly the fields, with their
    defaults, and the classes stay frozen, comparable and replaceable."""
    import dataclasses
    import inspect

    from parsers.anchors import Hit
    from schemas.document import Line

    for cls in (Line, Hit):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields]
        for p, f in zip(params, fields):
            assert p.default == (f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty)
    line = Line(3, "ข้อความ", kind="blank", cols=(0, 8))
    assert (line.no, line.text, line.kind, line.bullet, line.indent, line.cols) == (3, "ข้อความ", "blank", False, False, (0, 8))
    assert dataclasses.replace(line, kind="text") == Line(3, "ข้อความ", "text", False, False, (0, 8))
    assert hash(line) == hash(Line(3, "ข้อความ", "blank", False, False, (0, 8)))
    hit = Hit(Anchor("k", "คำ"), 1, 4, 100.0)
    assert hit.number is None and hit.key == "k" and hit == Hit(Anchor("k", "คำ"), 1, 4, 100.0, None)
    for obj, name in ((line, "kind"), (hit, "start")):
        try:
            setattr(obj, name, 0)
        except dataclasses.FrozenInstanceError:
            continue
        raise AssertionError(f"{type(obj).__name__} is no longer frozen")


def test_fuzzy_length_filter_keeps_every_length_that_can_pass():
    """A candidate is compared fuzzily only at a length whose ratio with some
    choice can reach the cut-off (parsers.anchors._passable_lengths): every
    length where the best case (one string a prefix of the other) passes is
    kept, for the forms' anchor sets as built."""
    from rapidfuzz import fuzz

    from parsers.anchors import _ANCHOR_SETS, _passable_lengths
    import pipeline.warm  # noqa: F401  (every form's anchor set)

    assert _ANCHOR_SETS
    for anchors in _ANCHOR_SETS:
        for skels, kept in ((anchors._fuzzy_label_skels, anchors._label_ratio_lens),
                            (anchors._fuzzy_head_skels, anchors._head_ratio_lens)):
            lengths = {len(sk) for sk in skels}
            for n in range(0, 6 * max(lengths, default=1)):
                if any(fuzz.ratio("ก" * n, "ก" * m) >= anchors.cutoff for m in lengths):
                    assert n in kept, (n, sorted(lengths))
    assert 9 in _passable_lengths({10}, 90.0) and 8 not in _passable_lengths({10}, 90.0)


def test_fuzzy_length_filter_leaves_the_scan_as_it_was():
    """Lines scanned with the length filter give the hits they give without
    it (every length let through), on the samples' lines and on copies of
    each anchor's words with letters dropped, doubled and changed."""
    from pathlib import Path

    from parsers.anchors import _ANCHOR_SETS
    import pipeline.warm  # noqa: F401

    root = Path(__file__).resolve().parent.parent / "samples"
    lines = [ln for p in sorted(root.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()[:400]]
    rng = random.Random(5)
    for anchors in _ANCHOR_SETS:
        for a in anchors.anchors:
            for _ in range(6):
                text = list(a.text)
                for _ in range(rng.randrange(1, 4)):
                    k = rng.randrange(len(text))
                    text[k:k + 1] = rng.choice(([], [text[k]] * 2, ["ข"]))
                word = "".join(text)
                lines += [word, f"{word} : ค่า", f"1.2 {word}", f"ข้อความ {word}: 5"]
    everything = range(10**9)
    for anchors in _ANCHOR_SETS:
        scan = AnchorSet._scan.__wrapped__
        filtered = [scan(anchors, ln) for ln in lines]
        saved = anchors._label_ratio_lens, anchors._label_lens, anchors._head_ratio_lens
        try:
            anchors._label_ratio_lens = anchors._label_lens = anchors._head_ratio_lens = everything
            assert [scan(anchors, ln) for ln in lines] == filtered
        finally:
            anchors._label_ratio_lens, anchors._label_lens, anchors._head_ratio_lens = saved


def test_rows_are_made_nfc_in_one_pass_per_row():
    """Validation makes every text column given NFC (a decomposed sara am or
    accent comes out composed), as a validator of every field did, except the
    file's name, which must name the file on disk; a value that fails its
    column's check fails as before."""
    import unicodedata

    import pytest
    from pydantic import ValidationError

    from pipeline.validate import validate_rows
    from schemas.rows import IssueRow

    nfd = unicodedata.normalize("NFD", "é ทํา")  # (ํ + า is NFC already: the accent is what NFC joins)
    assert not unicodedata.is_normalized("NFC", nfd)
    row = IssueRow.model_validate({"doc_id": "d", "severity": "warning", "code": "ocr_variant", "message": nfd})
    assert row.message == unicodedata.normalize("NFC", nfd)
    good, bad = validate_rows("documents", [{
        "doc_id": "d", "source_path": nfd, "sha256": nfd, "size_bytes": 1, "doc_type": "unknown",
        "status": "failed", "parser_version": "2"}])
    assert not bad and good[0]["source_path"] == nfd and good[0]["sha256"] == unicodedata.normalize("NFC", nfd)
    with pytest.raises(ValidationError):
        IssueRow.model_validate({"doc_id": "d", "severity": "fatal", "code": "x", "message": nfd})


def test_fuzzy_label_spans_are_read_once_per_document():
    """The words before a separator that a form prints on many lines (its
    labels, with their OCR damage) are compared fuzzily once per document:
    the answer is memoised per span, gives the hits the comparison gives,
    and is forgotten at the next document's start."""
    anchors = AnchorSet([Anchor("indicator", "ตัวชี้วัดโครงการ"), Anchor("target", "ค่าเป้าหมาย")])
    clear_anchor_caches()
    calls = []
    original = anchors._label_candidate

    def counted(span):
        calls.append(span)
        return original(span)

    anchors._label_candidate = counted
    lines = [f"ตัวชีวัดโครงกาณ : {n} ครั้ง" for n in range(20)]  # one letter changed, marks dropped
    hits = [AnchorSet._scan.__wrapped__(anchors, line) for line in lines]
    assert all(len(h) == 1 and h[0].key == "indicator" and h[0].score < 100 for h in hits)
    assert len(calls) == len(set(calls)) and 0 < len(calls) <= 5  # the spans of the first line, once
    assert anchors._label_memo
    clear_anchor_caches()
    assert not anchors._label_memo
    anchors._label_candidate = original
    assert [AnchorSet._scan.__wrapped__(anchors, line) for line in lines] == hits


def test_fuzzy_label_memo_stays_bounded():
    """A document of endless distinct labels (a hostile file) does not grow
    the memo past LABEL_MEMO spans."""
    from parsers.anchors import LABEL_MEMO

    anchors = AnchorSet([Anchor("indicator", "ตัวชี้วัดโครงการ")])
    clear_anchor_caches()
    line = " ".join(f"ค{n} : ๑" for n in range(LABEL_MEMO + 50))
    AnchorSet._scan.__wrapped__(anchors, line)
    assert 0 < len(anchors._label_memo) <= LABEL_MEMO
    clear_anchor_caches()


def test_a_document_without_a_header_amount_a_sign_may_open_does_not_count_its_signs(monkeypatch):
    # signed_amounts drops a sign only from a header amount that opens with a character the sign is read as
    # (every one of them, or one whose grouping is wrong as read): where none does, the document's signs (its
    # expense lines' products, a pass over its whole text) are not counted, and the answer is the same
    import parsers.bma_progress.baht_sign as baht_sign
    from schemas.document import CopyReading, Line, Reading

    def copy(allocated: str, spent: str) -> CopyReading:
        reading = CopyReading(0, 1, 3)
        reading.put("project", 0, "budget_allocated_printed", Reading(None, allocated, 1, 1))
        reading.put("project", 0, "budget_spent_printed", Reading(None, spent, 2, 2))
        return reading

    lines = [Line(1, "ค่าวัสดุ = B18,300"), Line(2, "ค่าอาหาร = ฿0"), Line(3, "ค่าเอกสาร 127 เล่มๆ ละ 850 เป็นเงิน 86,350")]
    asked: list[str] = []
    counted = baht_sign.signs_seen
    monkeypatch.setattr(baht_sign, "signs_seen", lambda text: asked.append(text) or counted(text))
    assert baht_sign.signed_amounts(lines, [copy("11,700", "9,500")]) == [set()]
    assert asked == []
    # a header amount a sign may open: the signs are counted, and the sign dropped as before
    assert baht_sign.signed_amounts(lines, [copy("811,700", "39,500")]) == [{"budget_allocated", "budget_spent"}]
    assert len(asked) == 1
    assert baht_sign.signed_amounts(lines[2:], [copy("811,700", "39,500")]) == [set()]  # (one sign proven: too few)


def test_label_values_a_document_repeats_are_restored_once_per_call(monkeypatch):
    # restore_labels reads each distinct value once (its restoration depends on the value and the document's
    # text lines alone): every row printing it is restored and said, as when each was read apart
    import pipeline.marks as marks

    asked: list[str] = []
    silent = marks.restore_silent_marks
    monkeypatch.setattr(marks, "restore_silent_marks", lambda text: asked.append(text) or silent(text))
    damaged = "จัดทำคำสังแต่งตังคณะกรรมการดำเนินงาน"
    tables = {"activities": [{"text": damaged, "line_start": n, "line_end": n} for n in (1, 4)],
              "targets": [{"text": damaged, "line_start": 7, "line_end": 7}]}
    issues = marks.restore_labels(tables, [])
    assert len(asked) == 1
    assert [row["text"] for rows in tables.values() for row in rows] == ["จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน"] * 3
    assert [(i.code, i.field, i.line_start) for i in issues] == [
        ("value_repaired", "activities.text", 1), ("value_repaired", "activities.text", 4),
        ("value_repaired", "targets.text", 7)]
