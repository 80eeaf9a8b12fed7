"""An entries table whose columns are the reports, after OCR: a report's
description ending "...และเบิกจ่ายตาม" / "งบประมาณ" wrapped its last word
into the labels' column, beside the next report's description line that
holds a date's year ("งบประมาณ<tab>2564 ขณะนี้อยู่ระหว่างการ").  The bare
word read as the budget row's label, the year as a disbursement (2,564
baht), and the next report's words after it were lost.  The budget row's
label is "งบประมาณที่เบิกใช้"; its first word alone beside no cell that may
be an amount (a digit, no Thai word but its unit) is the description's
text (transposed._BARE_BUDGET_RE, _amount_cell)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

_ROWS = (
    ("รายการ\tครั้งที่ 5\tครั้งที่ 6", (0, 17, 37)),
    ("วันที่รายงาน\t24 ก.ค. 2564\t28 ก.ย. 2564", (0, 20, 33)),
    ("รายละเอียดการ\tดำเนินการจัด\tได้ดำเนินการประกวดผลงาน", (0, 18, 37)),
    ("ดำเนินงาน\tสัมมนา และเบิก\tนวัตกรรมแห่งการเรียนรู้", (0, 18, 33)),
    ("จ่ายตาม\tไปแล้วเมื่อวันที่ 20 กันยายน", (0, 18)),
    ("งบประมาณ\t2564 ขณะนี้อยู่ระหว่างการ", (0, 18)),
    ("รวบรวมเอกสารประกอบการเบิก", ()),
    ("ความก้าวหน้า\t50.00 %\t51.00 %", (0, 19, 37)),
    ("ของงานฯ", ()),
    ("งบประมาณที่เบิก\t0 บาท\t1,200 บาท", (0, 16, 35)),
    ("ใช้", ()),
    ("ความสอดคล้อง\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 17, 30)),
    ("กับแผน", ()),
    ("ความสอดคล้อง\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 17, 35)),
    ("กับเป้าหมาย", ()),
)


def _lines(rows):
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=145)]


def test_a_bare_budget_word_beside_words_and_a_year_is_the_descriptions_text():
    entries = parse_entries(_lines(_ROWS)).entries
    assert sorted(entries) == [5, 6]
    assert entries[5].description.endswith("งบประมาณ")
    assert "2564 ขณะนี้อยู่ระหว่างการ" in entries[6].description
    assert [str(figure_values(entries[n])[0]["disbursed"]) for n in (5, 6)] == ["0.00", "1200.00"]


def test_a_bare_budget_word_beside_amounts_is_still_the_budget_row():
    rows = list(_ROWS)
    rows[9] = ("งบประมาณ\t0 บาท\t1,200 บาท", (0, 16, 35))  # (a label OCR cut to its first word)
    entries = parse_entries(_lines(rows)).entries
    assert [str(figure_values(entries[n])[0]["disbursed"]) for n in (5, 6)] == ["0.00", "1200.00"]
