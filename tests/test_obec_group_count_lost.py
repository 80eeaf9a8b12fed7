"""An OBEC status group's header whose number OCR read as a Latin letter and whose count it dropped ("a.
โครงการที่ยังไม่ได้ดำเนินการ จำนวน โครงการ ดังนี้": ๓ read "a", ๗ lost) was no header: a speck where the number
stands needs the count to say a header, and its seven projects were read as text of the project before it (fresh
set s99r, obec_progress_s99r001: 58 fields).  The count's place between its words, and the words a header ends
with after it, say a header too (read._COUNT_LOST_RE); a summary row ends with its share instead."""

from tests.test_obec_ocr import report, run

NOT_STARTED = """{head} โครงการที่ยังไม่ได้ดำเนินการ จำนวน โครงการ ดังนี้
ที่ ชื่อโครงการ
๑ โครงการโรงเรียนสีเขียว
๒ โครงการส่งเสริมการจัดการเรียนรู้ตามหลักปรัชญาของเศรษฐกิจพอเพียง
"""


def test_a_group_header_whose_number_and_count_ocr_damaged_opens_its_group():
    rows = run(report() + NOT_STARTED.format(head="a."))
    got = sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")
    assert got == [(1, "โครงการโรงเรียนสีเขียว"), (2, "โครงการส่งเสริมการจัดการเรียนรู้ตามหลักปรัชญาของเศรษฐกิจพอเพียง")]


def test_its_words_without_the_header_s_tail_open_no_group():
    text = report() + NOT_STARTED.format(head="a.").replace(" ดังนี้", " คิดเป็นร้อยละ")
    assert not [p for p in run(text)["projects"] if p["plan_status"] == "not_started"]
