"""An OBEC project's title whose number OCR garbled, its mark kept ("«. โครงการ..."),
between lines of OCR specks a stamp or a picture left, their wide gaps read as
cells ("๑27    ๐    บู" / "จ7          จ"; fresh set s44z, obec_progress_s44z004):
the lines of several cells made a table of them (parsers.grid.fold_tables), whose
row opened at the specks took the title as its wrapped text, so the title was never
seen and the project's whole round was read as the project before's (a round of
quarter 2 after its round of quarter 2).  The title opens a row of its own
(read._garbled_number_title), without the specks' tokens folded onto its end
(read._without_folded_specks), and rule_title takes it as it takes any title whose
number is unreadable (a section vouches for it; numbered by its place)."""
from tests.test_obec_ocr import project, report, run

TITLE = "โครงการประชุมเชิงปฏิบัติการเพื่อสร้างความเข้าใจการดำเนินการ"


def _text() -> str:
    second = project(2, "๒๕๖๗").replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n", "")
    specks = (f"๑27    ๐    บู\nA      = UA     yo บข   ข AVIA ๑\nได้ดำเนินการครบทุกกิจกรรม\n«. {TITLE}\n"
              "จ7          จ\n๑7 A\n")
    return report(projects=[project(1, "๒๕๖๗") + specks, second]).replace("จำนวน 1 โครงการ", "จำนวน 2 โครงการ")


def test_a_garbled_number_title_among_specks_opens_its_project():
    rows = run(_text())
    names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])]
    assert len(names) == 2 and names[1] == TITLE
    second = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 2)
    assert any(t["project_key"] == second for t in rows["targets"])
    assert not any(i["code"] == "project_unread" for i in rows["issues"])
