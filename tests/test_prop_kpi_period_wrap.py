"""BMA proposals after OCR whose KPI table (10.1) tesseract read across the page with a narrow period
column: the period cell "ภายในปีงบประมาณ 2569" wraps mid-word over three lines ("ภายใน" on the row's line,
"ปีงบประมา" at the next line's end, "ณ 2569" at the one after).  Its pieces after the first had read as the
method's words, and the period as "ภายใน 2569" (kpis._period_piece)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _HEADER, _ITEMS, _kpis, _with_kpis

# The row's cells side by side; the period's pieces a wide gap (a cell of their own) after the method's words.
_APART = _HEADER + """
โรงเรียนมีการ  ร้อยละ  ผลผลิต วิธีการคํานวณ  ภายใน
รายงานผลการ 95     จํานวนโรงเรียน       ปีงบประมา
ดําเนินงาน          ที่มีผลงาน           ณ 2569
ครบถ้วน            โรงเรียนทั้งหมด % 100

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def _issues(rows: dict, field: str) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == field]


def test_a_period_wrapped_into_cells_of_its_own_is_joined():
    (kpi,) = _kpis(run(_with_kpis(_APART)))
    assert kpi[5] == "ภายในปีงบประมาณ 2569"
    assert kpi[4] == "วิธีการคํานวณ จํานวนโรงเรียน ที่มีผลงาน โรงเรียนทั้งหมด % 100".replace("ํา", "ำ")


def test_a_period_piece_one_space_after_the_method_words_is_the_period_s():
    # OCR left one space between the method's words and the period's piece: the piece is told by its words
    block = _APART.replace("จํานวนโรงเรียน       ปีงบประมา", "จํานวนโรงเรียน ปีงบประมา") \
        .replace("ที่มีผลงาน           ณ 2569", "ที่มีผลงาน ณ 2569")
    rows = run(_with_kpis(block))
    (kpi,) = _kpis(rows)
    assert kpi[5] == "ภายในปีงบประมาณ 2569"
    assert "ปีงบประมา" not in kpi[4] and " ณ " not in kpi[4]
    assert not _issues(rows, "targets.period")


def test_method_words_at_a_line_end_after_a_period_cut_short_stay_the_method_s():
    # "ภายใน" on the row's line and nothing of the period's column on the next: its last cell, the method's
    # words ("ที่มีผลงาน"), is no piece of the period (a guard on the rule: its words open no period)
    block = _APART.replace("       ปีงบประมา\n", "\n").replace("           ณ 2569", "")
    rows = run(_with_kpis(block))
    (kpi,) = _kpis(rows)
    assert kpi[4].startswith("วิธีการคำนวณ จำนวนโรงเรียน ที่มีผลงาน")
    assert kpi[5].startswith("ภายใน") and "ที่มีผลงาน" not in kpi[5]


def test_a_period_word_cut_at_the_row_s_first_line_end_opens_the_period():
    # "ปีงบประมา" on the row's own line, one space after the method's opening words, "ณ 2569" on the next
    # (s53z004): the cut word opens the period, which the next line's piece goes on with
    block = _APART.replace("วิธีการคํานวณ  ภายใน\n", "วิธีการคํานวณ ปีงบประมา\n") \
        .replace("จํานวนโรงเรียน       ปีงบประมา\n", "จํานวนโรงเรียน       ณ 2569\n") \
        .replace("ที่มีผลงาน           ณ 2569\n", "ที่มีผลงาน\n")
    rows = run(_with_kpis(block))
    (kpi,) = _kpis(rows)
    assert kpi[5] == "ปีงบประมาณ 2569"
    assert "ปีงบประมา" not in kpi[4] and " ณ " not in kpi[4]
