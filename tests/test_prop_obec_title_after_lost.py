"""A title whose number OCR read as a look-alike of the number after the one
expected, the title before it lost whole ("a. โครงการ..." for ๓ where ๒ is
expected: project 2's title garbled into specks; fresh set s47o,
obec_progress_s47o002).  It was numbered by its place (2), and every title
after it one off: the next, "๕." for ๔, was taken at its printed number past a
gap (5), the ones after it by their places from there (7 group_seq misses).
Where the look-alike is no reading of the number expected, one of the next,
a section follows it, and the next title's number reads as the one after that
and not as this one's, the look-alike's reading is its number; said as an
unreadable number is (repair_ambiguous on group_seq)."""
from tests.test_obec_ocr import project, report, run


def _lost_second(first: str, after: str) -> str:
    """Four projects, the second's title lost to specks, the third's number printed `first`, the fourth's `after`."""
    second = project(2, "๒๕๖๗").replace("2. โครงการทดสอบที่ 2 ของสำนักงาน", "ๆ   ,  ๐")
    third = project(3, "๒๕๖๗").replace("3. โครงการ", f"{first} โครงการ", 1)
    fourth = project(4, "๒๕๖๗").replace("4. โครงการ", f"{after} โครงการ", 1)
    return report(projects=[project(1, "๒๕๖๗"), second, third, fourth])


def _seqs(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"])


def test_a_look_alike_of_the_number_after_the_one_expected_that_the_next_title_confirms_is_its_number():
    rows = run(_lost_second("a.", "๕."))
    assert [s for s, name in _seqs(rows) if name.startswith("โครงการทดสอบที่ 3")] == [3]
    assert [s for s, name in _seqs(rows) if name.startswith("โครงการทดสอบที่ 4")] == [4]
    said = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert any('a' in (i["evidence"] or "") for i in said)


def test_a_look_alike_the_next_title_does_not_confirm_keeps_its_place():
    # the next title reads "๓." (the number the look-alike would take): nothing says a title was lost
    rows = run(_lost_second("a.", "๓."))
    assert [s for s, name in _seqs(rows) if name.startswith("โครงการทดสอบที่ 3")] == [2]
