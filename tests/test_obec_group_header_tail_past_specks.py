"""An OBEC report's status-group header ("๒. โครงการที่อยู่ระหว่างดำเนินการ
จำนวน ๕ โครงการ โดยมีรายละเอียด ดังนี้") whose last word the page wrapped
onto a line of its own, with a line of OCR's specks between (the line's
marks read apart: "ย"), the word misread ("ดังนี่"): the header's tail was
skipped only right under the header, so the word was read as an item of
the round before's last list (its suggestions, printed empty: "ข้อเสนอแนะ"
and nothing under it), a finding no issue named (fresh set s68o:
obec_progress_s68o001 project 3).  Now rule_group skips the tail past up to
HEADER_TAIL_SPECKS lines of debris."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"


def _findings(header_lines: list[str]) -> list[dict]:
    # the committed OCR twin of extra3's obec_progress_w001: a completed project's round ends with its
    # suggestions heading, nothing under it, then the in-progress group's header; the header rewritten to the class
    lines = (CORPUS / "extra3" / "ocr" / "obec_progress_w001.txt").read_text(encoding="utf-8").split("\n")
    assert lines[289] == "ข้อเสนอแนะ" and lines[291].startswith("๒. โครงการที่อยู่ระหว่างดําเนินการ จํานวน ๕ โครงการ")
    lines[291:292] = header_lines
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    return [r for r in rows["findings"] if 280 <= r["line_start"] <= 300]


def test_a_header_tail_past_a_speck_is_no_item():
    head = "๒. โครงการที่อยู่ระหว่างดําเนินการ จํานวน ๕ โครงการ โดยมีรายละเอียด"
    whole = _findings([f"{head} ดังนี้"])
    for tail in (["ย", "", "ดังนี่"], ["", "ดังนี้"]):
        rows = _findings([head, *tail])
        assert not [r for r in rows if "ดัง" in (r["text"] or "")], rows
        assert [(r["kind"], r["seq"], r["text"]) for r in rows] == [(r["kind"], r["seq"], r["text"]) for r in whole]
