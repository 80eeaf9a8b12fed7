"""BMA proposals after OCR whose timetable lost a wrapped line of an activity's cell, in every copy alike
("โรงเรียนคัดสรรแผนการจัดการเรียนรู้เชิงรุก ทีมี ส่งสำนักการศึกษา" for "... ที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา";
fresh sets s69o, s75b and the corpus's bma_proposal_016): the copies agree, so no vote says it, and the words
were read silently short.  Where the document prints the activity whole elsewhere (the project's description,
a sibling project's timetable) with words more just where the reading's wrapped lines join, those words, Thai
words of the dictionary, are the lost line (pipeline.lostlines, rule other_printing); otherwise the activity is
kept as read."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

CELL = "\t5. โรงเรียนคัดสรรผลงานของนักเรียน\nที่มีคุณภาพดีที่สุด \nส่งสำนักการศึกษา \n"
LOST = "\t5. โรงเรียนคัดสรรผลงานของนักเรียน\n\nส่งสำนักการศึกษา \n"


def _repairs(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "activities.text"]


def _activity(rows: dict, seq: int) -> str:
    return next(a["text"] for a in rows["activities"] if a["seq"] == seq)


def test_an_activity_s_lost_wrapped_line_is_read_from_the_description_that_prints_it_whole():
    source = sample_text(PROPOSAL)
    assert CELL in source and "คัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา" in source
    rows = run(source.replace(CELL, LOST, 1))
    assert "".join(_activity(rows, 5).split()) == "โรงเรียนคัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา"
    (fix,) = _repairs(rows)
    evidence = json.loads(fix["evidence"])
    assert evidence["rule"] == "other_printing"
    assert evidence["printed"] == "โรงเรียนคัดสรรผลงานของนักเรียน ส่งสำนักการศึกษา"
    assert "".join(evidence["sibling"].split()) == "คัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา"
    assert "lines 22-22" in fix["message"]


def test_words_lost_inside_a_line_are_no_lost_line_and_are_kept():
    source = sample_text(PROPOSAL)
    # the same words gone, but from inside one printed line: nothing says a wrapped line was lost
    rows = run(source.replace(CELL, "\t5. โรงเรียนคัดสรรผลงานของนักเรียนส่งสำนักการศึกษา \n\n\n", 1))
    assert "".join(_activity(rows, 5).split()) == "โรงเรียนคัดสรรผลงานของนักเรียนส่งสำนักการศึกษา"
    assert not _repairs(rows)


def test_words_more_elsewhere_that_are_no_words_are_no_lost_line():
    source = sample_text(PROPOSAL)
    damaged = source.replace(CELL, LOST, 1).replace(
        "คัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนัก", "คัดสรรผลงานของนักเรียนทฒรคฐญส่งสำนัก", 1)
    rows = run(damaged)
    assert "".join(_activity(rows, 5).split()) == "โรงเรียนคัดสรรผลงานของนักเรียนส่งสำนักการศึกษา"
    assert not _repairs(rows)


def test_a_whole_activity_is_left_alone():
    rows = run(sample_text(PROPOSAL))
    assert not _repairs(rows)


def test_another_copy_that_lost_the_line_alike_does_not_vouch_for_the_reading():
    source = sample_text(PROPOSAL)
    # the proposal printed twice, each copy's timetable losing the same line (fresh set s75a, bma_proposal_s75a004)
    damaged = source.replace(CELL, LOST, 1)
    rows = run(damaged + "\n" + damaged)
    assert rows["projects"][0]["n_copies"] == 2
    assert "".join(_activity(rows, 5).split()) == "โรงเรียนคัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา"
    (fix,) = _repairs(rows)
    assert json.loads(fix["evidence"])["rule"] == "other_printing"


def test_the_text_without_some_lines_is_read_line_by_line_as_whole():
    # _document_without reads each line once and finds places by line; the same text, skeleton, places and line
    # numbers as reading the joined text character by character
    from normalizers.text import skeleton_at
    from pipeline.lostlines import _document_without, comparable_keep
    from schemas.document import Line
    texts = [Line(n, t) for n, t in enumerate(["๑. ประชุมคณะกรรมการ ดำเนินงาน", "ขออนุมัติโครงการ ๒๕๖๗", "ค่าอาหารว่าง = ๓,๕๐๐ บาท",
                                               "นิเทศ ติดตาม และประเมินผล", "สรุปผลการดำเนินงาน"], start=10)]
    read: dict = {}
    for spans in (((11, 11),), ((10, 10), (13, 14)), ()):
        text, sk, where, line_of = _document_without(texts, spans, read)
        kept = [ln for ln in texts if not any(a <= ln.no <= b for a, b in spans)]
        want_text = "".join(ln.text + " " for ln in kept)
        want_sk, want_where = skeleton_at(comparable_keep(want_text))
        want_lines = [ln.no for ln in kept for _ in ln.text + " "]
        assert text == want_text and sk == want_sk
        assert [where[i] for i in range(len(sk))] == want_where
        assert [line_of[i] for i in range(len(text))] == want_lines
