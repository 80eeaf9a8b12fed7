"""A header field whose first printing in a copy holds no value, only specks OCR read beside its label ("1.2
หน่วยงานทีรับผิดชอบ        |": the section's heading, which is the unit's label too, with a table rule read as "|"),
and a second printing with the value: the second is the field's (parsers.reader.read_fields), said as a repeated
field at the first's line.  Before, the first was kept: the copy's unit read "|", and the vote took that for
another text than the other copy's unit, so the copy, its code misread by digits OCR confuses, was read as another
project of the same name (fresh set s91o, bma_progress_s91o009: a second project, n_copies 1 for 2, and its
objectives and targets, 23 silent misses).  A header text of no word tells nothing of which project a copy prints
(pipeline.vote._header_texts).  (A bar alone at a line's end is now dropped by the clean-up, a box's rule:
normalizers.text.unpipe_table_row; the speck here is another.)"""

from pathlib import Path

from pipeline.stages import process_document
from pipeline.vote import _another_project, _header_texts
from schemas.document import CopyReading, Reading

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "000_54d7a76ee7e0d007.txt"
CODE = "รหัสโครงการ... : 09000000-3863"
UNIT_HEADING = "**1.2 หน่วยงานที่รับผิดชอบ**"


def _second_copy_damaged() -> dict:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    first = lines.index(CODE)
    code = lines.index(CODE, first + 1)  # the second copy's code, read with Thai digits OCR confuses
    lines[code] = "รหัสโครงการ... : ๐๕๐๐๐๐๐๐-๓๕๒๓"
    heading = lines.index(UNIT_HEADING, code)
    lines[heading] = "1.2 หน่วยงานทีรับผิดชอบ                   «"
    return process_document("bare_first.txt", "\n".join(lines).encode("utf-8")), heading + 1


def test_the_printing_with_a_value_is_kept_and_the_copies_are_one_project():
    out, heading_line = _second_copy_damaged()
    (project,) = out["projects"]
    assert project["n_copies"] == 2 and project["project_code"] == "09000000-3863"
    assert project["agency"] == "สำนักการศึกษา"
    said = [i for i in out["issues"] if i["code"] == "repeated_field" and i["field"] == "projects.agency"]
    assert len(said) == 1 and f"line {heading_line}" in said[0]["message"] and "holds no value" in said[0]["message"]
    assert not [i for i in out["issues"] if i["code"] == "missing_value" and i["field"] == "projects.agency"]


def _copy(index: int, **texts: str) -> CopyReading:
    copy = CopyReading(index, 1 + 100 * index, 90 + 100 * index)
    for name, text in texts.items():
        copy.put("project", 0, name, Reading(text, text, copy.line_start, copy.line_start))
    return copy


def test_a_text_of_no_word_tells_no_project_apart():
    rationale = "แผนพัฒนาการศึกษาขั้นพื้นฐานกรุงเทพมหานคร มุ่งพัฒนาผู้เรียนให้มีคุณภาพ"
    mine = _copy(1, agency="|", rationale=rationale)
    theirs = _copy(0, agency="สำนักการศึกษา", rationale=rationale)
    assert len(_header_texts(mine, theirs)) == 1 and not _another_project(mine, theirs)
    other = _copy(1, agency="ฝ่ายปกครอง", rationale=rationale)
    assert _another_project(other, theirs)  # (a unit of words that differ still parts them)
