"""BMA proposals after OCR whose budget table was read across the page, an expense category wrapped after
"และ" ("ค่าอาหารว่างและ" / "เครื่องดื่ม"), its amount beside its first line.  The "ละ" at the category's end
read as the "ๆ ละ" of a clause waiting for its figure, so the amount was taken into the category's words,
and the category was cut at the amount's "-" (budget._WAITS_RE): its wrapped word was lost."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\tค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้ \n"


def _categories(text: str) -> list[str]:
    return [e["category"] for e in run(text)["expenses"]]


def test_a_category_wrapped_after_and_keeps_its_wrapped_words_past_its_amount():
    source = sample_text(PROPOSAL)
    assert PRINTED in source
    across = source.replace(PRINTED, "ค่าอาหารว่างและ         69,5๐๐.-\nเครื่องดื่ม                   บาท\n")
    assert all(c.replace(" ", "") == "ค่าอาหารว่างและเครื่องดื่ม" for c in _categories(across))


def test_a_clause_s_each_still_waits_for_its_figure_on_the_next_line():
    # "... คนๆ ละ" at a line's end: the figure on the next line is the clause's, not a total
    source = sample_text(PROPOSAL).replace("โรงเรียนๆ ละ 15,100.-บาท", "โรงเรียนๆ ละ\n15,100.-บาท")
    rows = run(source)
    assert [e["unit_amount"] for e in rows["expenses"]][:1] == [run(sample_text(PROPOSAL))["expenses"][0]["unit_amount"]]
