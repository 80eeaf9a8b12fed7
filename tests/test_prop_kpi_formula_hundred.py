"""BMA proposal KPIs read across, the period's cell wrapped with its quarter or year lost or garbled ("ไตรมาสที่"
and a speck, "ปีงบประมาณ" and "๒๕๒อ๒"), the method's formula ending a later line "... x ๑๐๐", its times sign
read as "%" or "x" (fresh sets s63z bma_proposal_s63z002, s61o 002 and 003): the formula's hundred was read as
the period's quarter or year ("ไตรมาสที่ ๑๐๐", "ปีงบประมาณ ๑๐๐", "ภายใน ๑๐๐") and lost from the method.  A figure
after a times sign is the formula's (kpis._TIMES_RE): it stays in the method, the period as read."""

from __future__ import annotations

from parsers.bma_proposal.kpis import read_rows
from schemas.document import Line


def _rows(last: str):
    lines = [Line(n, t) for n, t in enumerate([
        "นักเรียนที่เข้าร่วม ร้อยละ       ผลลัพธ์ วิธีการคํานวณ จํานวน         ไตรมาสที่",
        "กิจกรรมมี            ๘๕                       นักเรียนที่พึงพอใจระดับดี      <",
        "ความพึงพอใจใน                               ขึ้นไป/จํานวนนักเรียนที่",
        f"ระดับดีขึ้นไป                                   ตอบแบบสอบถาม {last}",
        "เครื่องมือทีใช้ในการวัด",
        "แบบสอบถามความพึงพอใจ",
    ], start=1)]
    rows, _ = read_rows(lines)
    return rows


def test_the_formula_s_hundred_after_its_times_sign_is_the_method_s_not_the_period_s():
    for sign in ("%", "x", "X", "×"):
        [row] = _rows(f"{sign} ๑๐๐")
        assert row.period == ["ไตรมาสที่"], sign
        assert f"{sign} ๑๐๐" in " ".join(row.method), sign


def test_a_figure_with_no_times_sign_before_it_is_still_the_period_s():
    [row] = _rows("๔")
    assert " ".join(row.period) == "ไตรมาสที่ ๔"
