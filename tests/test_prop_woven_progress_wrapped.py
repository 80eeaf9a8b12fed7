"""A four-column table of entries OCR read row by row with its cells side by side, whose progress cell the
cell's width wrapped after "ความก้าวหน้า" ("ความก้าวหน้า" / "ของงานฯ =" / "75.5%", fresh set w s19w001, setb
s19bpb009): "ของงานฯ =" after the description's words was taken for the description's (only "งานฯ =" alone
was the figures'), and the figure alone after a wide gap too ("โรงเรียนในสังกัด      75.5%"), so the
description swallowed both and the progress was lost.  Now "ของงานฯ =" and a figure with its "%" alone after a
wide gap are the figures cell's, and the progress words the wrap cut are joined again. """

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.test_bma_progress_entries_ocr import _lines

_ROWS = (
    "รายงาน    6 พฤษภาคม 64 : จัดกิจกรรมนิเทศ     ความก้าวหน้า        เป็นไปตาม",
    "ครั้งที่ 7     ติดตาม การดำเนินงานของ            ของงานฯ =          แผน :",
    "โรงเรียนในสังกัด                      75.5%               เป็นไปตาม",
    "งบประมาณที่เบิก      เป้าหมาย",
    "ใช้ (ครั้งที่ 7) = 0",
    "บาท",
    "รายงาน    29/6/2564 : ได้ดำเนินกิจกรรม      ความก้าวหน้า       เป็นไปตาม",
    "ครั้งที่ 8     สัปดาห์ห้องสมุด       ของงานฯ =          แผน :",
    "ยอดนักอ่าน ไปแล้ว      82.0%               เป็นไปตาม",
    "การรวบรวมเอกสาร       งบประมาณที่เบิก      เป้าหมาย",
    "เบิกจ่าย                              ใช้ (ครั้งที่ 8) = 0",
    "บาท",
)


def test_progress_words_a_cell_wrapped_after_ความก้าวหน้า_are_read_with_their_figure():
    result = parse_entries(_lines(*_ROWS))
    assert sorted(result.entries) == [7, 8]
    values = {n: figure_values(result.entries[n])[0] for n in result.entries}
    assert values[7]["progress_pct"] == 75.5 and values[8]["progress_pct"] == 82.0
    assert str(values[7]["disbursed"]) == "0.00" and str(values[8]["disbursed"]) == "0.00"
    texts = [ln.text for ln in unweave(_lines(*_ROWS))]
    assert "ความก้าวหน้าของงานฯ =" in texts and "75.5%" in texts
    descriptions = [t for t in texts if "ติดตาม" in t or "สังกัด" in t or "นักอ่าน" in t or "เบิกจ่าย" == t]
    assert not any("ของงาน" in t or "%" in t for t in descriptions)


def test_a_figure_in_the_description_with_no_wide_gap_before_it_stays_text():
    rows = list(_ROWS[:6])
    rows[2] = "โรงเรียนในสังกัด ร้อยละ 75.5%               เป็นไปตาม"  # one space: the description's own words
    texts = [ln.text for ln in unweave(_lines(*rows, *_ROWS[6:]))]
    assert "โรงเรียนในสังกัด ร้อยละ 75.5%" in texts
