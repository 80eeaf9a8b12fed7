"""The last titles of an OBEC status group listed with no sections of their
own (projects that report nothing: "หมายเหตุ โครงการที่ ๙ และ ๑๐ ..."),
the first one's number OCR read as no digit ("ae. โครงการ..." for ๙, set m
obec_progress_s19m002): no section followed to vouch for it, so it was run
on into the project before it (its last finding) and the title after it,
numbered one past the place it had skipped, was lost too (two projects
missing).  The next title within a few lines, numbered plainly right after
the unreadable one's place, vouches for it (read._next_title_numbered): it
is numbered by its place, said as such, and the summary's count confirms
it as for any unreadable number.  Where the next title's number is not that
place's next, the title stays unread as before."""

from __future__ import annotations

from tests.test_obec_ocr import run
from tests.test_prop_obec_group_header_lost import FY, _numbered

HEAD = f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
ข้อมูล ณ วันที่ ๓๑ มีนาคม {FY}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๔ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๔ โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐
๑. โครงการที่อยู่ระหว่างดำเนินการ (๔ โครงการ)
"""


def _report(third: str, fourth: str) -> str:
    return (HEAD + _numbered(1, "๑") + _numbered(2, "๒")
            + f"{third}. โครงการการน้อมนำพระบรมราโชบายด้านการศึกษา\nรัชกาลที่ ๑๐ สู่การปฏิบัติ\n"
            + f"{fourth}. โครงการส่งเสริม สนับสนุนการดำเนินงานสวนพฤกษศาสตร์โรงเรียน\n"
            + "หมายเหตุ โครงการที่ ๓ และ ๔ เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n")


def _names(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"][:30]) for p in rows["projects"])


def test_an_unreadable_number_is_vouched_for_by_the_next_title_numbered_after_its_place():
    truth = _names(run(_report("๓", "๔")))
    assert len(truth) == 4
    rows = run(_report("ae", "๔"))
    assert _names(rows) == truth  # before: projects 3 and 4 missing, the third title in project 2's findings
    said = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert said and "ae" in said[0]["message"]


def test_a_next_title_numbered_otherwise_vouches_for_nothing():
    # ("๖." past the count is numbered by its place as before; the unreadable title before it is not taken)
    names = _names(run(_report("ae", "๖")))
    assert len(names) == 3 and not any(n.startswith("โครงการการน้อมนำ") for _, n in names)
