"""A BMA progress entry whose description holds a progress cell's figure as a word of its own ("... ตาม แผนการ
ดำเนินงาน 69.0% จัดทำคำสั่ง ..."): a table OCR read column by column ran another row's cells into the entry's, and
another entry's maybe (fresh set s110t, bma_progress_s110t008: report 5's progress, disbursement and expense line
read under report 7, whose own progress stood in its description; report 5's expense line lost with no issue
naming it).  The entry's cells and its expense lines are said to be in doubt (rows._progress_cell_inside); prose
that states a share in words ("ร้อยละ 80") is no such cell."""

import pytest

from tests.test_repair import form, read

pytestmark = pytest.mark.usefixtures("repair_on")

_OWN = "รายงานครั้งที่ 3 :: 4/12/2562 : ดำเนินการตามแผน\n"


def _said(rows: dict) -> set[tuple[str, int]]:
    return {(i["field"], i["line_start"]) for i in rows["issues"]
            if i["code"] == "entry_cell_in_doubt" and "progress cell" in i["message"]}


def test_a_progress_figure_in_a_description_puts_the_entry_and_its_lines_in_doubt():
    text = form()
    assert _OWN in text
    rows = read(text.replace(_OWN, _OWN.replace("ดำเนินการตามแผน", "ดำเนินการตามแผน 69.0% จัดทำคำสั่งคณะกรรมการ")))
    assert {field for field, _ in _said(rows)} == {"progress_reports", "expenses"}
    (three,) = [r for r in rows["progress_reports"] if r["seq"] == 3]
    assert "69.0%" in three["description"]


def test_a_share_in_words_says_nothing():
    text = form().replace(_OWN, _OWN.replace("ดำเนินการตามแผน", "ดำเนินการตามแผน ร้อยละ 80 ของโรงเรียน"))
    assert _said(read(text)) == set()
    assert _said(read(form())) == set()
