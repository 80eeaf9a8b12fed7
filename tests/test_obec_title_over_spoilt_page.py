"""A project's title whose number OCR garbled ("é. โครงการ...", after the project before's findings), right over
a page OCR spoilt (a picture, a stain: lines of garbage, lines of marks that hold no word between them) that took
the project's first heading with it: the first section marker after the page vouches for the title
(read._section_after: the lines of lists.garbage_zones count for nothing). Before, the title was taken for no
title (no marker within four lines of it), and the whole project's report was read into the project before it.
lists.garbage_runs goes on over a line that holds no word (lists.wordless) as over debris: three such lines in a
row parted a spoilt page into runs too short to count, and the page's lines were read as text."""

from __future__ import annotations

from parsers.obec_progress.lists import garbage_zones
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
GARBAGE = "oe 0 ee a oo 0 oe ee 0 a :"
WORDLESS = ("8560 1 1็ฝสจไฝ 5 wes 0 : กแ็ฝื1โโ็", "0 รรว ภณ[โป11[ ไฝไฟ", "[[ ฮฮงฒฝฒลญรลง9จ4100ื Be oe")
PAGE = [GARBAGE] * 3 + list(WORDLESS) + [GARBAGE] * 3 + list(WORDLESS) + [GARBAGE] * 2


def test_a_spoilt_page_with_wordless_lines_between_its_garbage_is_one_zone():
    texts = ["ได้ดำเนินการครบตามแผนที่กำหนด", *PAGE, "เป้าหมายเชิงผลผลิต (Output)"]
    zones = garbage_zones([Line(k + 1, t) for k, t in enumerate(texts)])
    assert [(a, b) for a, b, _ in zones] == [(2, len(texts) - 1)]


def _spoilt_second() -> str:
    two = project(2, FY).splitlines()
    assert two[0].startswith("2. โครงการ") and two[1].startswith("ความก้าวหน้าของเป้าหมายโครงการ")
    # its number garbled, its targets heading lost with the page under it
    return "\n".join(["é. " + two[0][3:], *PAGE, *two[2:]]) + "\n"


def test_a_title_with_a_garbled_number_over_a_spoilt_page_opens_its_project():
    rows = run(report(fy=FY, projects=[project(1, FY), _spoilt_second(), project(3, FY)]))
    names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])]
    assert names == ["โครงการทดสอบที่ 1 ของสำนักงาน", "โครงการทดสอบที่ 2 ของสำนักงาน", "โครงการทดสอบที่ 3 ของสำนักงาน"]
    by_key = {p["project_key"]: p["group_seq"] for p in rows["projects"]}
    outputs = sorted(by_key[t["project_key"]] for t in rows["targets"] if t["kind"] == "output")
    assert outputs == [1, 2, 3]  # each project its own output target, none of the second's read into the first's
    # the title's number is its place, said; the page is said
    assert any(i["code"] in ("value_repaired", "repair_ambiguous") and i["field"] == "projects.group_seq"
               for i in rows["issues"])
    assert any(i["code"] == "unplaced_text" and "OCR garbage" in i["message"] for i in rows["issues"])
