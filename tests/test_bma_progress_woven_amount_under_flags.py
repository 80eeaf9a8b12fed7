"""A four-column table of entries read side by side whose figures cell is narrow: the budget clause's amount wraps
to the line under its words, where the flags' second line stands beside it ("งบประมาณที่เบิกใช้ (ครั้งที่ 2) =
เป็นไปตาม เป็นไปตาม" / "0 บาท.-      แผน      เป้าหมาย"; fresh set s75a, bma_progress_s75a002, nine reports).
The amount carries the dash the form prints after its unit ("บาท.-"), the "=" may wrap with it ("= 0 บาท.-") or
the clause's number ("10) = 0 บาท.-"), and OCR may read the clause's bracket and "=" apart from its words
("(ครั้งที่ ]" / "] =").  The amount is the clause's (sidebyside._FIGURE_BITS_RE, _AMOUNT_OPENING_RE;
assemble._CLAUSE_DEBRIS_RE); before, it stood as the description's text (or the row ended at "= 0", read as a
date cell), and every such report lost its disbursement, with an issue saying the clause had no amount."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


def _row(n: int, budget: str, under: str) -> list[str]:
    return [f"รายงาน     :: 2019-{n + 9}-17 : อยู่ระหว่าง",
            f"ครั้งที่{n}      ขั้นตอน...แต่งตั้งคณะกรรมการ",
            f":: ความก้าวหน้าของงานฯ = {n + 2}.5 :",
            f"{budget} เป็นไปตาม เป็นไปตาม",
            f"{under}                            แผน           เป้าหมาย"]


def _disbursed(*rows: tuple[str, str]) -> dict:
    texts = [t for n, (budget, under) in enumerate(rows, 1) for t in _row(n, budget, under)]
    result = parse_entries(_lines(*texts, start=300))
    return {seq: figure_values(e)[0].get("disbursed") for seq, e in sorted(result.entries.items())}


def test_the_amount_under_the_clause_beside_the_flags_is_its_disbursement():
    got = _disbursed(("งบประมาณที่เบิกใช้ (ครั้งที่1 =", "0 บาท.-"),
                     ("งบประมาณที่เบิกใช้ (ครั้งที่2 =", "1,500 บาท -"),
                     (": งบประมาณที่เบิกใช้ (ครั้งที่3", "= 0 บาท.-"),
                     (": งบประมาณที่เบิกใช้ (ครั้งที่", "4) = 2,000 บาท.-"))
    assert got == {1: Decimal("0"), 2: Decimal("1500"), 3: Decimal("0"), 4: Decimal("2000")}


def test_the_clause_bracket_and_sign_read_apart_still_wait_for_the_amount():
    got = _disbursed(("งบประมาณที่เบิกใช้ (ครั้งที่ ]] =", "0 บาท.-"),
                     ("งบประมาณที่เบิกใช้ (ครั้งที่ 2) =", "0 บาท.-"))
    assert got == {1: Decimal("0"), 2: Decimal("0")}


def test_words_under_the_clause_are_no_amount():
    got = _disbursed(("งบประมาณที่เบิกใช้ (ครั้งที่1 =", "อยู่ระหว่างการเบิก"),
                     ("งบประมาณที่เบิกใช้ (ครั้งที่2 =", "0 บาท.-"))
    assert got[1] is None and got[2] == Decimal("0")


# A table of entries row by row, side by side (fresh set s78a, bma_progress_s78a007, reports 10-12): the budget
# clause's bracket closed after its number, its "=" and amount wrapped under the description's last words ("ใช้
# (ครั้งที่ ๑๐)" / "๒๕๖๗ ขณะนี้อยู่ระหว่าง = ๐.- บาท"), or alone, its point lost ("=๐- บาท")
def _table_row(n: int, amount_line: str) -> list[str]:
    return [f"รายงาน {n} กรกฎาคม ๒๕๖๗ :     ความก้าวหน้า      เป็นไปตาม",
            "",
            "ครั้งที่     ได้ดำเนินการประชุม        ของงานฯ =       แผน :",
            "",
            f"{n}      สัมมนาคณะกรรมการ     ๒๓.๕๐ %       เป็นไปตาม",
            "ศูนย์วิชาการเขต ไปแล้ว งบประมาณที่เบิก เป้าหมาย",
            f"เมื่อวันที่ ๒๕ มิถุนายน     ใช้ (ครั้งที่ {n})",
            "",
            amount_line,
            "การรวบรวมเอกสาร",
            ""]


def test_the_amount_wrapped_under_a_closed_clause_is_its_disbursement():
    texts = (_table_row(10, "๒๕๖๗ ขณะนี้อยู่ระหว่าง = ๐.- บาท") + _table_row(11, "=๐- บาท")
             + _table_row(12, "วิชาการเขต ไปแล้ว ๒.      = ๑,๒๐๐.- บาท"))
    result = parse_entries(_lines(*texts, start=300))
    got = {seq: figure_values(e)[0].get("disbursed") for seq, e in sorted(result.entries.items())}
    assert got == {10: Decimal("0"), 11: Decimal("0"), 12: Decimal("1200")}
    assert "ขณะนี้อยู่ระหว่าง" in result.entries[10].description
