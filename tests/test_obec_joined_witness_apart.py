"""An OBEC target cut in two (items_joined) because another project's row printed its wrapped close alone, that
row of a list whose numbers OCR read apart from texts standing in fewer paragraphs (fresh set s78b,
obec_progress_s78b003: two wrong repairs): such a row is no witness of an item alone (texts._paired_in_doubt_at);
the longer row is kept as read."""

from __future__ import annotations

from parsers.obec_progress.lists import APART_UNPAIRED
from parsers.obec_progress.texts import split_joined_items
from schemas.document import Issue

# -- an OBEC item cut by a witness from a list whose numbers stood apart from fewer paragraphs

_HEAD = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๕๑ คน"
_TAIL = "เข้าร่วมการประชุมเชิงปฏิบัติการ"
_OTHER = "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"


def _target(project: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project, "quarter": 2, "kind": "output", "seq": seq, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables() -> dict:
    return {"targets": [_target("a", 1, f"{_HEAD} {_TAIL}", 154), _target("a", 2, _OTHER, 156),
                        _target("b", 1, f"lo. {_TAIL}", 566)]}


def _apart(line: int) -> Issue:
    return Issue("warning", "missing_row", f"targets: a list of in_progress project 3 prints its item numbers (lo) "
                 f"apart from its texts (on lines of their own, or in a row before them), {APART_UNPAIRED}: its items "
                 "are read as they run, and some may run together or be lost", {"missing": "lo"}, line, line + 4,
                 project_key="b", field="targets")


def test_a_row_of_a_list_whose_numbers_stood_apart_unpaired_witnesses_no_cut():
    tables = _tables()
    said = split_joined_items(tables, [_apart(566)])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [f"{_HEAD} {_TAIL}", _OTHER]
    assert not [i for i in said if i.code == "value_repaired"]


def test_without_that_doubt_the_row_witnesses_the_cut_as_before():
    tables = _tables()
    said = split_joined_items(tables, [_apart(900)])  # (the doubt is at another list's lines)
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [_HEAD, _TAIL, _OTHER]
    assert {i.code for i in said} == {"value_repaired"}
