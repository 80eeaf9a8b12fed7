"""A proposal's section heading whose number and dot OCR read as one or two Thai characters set apart from its
words ("เว  วัตถุประสงค์" for ๒. วัตถุประสงค์: fresh set s68o, bma_proposal_s68o001): the heading was not found, the
objectives under it lost whole (missing_section).  sections._is_heading takes such a line as the heading where the
characters are no dictionary word and the rest is the heading's words exactly (_LETTERS_LEAD_RE), as _recover asks
between the headings found around it; a word before the heading's words ("ตาม เป้าหมาย") is no number."""

from pathlib import Path

from parsers.bma_proposal.sections import _is_heading
from pipeline.stages import process_document
from normalizers.text import skeleton

SAMPLE = Path(__file__).parent.parent / "samples" / "002_e5b5a9d4d9adb57c.txt"
HEADING = "๒. วัตถุประสงค์\n"


def test_objectives_heading_whose_number_reads_as_letters_is_found():
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(HEADING) == 1
    clean = process_document("a.txt", text.encode("utf-8"))
    assert clean["objectives"]
    rows = process_document("a.txt", text.replace(HEADING, "เว  วัตถุประสงค์\n").encode("utf-8"))
    assert [o["text"] for o in rows["objectives"]] == [o["text"] for o in clean["objectives"]]
    assert not [i for i in rows["issues"] if i["code"] == "missing_section" and i["field"] == "objectives"]


def test_only_letters_that_are_no_word_stand_for_the_number():
    heading = skeleton("วัตถุประสงค์")
    assert _is_heading("เว  วัตถุประสงค์", heading, 2)
    assert _is_heading("ซ วัตถุประสงค์", heading, 2)
    assert not _is_heading("ตาม วัตถุประสงค์", heading, 2)  # a word, not a number
    assert not _is_heading("เว  วัตถุประสงค์ของโครงการนี้", heading, 2)  # more than the heading's words
