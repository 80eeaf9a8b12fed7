"""An OBEC report whose last project of a status group ends with an empty
list (its "ข้อเสนอแนะ" heading and nothing under it), then the next group's
header, one that counts no projects ("๓. โครงการที่ยังไม่ได้ดำเนินการ
จำนวน ๐ โครงการ ดังนี้"), then the report's signature, whose dotted line OCR
garbled into a line of letters and digits ("0 0ฝฝ0ฝ0ฝ1ไ10 07"; fresh sets
s76o obec 003, s71b obec 002, s72b obec 003, s73o obec 004, s74o obec 004).
Before, the group's header closed nothing: the garbled line was read as the
project before's first suggestion (a findings row of garbage, four fields
that are none).  Now the header ends that project's rounds (read.assemble:
Project.group_after): a text line under it before any title is no item of
the project's lists, and is left unplaced and said (unplaced_text)."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

GARBLED = "0 0ฝฝ0ฝ0ฝ1ไ10 07"


def _text(suggestion: str = "") -> str:
    tail = "ปัญหาและอุปสรรคในการดำเนินงาน\nข้อเสนอแนะ\n" + (f"{suggestion}\n" if suggestion else "")
    tail += f"๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๐ โครงการ ดังนี้\n{GARBLED}\n"
    return report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗") + tail])


def test_a_line_under_the_next_group_s_header_is_no_suggestion_of_the_project_before():
    rows = run(_text())
    assert not [f for f in rows["findings"] if f["kind"] == "suggestion"]
    assert not [f for f in rows["findings"] if "ฝ" in f["text"]]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and GARBLED in (i["evidence"] or "")]
    assert len(said) == 1


def test_a_suggestion_before_the_header_is_still_read():
    rows = run(_text("วางแผนการดำเนินการล่วงหน้า"))
    assert [f["text"] for f in rows["findings"] if f["kind"] == "suggestion"] == ["วางแผนการดำเนินการล่วงหน้า"]
    assert not [f for f in rows["findings"] if "ฝ" in f["text"]]
