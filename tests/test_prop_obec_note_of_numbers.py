"""A note under a list of projects that names projects by their numbers
("หมายเหตุ โครงการที่ ๓ และ ๕ เป็นโครงการที่ได้รับจัดสรรงบประมาณจาก...")
whose word OCR garbled into a short token ("get โครงการที่ ฆข และ ๕ ...";
fresh set ob2x/set1 ob2x23001): the token stood where a title's number
would, the words after it open with "โครงการ", and in a list of titles only
a title with an unreadable number needs nothing to vouch for it, so the note
was read as one more project (8 extra fields).  Now a line whose number is
unreadable and whose words name projects by number ("โครงการที่ N และ M",
"โครงการที่ N, M") is no title: it stays text (unplaced, said).  A title
with an unreadable number whose words name no numbers is read as before."""
from tests.test_obec_ocr import project, report, run

LISTED = "๓. โครงการพัฒนาครูในสังกัด\n๔. โครงการส่งเสริมการอ่าน\n"


def _names(tail: str) -> list[str]:
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + LISTED + tail)
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_note_naming_projects_by_number_whose_word_ocr_garbled_is_no_title():
    for note in ("get โครงการที่ ๓ และ ๔ เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงาน\n",
                 "get โครงการที่ ฆข และ ๕ เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงาน\n"):
        names = _names("\n" + note)
        assert len(names) == 4, names
        assert not any("จัดสรร" in n for n in names)
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + LISTED + "\nget โครงการที่ ๓ และ ๔ เป็นโครงการ\n")
    assert any(i["code"] == "unplaced_text" for i in rows["issues"])  # the note, said


def test_a_title_whose_number_is_unreadable_is_read_as_before():
    names = _names("get โครงการพัฒนาระบบสารสนเทศ\n")
    assert names[-1] == "โครงการพัฒนาระบบสารสนเทศ" and len(names) == 5
