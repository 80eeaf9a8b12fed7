"""BMA proposals after OCR whose title block, laid out as a table, lost its gap: the agency's label with a
letter OCR changed ("หน่วยงานที่รับถิดชอบ": ผ read as ถ) and ONE space before its value.  A label whose letters
OCR changed was found fuzzily only before a colon or a gap, so the line was no label: the name above, which may
wrap, swallowed it ("... บางคอแหลม หน่วยงานที่รับถิดชอบ สำนักงานเขต... / ฝ่าย...", no issue naming it) and the
agency was lost.  A long label (parsers.anchors.AnchorSet.WORD_LABEL_MIN letters) that is a line's first word
is the label, as an exact one with one space after it already was (lone_labels forms: the proposal's).

And a second copy of the form whose name label OCR split ("ชื่อ <gap> value" / "โครงการ <gap> rest of the
value": a table's label cell wrapped) is a copy all the same: the agency's label (restart_fields) starts it,
as the name's does.  Before, the second copy ran on into the first, its sections' text read after the first
copy's (activities and risk rows shuffled, silent)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
UNIT = "หน่วยงานที่รับผิดชอบ\tฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"


def test_a_long_label_ocr_changed_with_one_space_after_it_is_the_label():
    source = sample_text(PROPOSAL)
    assert UNIT in source
    rows = run(source.replace(UNIT, "หน่วยงานที่รับถิดชอบ ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"))
    project = rows["projects"][0]
    assert project["name"] == NAME
    assert project["agency"] == "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"


def test_a_short_word_like_a_label_opening_running_text_is_no_label():
    from parsers.bma_proposal.fields import ANCHORS

    # 'ปีงบประมาณ' is short: a word of running text near it opens no field with one space after it
    assert not [h for h in ANCHORS.scan("ปีงบประมาน ที่ผ่านมา โรงเรียนได้ดำเนินการ") if h.anchor.kind == "label"]
    # nor does a long word that is no label
    assert not [h for h in ANCHORS.scan("หน่วยงานภายนอกโรงเรียน ได้ให้การสนับสนุน") if h.anchor.kind == "label"]


def test_a_second_copy_whose_name_label_ocr_split_is_a_copy():
    source = sample_text(PROPOSAL)
    first_line = f"ชื่อโครงการ\t\t{NAME}\n"
    assert source.startswith(first_line)
    split = f"ชื่อ\t\t{NAME[:30]}\nโครงการ\t\t{NAME[30:]}\n"
    rows = run(source + "\n" + split + source[len(first_line):])
    assert rows["documents"][0]["n_copies"] == 2
    single = run(source)
    assert [a["text"] for a in rows["activities"]] == [a["text"] for a in single["activities"]]
    assert [f["text"] for f in rows["findings"] if f["kind"] == "risk"] == \
        [f["text"] for f in single["findings"] if f["kind"] == "risk"]
    assert rows["projects"][0]["name"] == NAME
