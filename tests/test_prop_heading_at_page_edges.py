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

import pytest

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


# (OCR's specks are no context since the hundred-and-eleventh session, pipeline.clean._same_context: the heading's
# printings then have the same lines about them, the form's own line, read as text.  The clean-up's old reading,
# a running header, is made by hand below: the form must still read its targets where a clean-up takes it so.)


def test_a_section_heading_printed_with_specks_about_it_is_the_form_s_line():
    lines, _ = clean_lines(_document())
    assert {ln.kind for ln in lines if ln.text == HEADING} == {"text"}
    targets = [t["kind"] for t in process_document("027.txt", _document().encode("utf-8")).get("targets", [])]
    assert sorted(targets) == ["quality", "quantity"]


@pytest.fixture
def taken_for_a_header(monkeypatch):
    import pipeline.clean

    monkeypatch.setattr(pipeline.clean, "_same_context", lambda *_: False)


def test_a_section_heading_at_each_copys_page_edge_is_read_as_the_heading(taken_for_a_header):
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


def test_a_copy_without_its_targets_heading_opens_them_at_the_first_group_label_and_says_so(monkeypatch,
                                                                                            taken_for_a_header):
    # where the heading is still lost (here: the form reads no page header back), the targets open at the first
    # line under the objectives that opens with a target group's label ('๑. ด้านปริมาณ'), said (label_inferred,
    # field targets: read._targets_under_objectives): the same rows as with the heading read, and no objective
    # runs on into the targets' lines.  (Before the sixty-eighth session the copy said missing_section and the
    # objective holding the label unplaced_text, and no target was read.)
    import parsers.bma_progress as form

    read = process_document("027.txt", _document().encode("utf-8"))
    monkeypatch.setattr(form, "HEADINGS_READ", None)
    rows = process_document("027.txt", _document().encode("utf-8"))
    assert rows["targets"] == read["targets"]
    assert sorted(t["kind"] for t in rows["targets"]) == ["quality", "quantity"]
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("label_inferred", "targets") in said and ("missing_section", "targets") not in said
    assert not [o for o in rows["objectives"] if "ด้านปริมาณ" in o["text"]]
