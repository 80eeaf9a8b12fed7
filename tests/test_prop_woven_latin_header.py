"""A four-column table of entries OCR read row by row with its cells side by side, whose header cell's second
word "ครั้งที่ N" OCR read in Latin letters ("รายงาน 21 มิถุนายน 68 : ..." / "ARNO ขั้นตอน...", "asin",
"agin 1", "ann" / "๒": fresh sets setb s19bpb009, bp/set1 s19bpa006, m s19m006): the header cell was "รายงาน"
alone, no header, the Latin word the description's and the entry ran into the one before it.  Now, on the line
right under a row's "รายงาน" alone, a short Latin word opening the line is that header's "ครั้งที่" (its number
after it when one stands there, else the number the sequence gives, said), not the description's."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.test_bma_progress_entries_ocr import _lines

_ROWS = (
    "รายงาน 19 เมษายน 68 : อยู่ระหว่าง       ความก้าวหน้าของ       เป็นไปตามแผน :",
    "ครั้งที่ 7 การเตรียมการประชุม            งานฯ = 63.5 %        เป็นไปตาม",
    "เชิงปฏิบัติการ       งบประมาณที่เบิกใช้       เป้าหมาย",
    "ทางวิชาการ      (ครั้งที่ 7) = 0 บาท",
    "รายงาน 27/5/68 : อยู่ระหว่างการ         ความก้าวหน้าของ       เป็นไปตามแผน :",
    "ARNO เตรียมการประชุม          งานฯ = 64.5 %        เป็นไปตาม",
    "พัฒนาภาวะผู้นำ       งบประมาณที่เบิกใช้       เป้าหมาย",
    "ทางวิชาการ      (ครั้งที่ 8) = 0 บาท",
    "รายงาน 21 มิถุนายน 68 : อยู่ระหว่าง      ความก้าวหน้าของ       เป็นไปตามแผน :",
    "asin 9 ขั้นตอน...พิจารณาเกณฑ์          งานฯ = 90 %     เป็นไปตาม",
    "การคัดเลือกและตัดสินผลงาน      งบประมาณที่เบิกใช้       เป้าหมาย",
    "กิจกรรม      (ครั้งที่ 9) = 0 บาท",
)


def test_a_header_s_second_word_read_in_latin_letters_opens_its_entry():
    result = parse_entries(_lines(*_ROWS))
    assert sorted(result.entries) == [7, 8, 9]
    values = {n: figure_values(result.entries[n])[0] for n in result.entries}
    assert [values[n]["progress_pct"] for n in (7, 8, 9)] == [63.5, 64.5, 90.0]
    texts = [ln.text for ln in unweave(_lines(*_ROWS))]
    assert "รายงานครั้งที่" in texts and "รายงานครั้งที่ 9" in texts
    assert not any("ARNO" in t or "asin" in t for t in texts)


def test_a_latin_word_under_a_whole_header_stays_the_description_s():
    rows = list(_ROWS)
    rows[2] = "ONET เชิงปฏิบัติการ       งบประมาณที่เบิกใช้       เป้าหมาย"  # the header is whole above it
    texts = [ln.text for ln in unweave(_lines(*rows))]
    assert "ONET เชิงปฏิบัติการ" in texts and texts.count("รายงานครั้งที่ 7") == 1
