"""A table of entries in the "::" layout (header cell, ":: date : description", ":: ความก้าวหน้าของงานฯ = N % งบประมาณ
ที่เบิกใช้ (ครั้งที่ N) = ...", the flags) that OCR read row by row for its first rows and then column by column: the
run of header cells ("รายงาน" / "ครั้งที่ N", two lines each, one under another) read in the middle of the last
row read across, between its progress clause (whose "%" went with the budget clause) and its budget clause; then
the date-and-description cells, each with its figures, then the flags (fresh set s63o, bma_progress_s63o005).

Three things went wrong, each its own rule:

* clauses._runs_across: the progress clause "ความก้าวหน้าของงานฯ = 13.00" ending the line, its "%" lost, matched
  PROGRESS_RE up to the line break's whitespace, which counted as running across the break: the first "รายงาน"
  of the run continued the clause's piece and its header was lost as text.  A match that reaches past the break
  by whitespace alone runs across nothing.
* sidebyside.unweave: the budget clause standing right under the run ("% งบประมาณที่เบิกใช้ (ครั้งที่ 3) =" /
  "0.- บาท") went into the last header's row, after that row's description: the next date-and-description cell
  came before it and was taken by report 3.  A figures cell right under a run of headers, before any date cell,
  is the entry before the run's and stands where it was read.
* assemble._Assembler: a date-and-description cell owned by the budget clause after it keeps that clause's
  entry when the clause's number, misread, is repaired (the cell went to the number as printed).
"""

from __future__ import annotations

from parsers.bma_progress.clauses import _runs_across, pieces
from parsers.bma_progress.entries import expense_values, figure_values, parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.lines import numbered_lines as _lines

_ACROSS = (
    "รายงาน\t:: 12 ธันวาคม 2566 : จัดประชุม",
    "ครั้งที่1\tคณะทำงานเพื่อวางแผน",
    ":: ความก้าวหน้าของงานฯ = 5.00\t:",
    "% งบประมาณที่เบิกใช้ (ครั้งที่ 1) =\tเป็นไปตาม เป็นไปตาม",
    "0.- บาท\tแผน\tเป้าหมาย",
    "รายงาน\t:: 22 มกราคม 2567 : แต่งตั้ง",
    "ครั้งที่2\tคณะกรรมการดำเนินงาน",
    ":: ความก้าวหน้าของงานฯ = 10.00\t:",
    "% งบประมาณที่เบิกใช้ (ครั้งที่ 2) =\tเป็นไปตาม เป็นไปตาม",
    "0.- บาท\tแผน\tเป้าหมาย",
    "รายงาน\t:: 8 ก.พ. 2567 : เตรียมการ",
    "ครั้งที่3\tจัดทำคู่มือการประเมิน",
    "ส่งให้โรงเรียนในสังกัด",
    ":: ความก้าวหน้าของงานฯ = 14.00",
)


def _stacked(numbers: tuple[str, str, str] = ("4", "5", "6"), fourth_named: str = "4") -> tuple[str, ...]:
    heads = [line for n in numbers for line in ("รายงาน", f"ครั้งที่{n}", "")]
    return (
        *heads,
        "% งบประมาณที่เบิกใช้ (ครั้งที่ 3) =",
        "0.- บาท",
        ":: 5/3/2567 : ออกนิเทศติดตาม",
        "การดำเนินงานของโรงเรียน",
        "ค่าอาหารว่างและเครื่องดื่ม 40 คน",
        "x 25.- บาท = 1,000.- บาท",
        ":: ความก้าวหน้าของงานฯ = 18.00",
        f"% งบประมาณที่เบิกใช้ (ครั้งที่ {fourth_named}) =",
        "1,000.- บาท",
        ":: 3 เม.ย. 67 : รวบรวมผลการนิเทศ",
        "เสนอผู้บริหาร",
        ":: ความก้าวหน้าของงานฯ = 22.00",
        "% งบประมาณที่เบิกใช้ (ครั้งที่ 5) =",
        "0.- บาท",
        ":: 6 มิถุนายน 67 : สรุปผลการดำเนินงาน",
        ":: ความก้าวหน้าของงานฯ = 30.00",
        "% งบประมาณที่เบิกใช้ (ครั้งที่ 6) =",
        "0.- บาท",
        "เป็นไปตาม", "แผน", "", "เป็นไปตาม", "แผน", "", "เป็นไปตาม", "แผน", "", "เป็นไปตาม", "แผน",
        "เป็นไปตาม", "เป้าหมาย", "", "เป็นไปตาม", "เป้าหมาย", "", "เป็นไปตาม", "เป้าหมาย", "",
        "เป็นไปตาม", "เป้าหมาย",
    )


def test_a_progress_clause_whose_sign_is_lost_does_not_run_across_the_break():
    assert not _runs_across(":: ความก้าวหน้าของงานฯ = 14.00", "รายงาน")
    # a clause that does run on past the break still does: its figure on the next line
    assert _runs_across("ความก้าวหน้าของงานฯ =", "70.00 %")


def test_the_first_header_of_the_run_opens_a_piece_of_its_own():
    opened = [p.text.split("\n")[0] for p in pieces(unweave(_lines(*_ACROSS, *_stacked())))]
    assert sum(1 for t in opened if t.replace(" ", "").startswith("รายงานครั้งที่4")) == 1


def test_the_figures_cell_under_the_run_stays_the_entry_before_it():
    texts = [ln.text for ln in unweave(_lines(*_ACROSS, *_stacked()))]
    budget = next(i for i, t in enumerate(texts) if "(ครั้งที่ 3)" in t)
    assert budget < next(i for i, t in enumerate(texts) if t.startswith(":: 5/3/2567"))
    result = parse_entries(_lines(*_ACROSS, *_stacked()))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    assert figure_values(result.entries[3])[0]["disbursed"] is not None
    four = result.entries[4]
    assert four.description.startswith("ออกนิเทศติดตาม")
    assert [str(expense_values(e)[0]["amount"]) for e in four.expenses] == ["1000.00"]
    assert not result.entries[3].expenses
    assert result.entries[5].description.startswith("รวบรวมผล")
    assert result.entries[6].description.startswith("สรุปผล")


def test_a_cell_goes_with_its_clause_when_the_clause_s_number_is_repaired():
    # report 4's clause printed "(ครั้งที่ 5)", the run's first number misread too ("5 5 6" for 4 5 6): the clause is
    # read as report 4's, and the date-and-description cell before it with it
    lines = _lines(*_ACROSS, *_stacked(numbers=("5", "5", "6"), fourth_named="5"))
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    four = result.entries[4]
    assert four.description.startswith("ออกนิเทศติดตาม")
    assert len(four.expenses) == 1
    assert not result.entries[5].expenses and result.entries[5].description.startswith("รวบรวมผล")
