"""An entries block (entries across) whose upper rows OCR read across (the
heads, dates, descriptions and the progress row) and whose lower rows it
read down after them, past their labels' column ("งบประมาณ" / "ที่เบิกใช้" /
"ความสอดค" / "ล้องกับแผน"): one column per entry, each its amount and its plan
verdict (the verdict's "ไม่" on a line of its own, its words cut inside one,
"เป็นไปต" / "ามแผน") (parsers.bma_progress.interleaved.lower_columns; a
modified copy of s83a001's second block).  Before, the columns' amounts and
verdicts went to no entry, or all to the last."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_UPPER = ("รายการ\tรายงานครั้งที่ 5\tรายงานครั้งที่ 6\tรายงานครั้งที่ 7\tรายงานครั้งที่ 8",
          "วันที่รายงาน\t2/6/2563\t9/7/2563\t14/8/2563\t25/9/2563",
          "รายละเอียดการดำเนินงาน\tประชุม\tจัดทำคำสั่ง\tจัดอบรม\tสรุปผล",
          "ความก้าวหน้าของงานฯ\t52\t58\t66\t100")
_LABELS = ("งบประมาณ", "ที่เบิกใช้", "ความสอดค", "ล้องกับแผน")
_COLUMNS = ("0 บาท.-", "เป็นไปตาม", "แผน", "1,200 บาท.-", "ไม่", "เป็นไปต", "ามแผน", "0 บาท.-", "เป็นไปตาม", "แผน",
            "26,400", "บาท.-", "เป็นไปตาม", "แผน")


def _read(*texts):
    result = parse_entries(numbered_lines(*texts, start=100))
    return result.entries, result


def test_each_lower_column_goes_to_its_entry_left_to_right():
    entries, result = _read(*_UPPER, *_LABELS, *_COLUMNS)
    assert sorted(entries) == [5, 6, 7, 8]
    paid = {5: 0, 6: 1200, 7: 0, 8: 26400}
    plans = {5: True, 6: False, 7: True, 8: True}
    for seq in paid:
        values, _ = figure_values(entries[seq])
        assert values["disbursed"] == Decimal(paid[seq]), seq
        assert values["on_plan"] is plans[seq], seq
    said = [i for i in result.issues if i.code == "label_inferred" and i.field == "progress_reports.disbursed"]
    assert len(said) == 4


def test_fewer_columns_than_entries_are_left_as_read():
    entries, result = _read(*_UPPER, *_LABELS, *_COLUMNS[:10])
    assert not [i for i in result.issues if i.code == "label_inferred" and "read down after its upper rows" in i.message]
