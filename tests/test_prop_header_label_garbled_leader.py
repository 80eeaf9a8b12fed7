"""A header label printed with its dotted leader ("ตัวชี้วัด... :") that OCR
garbled into a few Latin letters or symbols, the dots and the separator
kept ("MIA... : HAN ๑", 'AIM"... : NAN 1', "a... : มิติที่ 1"): a lost label
was told by one to three characters before the separator, so such a line
was read as the wrapped end of the value above it (the goal took the
indicator's line, the indicator was lost).  Now up to six characters with no
Thai letter and the dots are a lost label too (parsers.reader.lost_label):
the line goes to the one field of its section the copy lacks
(bma_progress.read.infer_lost_labels, said as label_inferred), with the
lines it wraps onto, past a blank line as a labelled value wraps.  Words
before a separator with no dots ("2564 : ...", "logo : ...") are no label."""

from __future__ import annotations

from parsers.reader import lost_label
from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"
GOAL = "เป้าหมายที่ : เป้าหมายที่ ๓.๓.๒ การพัฒนาคุณภาพการศึกษา"
INDICATOR = "ตัวชี้วัด... : มิติที่ 1 ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการศึกษาทุกระดับชั้นผ่านเกณฑ์คะแนนร้อยละ 60"


def _rows(indicator_lines: str) -> dict:
    source = sample_text(SAMPLE)
    assert f"{GOAL}\n\n{INDICATOR}\n" in source
    text = source.replace(f"{GOAL}\n\n{INDICATOR}\n", f"{GOAL}\n\n{indicator_lines}\n")
    return process_document("001.txt", text.encode("utf-8"))


def test_a_garbled_label_with_its_leader_is_the_field_its_section_lacks():
    rows = _rows("MIA... : มิติที่ 1\n\nร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการศึกษาทุกระดับชั้นผ่านเกณฑ์คะแนนร้อยละ 60")
    project = rows["projects"][0]
    assert project["strategy_goal"] == "เป้าหมายที่ ๓.๓.๒ การพัฒนาคุณภาพการศึกษา"
    assert project["indicator"] == INDICATOR.split(" : ", 1)[1]
    assert any(i["code"] == "label_inferred" and i["field"] == "projects.indicator" for i in rows["issues"])


def test_lost_label_shapes():
    assert lost_label('AIM"... : NAN 1') == "NAN 1"
    assert lost_label("@...: NAN ๑ ร้อยละ") == "NAN ๑ ร้อยละ"
    assert lost_label("a: Han 1") == "Han 1"  # as before
    # no dots: words or figures before a separator are no label's remains
    assert lost_label("2564 : อยู่ระหว่างการเตรียมการ") is None
    assert lost_label("logo : อยู่ระหว่างติดต่อ") is None
    assert lost_label("ตัวชี้วัด... : มิติที่ 1") is None  # a Thai label is a label, not a lost one
