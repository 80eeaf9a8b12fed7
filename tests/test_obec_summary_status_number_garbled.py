"""The OBEC summary's table of the three status groups (phrase and count in two columns) whose last row's number
OCR garbled, its mark kept ("a. โครงการที่ยังไม่ได้ดำเนินการ      จำนวน ๓ โครงการ" for ๓., fresh set s58o obec
001): the table's fold took that row for the wrapped cells of the row before, and the summary read the one count
after the later phrase (the in-progress count lost, the not-started one the in-progress figure).  The row opens
there (read._garbled_number_status, asked by _opens_row)."""

from __future__ import annotations

from parsers.obec_progress.read import _garbled_number_status, _opens_row
from tests.test_obec_ocr import report, run

ONE = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐"
THREE = ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว     จำนวน ๒ โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐\n"
         "๒. โครงการที่อยู่ระหว่างดำเนินการ        จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐\n"
         "{mark} โครงการที่ยังไม่ได้ดำเนินการ           จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐")


def _counts(mark: str) -> tuple:
    text = report()
    assert ONE in text
    (summary,) = run(text.replace(ONE, THREE.format(mark=mark), 1))["report_summaries"]
    return summary["n_completed"], summary["n_in_progress"], summary["n_not_started"]


def test_a_status_row_whose_number_ocr_garbled_opens_a_row_of_its_own():
    assert _counts("๓.") == (2, 0, 0)
    assert _counts("a.") == (2, 0, 0)


def test_only_a_garbled_number_before_a_status_phrase_opens_so():
    assert _garbled_number_status("a. โครงการที่ยังไม่ได้ดำเนินการ           จำนวน ๓ โครงการ")
    assert _opens_row(["a. โครงการที่ยังไม่ได้ดำเนินการ", "จำนวน ๓ โครงการ"])
    assert not _garbled_number_status("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ")  # a number: read as one
    assert not _garbled_number_status("a. โครงการพัฒนาครู กลุ่มนิเทศ")  # no status phrase
    assert not _garbled_number_status("[ปี โครงการที่อยู่ระหว่างดำเนินการ")  # a chart's legend: no mark
