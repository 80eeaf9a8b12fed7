"""OBEC: a target wrapped after its count ("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ood" / "คน
เข้าร่วมการประชุมเชิงปฏิบัติการ", the count's figure OCR garbled) was cut after the count by
texts.split_joined_items, because other rows of the report print the unit's line as a row of their own (their wrap
read as an item): a wrong repair (rule items_joined) of fresh set s111q, obec_progress_s111q002, the row's count
and unit parted.  A count word and its figure at the words' end want the count's unit next, as a word no text ends
with does (texts._count_end): the row is kept whole and said (items_cut_in_doubt)."""

from __future__ import annotations

import pytest

from parsers.obec_progress.texts import split_joined_items

pytestmark = pytest.mark.usefixtures("repair_on")

HEAD = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน"
TAIL = "คน เข้าร่วมการประชุมเชิงปฏิบัติการ"
OTHER = "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง"


def _target(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "output", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


@pytest.mark.parametrize("figure", ["ood", "๑๑๗", ""])
def test_a_row_whose_words_before_the_cut_end_with_a_count_is_kept_and_said(figure):
    whole = f"{HEAD} {figure} {TAIL}".replace("  ", " ")
    # other projects' lists printed the unit's line as a row of its own (their wrap read as an item)
    tables = {"targets": [_target("a", 1, f"{HEAD} ๓๕", 100), _target("a", 2, TAIL, 102), _target("a", 3, OTHER, 104),
                          _target("c", 1, f"{HEAD} ๒๕", 150), _target("c", 2, TAIL, 152),
                          _target("b", 1, whole, 200), _target("b", 2, OTHER, 202)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [whole, OTHER]
    assert [(i.code, i.field, i.line_start) for i in said if i.line_start == 200] == \
        [("items_cut_in_doubt", "targets", 200)]
