"""An OBEC status group whose titles read are as many as the summary counts
for it, one of them numbered past that count ("๑." then "๓." for ๒ in a
group the summary counts 2: fresh set s33o, obec_progress_s33o002, ๒ read
as ๓, a section vouching for the title): the number was taken as printed
(group_seq 3) and no issue named it.  The form numbers a group's projects
1 to N: as many titles as the count and a number past it is a misread
number, so it is numbered by its place, said (value_repaired, rule count).
Where the count differs from the titles read (a title lost), nothing is
renumbered so."""
import json

from tests.test_obec_ocr import project, report, run


def read(second: str, count: str = "๒") -> tuple[list[int], list[dict]]:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗").replace("2. โครงการ", f"{second} โครงการ", 1)])
    # the counts in Thai digits, as the form prints them: a ๒ may be a ๖ OCR misread, so the group header's count
    # alone does not bound the titles' numbers (its readings reach 6)
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 2 โครงการ คิดเป็น", f"เสร็จสิ้นแล้ว จำนวน {count} โครงการ คิดเป็น")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 2 โครงการ โดย", "เสร็จสิ้นแล้ว จำนวน ๒ โครงการ โดย")
    rows = run(text)
    said = [json.loads(i["evidence"]) for i in rows["issues"] if i["field"] == "projects.group_seq"]
    return [p["group_seq"] for p in rows["projects"]], said


def test_a_title_numbered_past_the_count_is_numbered_by_its_place_and_said():
    seqs, said = read("3.")
    assert seqs == [1, 2]
    assert [(s["rule"], s["printed"], s["chosen"]) for s in said] == [("count", "3", 2)]


def test_titles_as_printed_say_nothing():
    assert read("2.") == ([1, 2], [])


def test_a_count_that_differs_renumbers_nothing():
    seqs, said = read("3.", count="๓")
    assert seqs == [1, 3]
