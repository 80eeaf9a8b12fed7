"""A wrapped field value (a BMA proposal's project_model) going on past a page break where OCR read the page
number as specks opening with a dash ('-|-', then the footer 'พิมพ์จากระบบ BMA Digital Plans เมื่อ ...'; fresh
set s23s, bma_proposal_s23s003): parsers.reader takes such a line for a bullet, and a bullet under a wrapped
value ended it, so the value was cut short at the page break with no issue naming it, its rest left as section
text.  Specks under a wrapped value were already furniture the value goes on past; now so are specks that open
with a dash.  A bullet of words under the value still ends it."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

HEAD = "เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมให้นักเรียนสร้างสรรค์ผลงาน"
REST = "และคัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา ตามขนาดของโรงเรียน"


def _model(between: str) -> str:
    text = sample_text(PROPOSAL)
    assert f"{HEAD} {REST}\n" in text
    return run(text.replace(f"{HEAD} {REST}\n", f"{HEAD}\n{between}\n{REST}\n"))["projects"][0]["project_model"]


def test_a_wrapped_value_goes_on_past_specks_opening_with_a_dash():
    assert _model("") == f"{HEAD} {REST}"
    for specks in ("-|-", "- | -", "-|"):
        assert _model(specks) == f"{HEAD} {REST}", specks


def test_a_bullet_of_words_under_a_wrapped_value_still_ends_it():
    assert _model("- ส่งเสริมการอ่าน") == HEAD
