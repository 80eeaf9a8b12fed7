"""A page's number the clean-up did not take for one (alone in the report)
set between the two lines of a heading the page edge cut ("... ความก้าวหน้า
ของโครงการที่ดำเนินการกับแผน" / "๑๐" / "พัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓
..."): the heading is read across it, and its plan's text is its own, not
the plan's before it (parsers.obec_progress.read.numbers_in_headings;
fresh set extra2, obec_progress_z006)."""

from __future__ import annotations

from pathlib import Path

import regex

from tests.test_obec import baseline, original, run

NESDP = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"
# the plan before the first NESDP heading, its text and the heading after it
_FIRST_RE = regex.compile(r"(\n[^\n#]+)\n\n### " + regex.escape(NESDP) + r"\n\n([^\n]+)\n")


def _nesdp_texts(rows: dict) -> list[str]:
    return [r["text"] for r in rows["alignments"] if "เศรษฐกิจ" in (r.get("plan") or "")]


Z006 = Path(__file__).resolve().parent / "corpus" / "extra2" / "ocr" / "obec_progress_z006.txt"


def test_a_page_number_inside_a_wrapped_heading_is_read_past():
    # the report runs on (a paragraph wrapped at the page width): the NESDP heading opens at the end of a line of
    # the plan's text before it, "๑๐" alone after it, and its rest opens the line after
    text = Z006.read_text(encoding="utf-8")
    assert "กับแผน\n\n๑๐\n\nพัฒนาเศรษฐกิจ" in text
    rows = run(text)
    assert not any("เศรษฐกิจ" in r["text"] for r in rows["alignments"])  # no heading read as a plan's text
    assert any(t.startswith("ข้าราชการครูและบุคลากร") for t in _nesdp_texts(rows))
    # read as the page would read without its number
    plain = run(text.replace("กับแผน\n\n๑๐\n\nพัฒนาเศรษฐกิจ", "กับแผน\n\nพัฒนาเศรษฐกิจ"))
    assert [(r["quarter"], r["seq"], r["text"]) for r in rows["alignments"]] == \
        [(r["quarter"], r["seq"], r["text"]) for r in plain["alignments"]]


def test_an_edition_number_under_a_cut_heading_is_kept():
    # the edition's number the page wrapped under the heading's first part, the text after it no heading's rest:
    # no heading crosses, and the figure stays (it is the edition's, not a page's)
    m = _FIRST_RE.search(original())
    before, after = m.group(1), m.group(2)
    cut = f"{before}\n\nความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่\n๑๓\n{after}\n"
    from parsers.obec_progress.read import numbers_in_headings
    from schemas.document import Line
    lines = [Line(k, t, "text") for k, t in enumerate(cut.split("\n")) if t.strip()]
    assert numbers_in_headings(lines) == lines
