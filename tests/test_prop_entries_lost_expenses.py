"""A BMA progress document whose report entries (section 2) no copy reads,
their heading OCR garbled past its anchor (fresh set bpexp24a,
bma_progress_bpexp24a011: 'va' for '2. รายงานความก้าวหน้าของโครงการและการ
ใช้จ่ายงบประมาณ'; the entries then read as nothing): the section was said
missing (missing_section on progress_reports), and every report's fields with
it, but the expense lines the entries list, lost with them, were not (21
silent misses: three lines).  Now a project with no report entry and no
expense line in any copy says its lines, if it had any, were lost
(missing_value on expenses).  A project with entries read, or lines read,
says nothing of the kind.  (With its heading alone garbled, the first report's header
opens the section now, fields.ENTRIES_OPENED: the entries are read, said label_inferred; so the
text here loses the first header's words too.)"""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from pipeline.stages import process_document
from schemas.document import Reading
from tests.conftest import sample_text

_HEADING = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"
_FIRST = "รายงานครั้งที่ 1 :: "


def _lost(issues):
    return [i for i in issues if i["field"] == "expenses" and i["code"] == "missing_value"]


def test_entries_lost_in_every_copy_say_their_expense_lines_were_lost_too():
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert _HEADING in text
    read = process_document("001.txt", text.replace(_HEADING, "va").encode("utf-8"))
    assert read["progress_reports"] and not _lost(read["issues"])
    assert "progress_reports" in {i["field"] for i in read["issues"] if i["code"] == "label_inferred"}
    assert _FIRST in text
    rows = process_document("001.txt", text.replace(_HEADING, "va").replace(_FIRST, "va ").encode("utf-8"))
    assert not rows.get("progress_reports") and not rows.get("expenses")
    assert "progress_reports" in {i["field"] for i in rows["issues"] if i["code"] == "missing_section"}
    assert len(_lost(rows["issues"])) == 1
    rows = process_document("001.txt", text.encode("utf-8"))  # read whole: nothing of the kind
    assert rows["progress_reports"] and not _lost(rows["issues"])


def test_entries_or_lines_read_say_nothing_of_lines_lost_with_the_entries():
    said = lambda issues: [i for i in issues if i.field == "expenses" and i.code == "missing_value"]  # noqa: E731
    reports = {1: {"description": Reading("จัดอบรม", "จัดอบรม", 110, 114),
                   "disbursed": Reading(Decimal("0"), "฿0", 115, 115)}}
    assert said(check_figures(reports, {}, {})) == []
    assert said(check_figures({}, {2: [Decimal("5000")]}, {})) == []
    assert len(said(check_figures({}, {}, {}))) == 1
