"""A numbered heading of the BMA progress form's section 1 that each copy's pages put at a page edge: at the
foot of one copy's page, over its page number, and at the top of the other's, under it, with OCR's specks beside
it ("1.5 เป้าหมายของโครงการ.." / "หน้า 2/6" / "Vy a" ... "หน้า 5/6" / "1.5 เป้าหมายของโครงการ.." / "y —": the
twenty-second session's shut set q, bma_progress_s22q007).  Printed as often as the document shows page numbers,
at a page edge each time, with other lines about it each time, the clean-up took the heading for a running page
header; the targets section lost its heading, its lines ran on into the objectives ('... ด้วยตนเองได้ ๑. ด้าน
ปริมาณ โรงเรียน...') and both projects' targets rows were missing, with no issue naming them.  The form reads
such a line as text (parsers.bma_progress.HEADINGS_READ, pipeline.clean.parser_lines): only its section
headings alone on their line, not a heading with words after it."""

from __future__ import annotations

from parsers.bma_progress.fields import HEADINGS_READ
from pipeline.clean import clean_lines
from pipeline.stages import process_document
from tests.conftest import CORPUS

HEADING = "1.5 เป้าหมายของโครงการ.."
BEFORE = "ด้านพัฒนาคุณภาพการศึกษา\n"


def _document() -> str:
    text = (CORPUS / "ocr" / "bma_progress_027.txt").read_text(encoding="utf-8")
    assert text.count(BEFORE + HEADING + "\n") == 2
    # (the two page numbers OCR garbled between dashes, "- @ -" and "- เว -", out: read as page numbers since
    # the forty-ninth session, they make the document show more pages than the heading's printings, and the
    # clean-up no longer takes it for a header; the case kept is a document whose numbers show only those pages)
    assert text.count("\n- @ -\n") == 1 and text.count("\n- เว -\n") == 1
    text = text.replace("\n- @ -\n", "\n").replace("\n- เว -\n", "\n")
    first, second = text.split(BEFORE + HEADING + "\n")[1:]
    head = text.split(BEFORE + HEADING + "\n")[0]
    # the first copy's heading at its page's foot, the second copy's at its page's top, specks beside each
    return (head + BEFORE + HEADING + "\n\nหน้า 2/6\nVy\ta\n" + first
            + BEFORE + "\nหน้า 5/6\n\n" + HEADING + "\ny\t—\n" + second)


def test_a_section_heading_at_each_copys_page_edge_is_read_as_the_heading():
    text = _document()
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == HEADING} == {"page_header"}  # (the clean-up's reading)
    rows = process_document("027.txt", text.encode("utf-8"))
    targets = [(t["kind"], t["text"][:20]) for t in rows.get("targets", [])]
    assert sorted(kind for kind, _ in targets) == ["quality", "quantity"]
    assert not [o for o in rows["objectives"] if "ด้านปริมาณ" in o["text"]]


def test_only_the_heading_alone_on_its_line_is_read_so():
    assert HEADINGS_READ.match(HEADING) and HEADINGS_READ.match("๑.๕ เป้าหมายของโครงการ")
    assert HEADINGS_READ.match("1.4 วัตถุประสงค์ของโครงการ")
    assert not HEADINGS_READ.match("1.5 เป้าหมายของโครงการ ได้แก่ ครู ๕๐ คน")
    assert not HEADINGS_READ.match("สำนักงานเขตหลักสี่ เป้าหมายของโครงการ")
    assert not HEADINGS_READ.match("แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ")


def test_a_copy_without_its_targets_heading_says_so_and_an_objective_holding_a_group_label_too(monkeypatch):
    # where the heading is still lost (here: the form reads no page header back), the copy says the section
    # is not found (missing_section, field targets) and the objective that ran on into the targets' lines
    # says it holds a group's label (unplaced_text, objectives.text): before, neither was named
    import parsers.bma_progress as form

    monkeypatch.setattr(form, "HEADINGS_READ", None)
    rows = process_document("027.txt", _document().encode("utf-8"))
    assert not rows.get("targets")
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("missing_section", "targets") in said
    assert ("unplaced_text", "objectives.text") in said
    held = [i["message"] for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "objectives.text"]
    assert any("ด้านปริมาณ" in m for m in held)


def test_an_objective_naming_quality_in_its_own_words_is_not_said():
    rows = process_document("027.txt", (CORPUS / "ocr" / "bma_progress_027.txt").read_bytes())
    assert not [i for i in rows["issues"] if i["field"] == "objectives.text" and "group" in i["message"]]
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]


# A report entry's flag clause printed at the same place of each copy, where a page ends ("บาท เป็นไปตามแผน :
# เป็นไปตามเป้าหมาย" over "- ๒ -" and the printed-by footer, in both copies of bma_progress_027): the clean-up
# took its printings for a running page header and report 4 lost both its flags ("no readable on plan flag in
# any copy").  The form reads such a line as text too: the flag clause alone, the amount's unit a wrap carried
# before it.
FLAGS = "บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย"


def test_a_flag_clause_at_each_copys_page_end_is_read_as_its_entrys_flags():
    text = (CORPUS / "ocr" / "bma_progress_027.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == FLAGS} == {"page_header"}  # (the clean-up's reading)
    rows = process_document("027.txt", text.encode("utf-8"))
    report = next(r for r in rows["progress_reports"] if r["seq"] == 4)
    assert report["on_plan"] is True and report["on_target"] is True
    assert not [i for i in rows["issues"] if i["field"] in ("progress_reports.on_plan", "progress_reports.on_target")]


def test_only_a_flag_clause_alone_on_its_line_is_read_so():
    assert HEADINGS_READ.match(FLAGS) and HEADINGS_READ.match("เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย")
    assert HEADINGS_READ.match("ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย")
    assert not HEADINGS_READ.match("เป็นไปตามแผน")
    assert not HEADINGS_READ.match("ความก้าวหน้าของงานฯ = ๖๙ เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
