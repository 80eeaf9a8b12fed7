"""An OBEC list item that is an item the report prints whole elsewhere, then runs on past a gap (a page's running
header left out) with text that is no item of the report: the next item's number and first letters lost at the
page's top ("๒) ได้เผยแพร่...ของสำนักงาน" / header / "เข้าร่วมกิจกรรมมีความรู้...", for "๓) ผู้เข้าร่วม...";
set s47o obec_progress_s47o001).  Read as one item, the row of the item lost was missing with no issue
naming the table; now said (items_cut_in_doubt on the table: lists.known_head_run_on)."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
KNOWN = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"


def _report(findings: str) -> str:
    first = project(1, FY).replace("ได้ดำเนินการครบตามแผนที่กำหนด\n", findings)
    second = project(2, FY).replace("ได้ดำเนินการครบตามแผนที่กำหนด\n", f"๑) ได้ดำเนินการนิเทศ ติดตาม\n๒) {KNOWN}\n")
    # (a list read over two paragraphs without numbers: the report's items known whole are weighed only where
    # some list is in doubt, read.read_report)
    second = second.replace("ครูมีความรู้ความเข้าใจ\n", "ครูมีความรู้ความเข้าใจ\n\nครูนำความรู้ไปใช้ในการจัดการเรียนรู้ได้\n")
    return report(projects=[first, second])


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "findings" and i["code"] == "items_cut_in_doubt"]


def test_a_known_item_running_on_past_a_gap_into_unknown_text_is_said():
    assert not _said(run(_report(f"๑) ได้ดำเนินการนิเทศ ติดตาม\n๒) {KNOWN}\n๓) ผู้เข้าร่วมกิจกรรมมีความรู้\n")))
    lost = "เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการ"
    rows = run(_report(f"๑) ได้ดำเนินการนิเทศ ติดตาม\n๒) {KNOWN}\n\n{lost}\n"))
    results = [f["text"] for f in rows["findings"] if f["kind"] == "result"]
    assert f"{KNOWN} {lost}" in results
    assert len(_said(rows)) == 1  # before: none
    # the item's own text the page wrapped after a gap (no known item before the gap): nothing said
    rows = run(_report(f"๑) ได้ดำเนินการนิเทศ ติดตาม\n๒) ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์\n\nและสื่อสังคมออนไลน์ของสำนักงาน\n"))
    assert not _said(rows)
