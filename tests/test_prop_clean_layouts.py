"""Layouts clean text prints that the readers once missed: a proposal's benefits whose numbers stand
together before their texts, and a running header that heads every page but the first of a form that
parts its headings and signatures by a page's gap too."""

from __future__ import annotations

from tests.lines import numbered_lines


def _benefits(*texts: str):
    from parsers.bma_proposal.read import opens_beneficiary, read_list
    from schemas.document import CopyReading
    out = CopyReading(0, 1, 10)
    got, lead = read_list(numbered_lines(*texts, start=3), "9", "expected benefit", "findings.seq", out,
                          item_opens=opens_beneficiary)
    return got, out.issues


def test_benefits_whose_numbers_stand_together_before_the_texts_are_read_one_to_each_number():
    # extra3 w007 (a proposal printed on one line): "9.1 9.2 9.3 ข้าราชการ... โรงเรียนมี... ผู้ปกครอง...":
    # the texts open exactly as many benefits by whom each is for as the run holds numbers
    got, issues = _benefits("9.1 9.2 9.3 ข้าราชการครูมีการจัดการเรียนรู้ของนักเรียน โรงเรียนมีรายงานที่มีคุณภาพ "
                            "ผู้ปกครองและชุมชนมีส่วนร่วม")
    assert [(n, text) for n, text, _, _ in got] == [
        (1, "ข้าราชการครูมีการจัดการเรียนรู้ของนักเรียน"), (2, "โรงเรียนมีรายงานที่มีคุณภาพ"),
        (3, "ผู้ปกครองและชุมชนมีส่วนร่วม")]
    assert not [i for i in issues if i.code == "unread_cells"]


def test_benefits_whose_texts_open_more_or_fewer_benefits_than_the_run_holds_numbers_are_said():
    # a fourth opening ("นักเรียน" where a word starts inside a text): where each text begins is in doubt
    got, issues = _benefits("9.1 9.2 9.3 ข้าราชการครูมีการจัดการเรียนรู้ของ นักเรียน โรงเรียนมีรายงานที่มีคุณภาพ "
                            "ผู้ปกครองและชุมชนมีส่วนร่วม")
    assert len(got) == 1 and got[0][1].startswith("9.2 9.3")
    assert [i.field for i in issues if i.code == "unread_cells"] == ["findings"]
