"""The running header of a BMA progress form's office ('สำนักงานเขตราชเทวี') standing alone between blank
lines at a page break, beside a page number OCR garbled past reading ('of.', '- ly -', '=e -', '-R-': fresh set
s23s, bma_progress_s23s006), inside the objectives: pipeline.clean sees no page edge there, so the header ran
into the objective before it, with no issue naming it.  Section 2 already left the agency's name alone on a
line out (read._without_running_agency); the rationale, objectives and targets now leave it out where it stands
alone, a blank line or more on both sides, and the garbled page number alone beside it
(read._without_running_agency_alone).  The same words on a line of an objective's own (wrapped, no blank line
before) stay its text."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
SECOND = "- เพื่อติดตามและประเมินผลการส่งเสริมนิสัยรักการอ่านอย่างเป็นระบบ\n"
AGENCY = "สำนักการศึกษา"


def _objectives(text: str) -> list[tuple[int, str]]:
    rows = process_document("running.txt", text.encode("utf-8"))
    assert rows["projects"][0]["agency"] == AGENCY
    return [(o["seq"], o["text"]) for o in rows["objectives"]]


def _source() -> str:
    text = (CORPUS / "bma_progress_001.txt").read_text(encoding="utf-8")
    assert SECOND in text
    return text


def test_the_agency_alone_at_a_page_break_in_the_objectives_is_no_objective_s_text():
    truth = _objectives(_source())
    for number in ("of.", "- ly -", "=e -", "-R-", "aah", "=9."):
        got = _objectives(_source().replace(SECOND, f"{SECOND}\n{number}\n\n{AGENCY}\n"))
        assert got == truth, number


def test_the_agency_s_name_on_an_objective_s_own_line_stays_its_text():
    got = _objectives(_source().replace(SECOND, f"{SECOND[:-1]}\n{AGENCY}\n"))
    assert got[1][1].endswith(AGENCY)
