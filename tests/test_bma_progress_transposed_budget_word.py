"""An entries table (entries as columns, read row by row) whose description
row's wrapped text puts a word opening with the budget label's first word at a
line's start ("...เพื่อประหยัด" / "งบประมาณของ" / "ทางราชการ", the cancelled
entry's reason): that line is the description's text, no budget row with no
value, which ended the table before its progress, budget and flag rows
(parsers.bma_progress.transposed._word_on_budget; s61z001's second table)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _word_on_budget, untranspose
from tests.test_bma_progress_entries_ocr import _lines

_TABLE = (
    "รายการ\tครั้งที่ ๔\tครั้งที่ ๕",
    "วันที่รายงาน\t๒๖/๓/๒๕๖๓\t๓๐/๗/๒๕๖๓",
    "รายละเอียดการ\tเวียนแจ้ง\tยกเลิกโครงการ",
    "ดำเนินงาน\tประชาสัมพันธ์\tเนื่องจากไม่สอดคล้อง",
    "เข้าร่วมกิจกรรม\tและเพื่อประหยัด",
    "งบประมาณของ",
    "จึงขอยกเลิก",
    "ความก้าวหน้า\t๗๐.๐๐ %\t๗๐.๐๐ %",
    "ของงานฯ",
    "งบประมาณที่\t๐.- บาท\t๑,๕๐๐.- บาท",
    "เบิกใช้",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย",
)


def test_a_description_word_opening_with_the_budget_label_does_not_end_the_table():
    texts = [ln.text for ln in untranspose(_lines(*_TABLE, start=130))]
    # each entry's lower rows given back as its clauses (before: the rows left as read, the table ended)
    assert texts.count("ความก้าวหน้าของงานฯ = ๗๐.๐๐ %") == 2
    assert texts.index("งบประมาณที่เบิกใช้ = ๐.- บาท") < texts.index("รายงานครั้งที่ ๕") \
        < texts.index("งบประมาณที่เบิกใช้ = ๑,๕๐๐.- บาท")
    entries = parse_entries(_lines(*_TABLE, start=130)).entries
    assert sorted(entries) == [4, 5]
    values, _ = figure_values(entries[5])
    assert values["progress_pct"] == Decimal(70) and values["disbursed"] == Decimal(1500)
    assert values["on_plan"] is False
    assert values["on_target"] is False and figure_values(entries[4])[0]["on_plan"] is True
    assert any("งบประมาณของ" in entries[s].description for s in (4, 5))


def test_the_budget_label_damaged_is_still_the_label():
    assert _word_on_budget("งบประมาณของ") and _word_on_budget("งบประมาณในการ")
    for label in ("งบประมาณ", "งบประมาณที่", "งบประมาณทีเบิก", "งบประมาณพี่เบิกใช้", "งบประมาณเบิกใช้",
                  "งบประมาณทที่เบิกใช้", "งบประมาณทที่เบิก", "งบประมาณที่เบิกใช"):
        assert not _word_on_budget(label), label
