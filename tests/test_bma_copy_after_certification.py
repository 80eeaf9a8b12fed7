"""A BMA progress form whose last cells OCR read past the certification, their words taken for a label
("เป็นไปตาม / เป้าหมาย", read as section 1.6's "เป้าหมายที่": fresh set s96p bma_progress_s96p008): the field seen
after the copy closed opened a second "copy" holding nothing but it, counted in documents.n_copies and every
row's n_copies with no issue naming the count.  A last copy with no heading and no field a copy opens with
(its name, code, unit or fiscal year) is no copy: its lines go back to the copy before, as text, said there.
One that holds a copy's opening field (a file cut short after a copy's head) is still a copy."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_001.txt"
TAIL = "\nเป็นไปตาม     เป็นไปตาม\nเป้าหมาย      เป้าหมาย\n"


def _values(rows: dict) -> dict:
    return {table: [{k: v for k, v in r.items() if k not in ("doc_id", "line_end", "n_copies")} for r in rs]
            for table, rs in rows.items() if table not in ("documents", "issues")}


def test_a_label_read_past_the_certification_opens_no_copy():
    text = DOC.read_text(encoding="utf-8")
    assert "ขอรับรองว่า" in text
    clean = process_document("d.txt", text.encode("utf-8"))
    rows = process_document("d.txt", (text + TAIL).encode("utf-8"))
    assert rows["documents"][0]["n_copies"] == 1 == clean["documents"][0]["n_copies"]
    assert {p["n_copies"] for p in rows["projects"]} == {1}
    assert _values(rows) == _values(clean)
    # the lines are said, not dropped: the document is no longer ok
    assert rows["documents"][0]["status"] != "ok" and rows["issues"]
    last = text.count("\n") + 1
    assert not any(i["code"] == "missing_section" and (i["line_start"] or 0) > last for i in rows["issues"])


def test_a_cut_short_copy_that_holds_its_code_is_still_a_copy():
    text = DOC.read_text(encoding="utf-8")
    head = next(ln for ln in text.splitlines() if "รหัสโครงการ" in ln and any(c.isdigit() for c in ln))
    rows = process_document("d.txt", (text + "\n" + head + "\n").encode("utf-8"))
    assert rows["documents"][0]["n_copies"] == 2
