"""A four-column table of entries OCR read column by column for its first rows, side by side after (s64z
bma_progress 005): the figures cell's budget clause words a narrow cell wrapped ("ๆ = 3 งบประมาณที่" / "เบิกใช้
(ครั้งที่ 1) =" / "B0"), the amount under the "=", while the description above ends in an expense item whose
figures OCR read apart ("ค่าเกียรติบัตร").  The wrapped words ("เบิกใช้", "ที่เบิกใช้") open the figures column
(sidebyside._FIGURES_RE), and the amount goes on with the clause whose "=" stands on the line just above, not with
the description's item further up (sidebyside.unweave).  Before, the words and the amount were the description's
text and the disbursement was lost."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_ROWS = (
    "รายงาน",
    "ครั้งที่ 1",
    "5 พ.ค. 2568 : ประชุม",
    "ผู้บริหารสถานศึกษา",
    "12 มิ.ย. 2568 : ยังไม่สามารถ",
    "ดำเนินกิจกรรมได้ตามกำหนด ค่าเกียรติบัตร",
    "ความก้าวหน้าของงาน",
    "ๆ = 3 งบประมาณที่",
    "{words} (ครั้งที่ 1) =",
    "{amount}",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงาน 30 ก.ค. 2568 : เวียนแจ้ง        ความก้าวหน้าของ      เป็นไปตาม",
    "ครั้งที่ 3 ประชาสัมพันธ์เชิญชวน     งานฯ = 63            แผน :",
    "ครูและบุคลากรทางการศึกษา         งบประมาณที่เบิกใช้ เป็นไปตาม",
    "ส่งผลงาน                       (ครั้งที่ 3) = ฿0      เป้าหมาย",
    "รายงาน 25 ก.ย. 2568 : สรุป             ความก้าวหน้าของ      เป็นไปตาม",
    "ครั้งที่ 4 ผลการดำเนินงาน          งานฯ = 100           แผน :",
    "และรายงานผลโครงการ               งบประมาณที่เบิกใช้ เป็นไปตาม",
    "                                 (ครั้งที่ 4) = ฿0      เป้าหมาย",
)


def _first(words: str, amount: str):
    texts = [t.format(words=words, amount=amount) for t in _ROWS]
    result = parse_entries(_lines(*texts))
    return figure_values(result.entries[1])[0], result


def test_wrapped_budget_words_keep_the_amount_under_them():
    for words in ("เบิกใช้", "ที่เบิกใช้"):
        values, _ = _first(words, "B0")
        assert values.get("disbursed") == 0, words


def test_the_description_keeps_a_line_of_words():
    # a line of words under the clause is no amount: it stays the description's, the clause's amount unread
    values, result = _first("เบิกใช้", "ผลงาน")
    assert values.get("disbursed") is None
