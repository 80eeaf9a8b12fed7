"""An OBEC report's running header, the report's title and the office's name,
which the clean-up did not know (OCR read it differently page by page, no
page gap: parsers.obec_progress.read.split_reports leaves its title out),
wrapped before its year and again before the office's area: "รายงานความก้าวหน้า
การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ." / "๒๕๖๗ สำนักงานเขตพื้นที่
การศึกษาประถมศึกษาแพร่" / "เขต 3" (set t obec_progress_s24t002).  The title
was left out, and the line of the year and the office too, but not the
area alone: "เขต 3" read as an item of whatever list the page break fell
in (a problem of its own, an activity's progress), silently.  Now the year
and office line is the header's, and an area alone after a header that ends
with the office's name is too.  An area alone after a header that ends with
its own area is kept."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

TITLE = "รายงานความก้าวหน้า การดําเนินงานตามแผนปฏิบัติการ ประจําปีงบประมาณ พ.ศ."


def _problems(block: list[str]) -> list[str]:
    # the committed OCR twin of extra3's obec_progress_w002: a round's problems, the header's printing put right
    # under their heading
    lines = (CORPUS / "extra3" / "ocr" / "obec_progress_w002.txt").read_text(encoding="utf-8").split("\n")
    assert lines[187] == "ปัญหาและอุปสรรคในการดําเนินงาน"
    lines[188:188] = ["", *block, ""]
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    return [r["text"] for r in rows["findings"] if r["kind"] == "problem" and 185 <= r["line_start"] <= 215]


def test_the_area_wrapped_from_the_header_is_no_problem():
    plain = _problems([])
    got = _problems([TITLE, "", "๒๕๒๕ สํานักงานเขตพืนทีการศึกษาประถมศึกษาแพร่", "", "เขต 3"])
    assert "เขต 3" not in got  # before: a problem of its own
    assert len(got) == len(plain)


def test_an_area_alone_after_a_header_that_ends_with_its_area_is_kept():
    got = _problems([TITLE, "", "๒๕๒๕ สํานักงานเขตพืนทีการศึกษาประถมศึกษาแพร่ เขต 3", "", "เขต 3"])
    assert any("เขต 3" in t for t in got)
