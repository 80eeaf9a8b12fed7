"""An OBEC project title whose number OCR read as Latin letters and lost its mark with them ("ae โครงการ..." for
"๘. โครงการ..."), right after the project before's findings, a project listed with no section of its own (the
group's last ones, "หมายเหตุ โครงการที่ ... เป็นโครงการที่ได้รับจัดสรรงบประมาณ..."), the next title within a few
lines garbled too ("@. โครงการ..."): the group's next title, numbered by its place (read._count_awaits takes such a
token as it takes a garbled number whose mark OCR kept, _LATIN_UNMARKED_RE).  Before, it was read as the last
line of the project before's suggestions: a project lost, its name in another project's finding."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
LISTED = ("{two} โครงการการคัดเลือกบุคคลเพื่อบรรจุและแต่งตั้งให้ดำรงตำแหน่งผู้อำนวยการสถานศึกษา\n"
          "@. โครงการส่งเสริมสุขภาวะที่ดีของนักเรียนด้วยกิจกรรมกีฬาและนันทนาการ\n"
          "หมายเหตุ โครงการที่ ๒ และ ๓ เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n")


def _text(two: str) -> str:
    one = project(1, FY) + "ข้อเสนอแนะ\nวางแผนการดำเนินการล่วงหน้า\n"
    return report(fy=FY, projects=[one, LISTED.format(two=two)]).replace("จำนวน 2 โครงการ", "จำนวน ๓ โครงการ")


def test_a_title_whose_number_ocr_read_as_latin_letters_without_its_mark_is_a_title():
    truth = sorted((p["group_seq"], p["name"]) for p in run(_text("๒."))["projects"])
    assert [seq for seq, _ in truth] == [1, 2, 3]
    rows = run(_text("ae"))
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"]) == truth
    findings = [f["text"] for f in rows["findings"] if f["kind"] == "suggestion"]
    assert findings == ["วางแผนการดำเนินการล่วงหน้า"]
