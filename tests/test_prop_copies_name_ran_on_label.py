"""A copy of a proposal whose title-block label OCR damaged ("ชื่อโครงการ / NAME / : หน่วยงานที่รับผิดชอบ / AGENCY":
a colon, or a speck read as one, before a label standing alone on its line) had its name run on through that label
and the agency after it: the copy then gave one header text fewer, so the copies' header could not be compared on
two texts, and the copy was read as a second project, every field of it extra and the first's n_copies one short,
with no issue (set s29z, bma_proposal_s29z004).  Two rules: such a line is the label (parsers.anchors, in a form
whose labels stand on lines of their own), and a copy whose name is another's run on, their one common header
text one text and their header figures alike, is a copy of it (pipeline.vote._name_ran_on); figures apart, it
stays a project of its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from parsers.bma_proposal.fields import ANCHORS
from pipeline.vote import group_copies
from schemas.document import CopyReading, Reading
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

LABEL = "หน่วยงานที่รับผิดชอบ"


def _stacked(lead: str) -> tuple[str, str, str]:
    """The sample proposal with its title block stacked (each label on a line of its own, its value on the next),
    the agency's label after `lead`; and the name and agency as printed."""
    lines = sample_text(PROPOSAL).split("\n")
    name, agency = lines[0].split("\t")[-1], lines[1].split("\t")[-1]
    return "\n".join(["ชื่อโครงการ", name, f"{lead}{LABEL}", agency] + lines[2:]), name, agency


def test_a_label_alone_on_its_line_after_a_colon_is_the_label():
    for lead in (": ", ":         ", "; "):
        [hit] = ANCHORS.scan(f"{lead}{LABEL}")
        assert (hit.anchor.key, hit.anchor.kind, hit.start) == ("unit", "label", len(lead))
    # a value after it on the line, or words before the colon: no label standing alone, left as it was
    assert ANCHORS.scan(f": {LABEL} ฝ่ายการศึกษา") == []
    assert ANCHORS.scan(f"ฝ่าย: {LABEL}") == []


def test_the_name_stops_at_the_label_and_both_copies_are_one_project():
    text, name, agency = _stacked(": ")
    clean, _, _ = _stacked("")
    rows = run(text + "\n" + clean)
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    assert project["name"] == name
    assert project["agency"] == agency


NAME = "พัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน เขตราษฎร์บูรณะ"
RATIONALE = "ความก้าวหน้าของเทคโนโลยีสารสนเทศและเทคโนโลยีการสื่อสาร ทำให้เกิดการเปลี่ยนแปลงในด้านต่างๆ อย่างรวดเร็ว"
AGENCY = "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตราษฎร์บูรณะ"


def _copy(index: int, name: str, agency: str | None, budget: str, start: date, end: date) -> CopyReading:
    at = 1 + 200 * index
    values = {"name": name, "rationale": RATIONALE, "agency": agency, "budget_allocated": Decimal(budget),
              "start_date": start, "end_date": end}
    record = {k: Reading(v, str(v), at, at + 1) for k, v in values.items() if v is not None}
    return CopyReading(index, at, at + 180, tables={"project": {0: record}}, identity=(None, name))


def test_a_copy_whose_name_ran_on_through_the_agency_is_grouped_by_its_figures():
    ran_on = f"{NAME} : หนวยงานทรับผดชอบ {AGENCY}"  # the label damaged past reading: the agency went with the name
    copies = [_copy(0, ran_on, None, "85125.00", date(2023, 12, 1), date(2024, 8, 31)),
              _copy(1, NAME, AGENCY, "85125.00", date(2023, 12, 1), date(2024, 8, 31))]
    assert [[c.index for c in g] for g in group_copies(copies)] == [[0, 1]]


def test_a_project_whose_name_runs_on_with_other_figures_stays_apart():
    # one rationale, one text in common, but another budget and other dates: a sibling project, not a copy
    longer = f"{NAME} ระยะที่ ๒ สำหรับโรงเรียนขยายโอกาส"
    copies = [_copy(0, longer, None, "120000.00", date(2024, 1, 1), date(2024, 9, 30)),
              _copy(1, NAME, AGENCY, "85125.00", date(2023, 12, 1), date(2024, 8, 31))]
    assert [[c.index for c in g] for g in group_copies(copies)] == [[0], [1]]
