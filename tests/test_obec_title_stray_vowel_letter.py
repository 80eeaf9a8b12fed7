"""A project listed by its title alone whose row OCR read with a speck of the table's rule before the title as the
vowel letter ฤ ("๑ ฤโครงการการส่งเสริม...", fresh set s60o's obec_progress_s60o004): ฤ (and ฦ) is always followed
by a consonant or ๅ, never by a vowel, so it opens no word before "โครงการ", as a leading vowel there does not
("ใโครงการ", read.py's _STRAY_VOWEL).  Before, the row opened no title and the project was lost (8 misses)."""

from tests.test_obec_ocr import report, run

_NAMES = ["โครงการการส่งเสริมสนับสนุนการจัดประสบการณ์การเรียนรู้", "โครงการโรงเรียนสีเขียว (School of go green)"]


def _rows(mark: str) -> list[dict]:
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๐.๐๐\n"
                            "การเบิกจ่าย", 1)
    table = ("\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n\nที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n\n"
             f"๑ {mark}{_NAMES[0]}\tกลุ่มส่งเสริมการศึกษาทางไกล\n\n"
             f"๒ {_NAMES[1]}\tกลุ่มนโยบายและแผน\n")
    rows = run(base + table)
    return sorted((p for p in rows["projects"] if p["plan_status"] == "not_started"), key=lambda p: p["group_seq"])


def test_a_vowel_letter_before_the_title_is_a_speck_and_the_project_is_read():
    for mark in ("ฤ", "ฦ", "ใ", ""):
        listed = _rows(mark)
        assert [p["name"] for p in listed] == _NAMES, mark
        assert [p["group_seq"] for p in listed] == [1, 2]
