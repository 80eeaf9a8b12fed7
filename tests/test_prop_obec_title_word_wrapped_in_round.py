"""An OBEC findings list inside a project's round whose item the page width
wrapped right before its last word, "โครงการ", OCR leaving a speck where the
item's line goes on ("๑ ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม" /
". โครงการ" / "๒ ปรับโปรแกรม..."), the project's next round right after the
list: the speck was read as a title's unreadable number and the next round's
heading vouched for it, so a fake project opened there, named after the list's
next item, and took the project's next round.  Now the title word alone on its
line inside a round (a part read since the last title), the part's lines going
on after it, is the wrapped word of the part's item: no title
(read._wrapped_word_in_round).  A title whose number is unreadable, its name on
its line, still opens its project there."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"


def _rows(edit) -> dict[str, list[dict]]:
    lines = (CORPUS / "clean" / "obec_progress_001.txt").read_text(encoding="utf-8").split("\n")
    edit(lines)
    return process_document("x.txt", "\n".join(lines).encode("utf-8"))


def _names(rows: dict[str, list[dict]]) -> list[tuple[str, int, str]]:
    return [(p["plan_status"], p["group_seq"], p["name"][:20])
            for p in sorted(rows["projects"], key=lambda r: r["line_start"])]


@cache
def _base() -> list[tuple[str, int, str]]:
    """The unedited document's projects, read once, at the first test that asks (not at collection)."""
    return _names(_rows(lambda lines: None))


def _wrapped(speck: str):
    def edit(lines: list[str]) -> None:
        # project ๒'s first round's suggestions ("-"), then its second round's targets heading
        assert lines[220] == "ข้อเสนอแนะ" and lines[222] == "-"
        assert lines[224].startswith("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒")
        lines[222:223] = ["๑ ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม", f"{speck} โครงการ",
                          "๒ ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม"]
    return edit


def test_the_title_word_a_findings_item_wrapped_opens_no_project():
    for speck in (".", ")"):
        rows = _rows(_wrapped(speck))
        assert len(_base()) == 13
        # (before: an extra project "โครงการ ๒ ปรับโปรแกรม..." at seq 2 of the completed, the rest shifted)
        assert _names(rows) == _base(), speck
        assert not any("ปรับโปรแกรม" in p["name"] for p in rows["projects"])
        texts = [f["text"] for f in rows["findings"] if "ปรับโปรแกรม" in f["text"]]
        assert texts, speck  # the list's next item stays the round's


def test_a_title_unread_but_for_its_number_with_its_name_still_opens_its_project():
    def edit(lines: list[str]) -> None:
        # project ๓'s title, after project ๒'s findings, its number read as a speck
        assert lines[320] == "๓. โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร"
        lines[320] = ". โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร"

    rows = _rows(edit)
    assert [n[1:] for n in _names(rows)] == [n[1:] for n in _base()]
