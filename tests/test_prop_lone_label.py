"""BMA proposals after OCR whose title block stands a label to a line, its value on the next line, with the
name's label misread ("ซื่อโครงการ": ช read as ซ).  A label whose letters OCR changed was found fuzzily only
before a colon or a gap; alone on its line it was no label, and the project lost its name.  A line that is
only such a label is the label, as an exact one alone on its line is (parsers.anchors, `lone_labels`: on for
the proposal's anchors only, whose short text lines are not near a label's letters)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"


def _title_block(label: str) -> str:
    source = sample_text(PROPOSAL)
    assert source.startswith(f"ชื่อโครงการ\t\t{NAME}\n")
    return f"{label}\n\n{NAME}\n\n" + source.split("\n", 1)[1]


def test_a_label_alone_on_its_line_reads_the_value_on_the_next_as_before():
    assert [p["name"] for p in run(_title_block("ชื่อโครงการ"))["projects"]] == [NAME]


def test_a_label_ocr_changed_alone_on_its_line_is_the_label():
    assert [p["name"] for p in run(_title_block("ซื่อโครงการ"))["projects"]] == [NAME]


def test_a_line_of_a_labels_last_word_alone_is_no_label():
    # "โครงการ" alone (a column head, a wrapped word) is no 'ชื่อโครงการ' that lost a word
    from parsers.bma_proposal.fields import ANCHORS

    assert not [h for h in ANCHORS.scan("โครงการ") if h.anchor.kind == "label"]


def test_a_label_s_last_word_before_a_colon_is_no_label():
    # "(ลงชื่อ)....ผู้เสนอ" / "โครงการ :" (the signature line's role wrapped, OCR leaving a colon) was read
    # fuzzily as 'ชื่อโครงการ' (its first word lost): a copy of a project named by the signer's lines, and the
    # proposer's name lost with no issue
    from parsers.bma_proposal.fields import ANCHORS
    from parsers.bma_progress.fields import ANCHORS as PROGRESS

    assert not [h for h in ANCHORS.scan("โครงการ                   :") if h.anchor.kind == "label"]
    # one letter lacking is OCR's, as before: 'ตัวชี้วัด' that lost its ต
    assert [h.anchor.key for h in PROGRESS.scan("ัวชีวัด... : มิติที 1") if h.anchor.kind == "label"] == ["indicator"]
    source = sample_text(PROPOSAL)
    signed = source.replace("(ลงชื่อ)......................................................ผู้เสนอโครงการ",
                            "(ลงชื่อ)......................................................ผู้เสนอ\nโครงการ      :\n"
                            "(นายสมศักดิ์ ศรีวงศ์)\nตำแหน่ง ศึกษานิเทศก์ชำนาญการพิเศษ", 1)
    assert signed != source
    rows = run(signed)
    assert [p["name"] for p in rows["projects"]] == [p["name"] for p in run(source)["projects"]]
    assert rows["projects"][0]["owner_name"] == "นายสมศักดิ์ ศรีวงศ์"
