"""Section 2's heading OCR read as a few short words of Latin letters on the line of the first report's header
("eee ea un รายงานครั้งที่ ๑"): the line still opens the report entries after section 1.6
(parsers.bma_progress.fields.ENTRIES_OPENED, _HEADING_LEFT).  Fresh set s91p, bma_progress_s91p010: "2." ended
section 1.6's last line, the heading's words were gone, and every report of the form was lost (missing_section)."""

from pathlib import Path

from pipeline.stages import process_document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "000_54d7a76ee7e0d007.txt"
HEADING = "**2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ**"


def _rows(left: str) -> dict:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    for at in [i for i, ln in enumerate(lines) if ln == HEADING]:
        lines[at] = ""
        first = next(k for k in range(at, len(lines)) if lines[k].startswith("รายงานครั้งที่"))
        lines[first] = f"{left} {lines[first]}"
    return process_document("heading_lost.txt", "\n".join(lines).encode("utf-8"))


def test_a_heading_read_as_latin_words_before_the_first_report_opens_the_entries():
    rows = _rows("eee ea un")
    assert len(rows["progress_reports"]) == 12
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]


def test_thai_words_before_the_first_report_do_not():
    rows = _rows("ผลการดำเนินงาน")  # (not what OCR leaves of a heading: a value's words, section 1.6's)
    assert [i for i in rows["issues"] if i["code"] == "missing_section"]
