"""An OBEC summary's status phrase one letter of which OCR misread ("โครงการที่ดำเนินการเสร็จลิ้นแล้ว", its ส read as
ล; fresh s88a004): the group's count and share were not read, so the counts no longer added up to the total and no
joint repair could weigh them.  The phrase one letter off is the group's (parsers.obec_progress.summary:
_STATUS_WORDS_SLIPPED, asked only where the phrase as printed is not found)."""

from __future__ import annotations

from parsers.obec_progress.summary import read_summary
from schemas.document import Line

_SUMMARY = """รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๓ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๑๓ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการ{done}แล้ว จำนวน ๒ โครงการ คิดเป็นร้อยละ ๑๕.๓๘
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๔ โครงการ คิดเป็นร้อยละ ๓๐.๗๗
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๗ โครงการ คิดเป็นร้อยละ ๕๓.๘๕"""


def _counts(done: str) -> list:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.format(done=done).splitlines(), 1)])
    return [got[f].value if f in got else None for f in ("n_projects", "n_completed", "n_in_progress", "n_not_started")]


def test_the_status_phrase_with_a_letter_misread_gives_its_count():
    assert _counts("เสร็จลิ้น") == [13, 2, 4, 7]
    assert _counts("เสร็จสิ้น") == [13, 2, 4, 7]


def test_a_phrase_two_letters_off_gives_none():
    assert _counts("เลร็จลิ้น")[1] is None
