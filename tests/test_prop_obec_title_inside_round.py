"""An OBEC indicator list inside a project's round whose item OCR damaged
so that letters of a word stand glued before "โครงการ" ("๑)" / "วมโครงการ
มีความพึงพอใจ..." for "๑) ผู้เข้าร่วมโครงการมีความพึงพอใจ..."): the
letters were read as a title's unreadable number and the round's next
part heading (the activities' heading of the same quarter, a few lines
on) vouched for it, so an extra project opened there and took every row
after it; the true projects after it lost their fields SILENTLY.  Now a
section marker that is the NEXT part of the round the line stands in
(after the part read since the last title in the form's order, same
quarter where both name one) vouches for no title; a title after a
round's close (its findings) still opens its project."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"


def _projects(edit) -> list[dict]:
    lines = (CORPUS / "clean" / "obec_progress_001.txt").read_text(encoding="utf-8").split("\n")
    edit(lines)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    return sorted(rows["projects"], key=lambda r: r["line_start"])


def _names(projects: list[dict]) -> list[tuple[str, int, str]]:
    return [(p["plan_status"], p["group_seq"], p["name"][:20]) for p in projects]


@cache
def _base() -> list[tuple[str, int, str]]:
    """The unedited document's projects, read once, at the first test that asks (not at collection)."""
    return _names(_projects(lambda lines: None))


def test_a_damaged_indicator_item_inside_a_round_opens_no_project():
    def edit(lines: list[str]) -> None:
        # project ๑'s first round: its indicator list, then its activities' heading of the same quarter
        assert lines[66] == "ดัชนีชี้วัดความสำเร็จ" and lines[77].startswith("ความก้าวหน้าของกิจกรรมที่ดำเนินการ")
        lines[76:76] = ["๑)", "วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป", "", "ผู้", "๒)  ผู้เข้ ว", ""]

    projects = _projects(edit)
    assert len(_base()) == 13
    assert _names(projects) == _base()  # (before: an extra project "โครงการมีความพึงพอใจ..." at seq 2, the rest shifted)
    assert not any(p["name"].startswith("โครงการมีความพึงพอใจ") for p in projects)


def test_a_title_whose_number_is_unreadable_after_a_round_still_opens_its_project():
    def edit(lines: list[str]) -> None:
        # project ๒'s title, after project ๑'s findings, its number read as letters
        assert lines[138] == "๒. โครงการส่งเสริม"
        lines[138] = "วม โครงการส่งเสริม"

    projects = _projects(edit)
    assert [n[1:] for n in _names(projects)] == [n[1:] for n in _base()]
    assert any(p["name"].startswith("โครงการส่งเสริม") and p["group_seq"] == 2 and p["plan_status"] == "completed"
               for p in projects)
