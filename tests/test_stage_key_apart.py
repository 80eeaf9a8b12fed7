"""Two projects of one file that the copies' vote told apart but whose keys read alike (their codes in Thai digits
OCR misread the same way: ๕๐๒๗๐๐๐๐-๔๗๔๔ and -๔๗๔๕ both read ๕๐๒๑๐๐๐๐-๕๑๕๕, fresh set s89o bma_progress_s89o002):
before, both projects' rows carried one key, so their reports, entries and expenses mixed (the tables' keys held
twice, and any join on project_key took the two for one).  Now the later project is keyed apart ("...#2") in every
row and issue of its part, and said (repeated_row on projects)."""

from __future__ import annotations

from pipeline.stages import key_apart
from schemas.document import Issue, ParseResult


def _part(key: str, start: int) -> ParseResult:
    part = ParseResult("bma_progress")
    part.tables = {"projects": [{"project_key": key, "line_start": start, "line_end": start + 100}],
                   "progress_reports": [{"project_key": key, "seq": 1}, {"project_key": key, "seq": 2}]}
    part.issues = [Issue("warning", "missing_value", "x", None, start, start, project_key=key, field="projects")]
    part.project_keys = {0: key}
    return part


def test_a_later_project_with_the_same_key_is_keyed_apart_and_said():
    keys: dict[str, int] = {}
    first, second = _part("50210000-5155/2525", 2), _part("50210000-5155/2525", 186)
    key_apart(first, keys)
    key_apart(second, keys)
    assert first.tables["projects"][0]["project_key"] == "50210000-5155/2525"
    assert {r["project_key"] for r in second.tables["progress_reports"]} == {"50210000-5155/2525#2"}
    assert second.project_keys == {0: "50210000-5155/2525#2"}
    said = [i for i in second.issues if i.code == "repeated_row"]
    assert len(said) == 1 and said[0].project_key == "50210000-5155/2525#2" and said[0].line_start == 186
    assert all(i.project_key == "50210000-5155/2525#2" for i in second.issues)
    assert not [i for i in first.issues if i.code == "repeated_row"]


def test_projects_of_other_keys_are_left_as_they_are():
    keys: dict[str, int] = {}
    first, second = _part("50270000-4744/2564", 2), _part("50270000-4745/2564", 186)
    key_apart(first, keys)
    key_apart(second, keys)
    assert second.tables["projects"][0]["project_key"] == "50270000-4745/2564"
    assert not [i for i in second.issues if i.code == "repeated_row"]
