"""BMA proposals after OCR whose objectives' numbers OCR lost past the first ("2." for ๒.๑, then "2.2" and
"2.3" gone), each objective wrapped over lines: the texts were read as one objective, the others lost with no
issue naming them (fresh sets s73b bma_proposal_s73b004, s75o bma_proposal_s75o002).  A line opening with
"เพื่อ" right under a line that ends short of the list's width opens the next objective (the sentence before it
ended there; a line the page wrapped runs to the margin), said in doubt; a line opening with "เพื่อ" under one
that runs to the margin is the wrap it was."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_PRINTED = """		๒.๑ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาผู้เรียนให้สามารถนำนวัตกรรมหรือสื่อเทคโนโลยีสารสนเทศ มาใช้สร้างสรรค์ผลงานต่างๆ เพื่อการเรียนรู้
		๒.2 เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้
"""
# as OCR read it: the first number alone kept, the second lost, each objective wrapped at the page's margin
_READ = """2. เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาผู้เรียนให้สามารถนำนวัตกรรมหรือสื่อ
เทคโนโลยีสารสนเทศ มาใช้สร้างสรรค์ผลงานต่างๆ เพื่อการเรียนรู้

เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยี
สารสนเทศด้วยตนเองได้
"""


def _objectives(block: str) -> tuple[list[str], list[dict]]:
    text = sample_text(PROPOSAL)
    assert _PRINTED in text
    rows = run(text.replace(_PRINTED, block))
    return [o["text"] for o in rows["objectives"]], [i for i in rows["issues"] if i["field"].startswith("objectives")]


def test_objectives_whose_numbers_ocr_lost_are_cut_at_the_line_under_a_short_one_and_said():
    texts, issues = _objectives(_READ)
    assert [t.replace(" ", "")[:20] for t in texts] == ["เพื่อส่งเสริมและสนับสนุนให้โรงเรียน"[:20],
                                                         "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"[:20]]
    assert texts[0].endswith("เพื่อการเรียนรู้") and texts[1].endswith("ด้วยตนเองได้")
    assert "items_cut_in_doubt" in {i["code"] for i in issues}


def test_a_line_opening_with_the_objective_word_under_one_at_the_margin_is_a_wrap():
    # the first objective wrapped right before its "เพื่อพัฒนา..." (its line ran to the margin): one objective
    wrapped = """2. เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้ให้ทั่วถึงทุกโรงเรียนในสังกัด
เพื่อพัฒนาผู้เรียนให้สามารถนำนวัตกรรมหรือสื่อเทคโนโลยีสารสนเทศ มาใช้สร้างสรรค์ผลงาน
"""
    texts, issues = _objectives(wrapped)
    assert len(texts) == 1 and texts[0].endswith("สร้างสรรค์ผลงาน")
    assert "items_cut_in_doubt" not in {i["code"] for i in issues}


def test_numbers_printed_apart_cut_only_into_as_many_objectives_as_they_count():
    # the numbers alone on their lines above the texts ("21", "2 2": s73b004): two numbers, two texts, cut
    body = _READ.split("\n", 1)[0][3:] + "\n" + _READ.split("\n", 1)[1]
    texts, _ = _objectives("21\n\n2 2\n\n" + body)
    assert len(texts) == 2 and texts[1].startswith("เพื่อพัฒนาผู้เรียน")
    # three numbers for the two texts: which text is whose is not known, nothing is cut
    texts, issues = _objectives("21\n\n2 2\n\n23\n\n" + body)
    assert "items_cut_in_doubt" not in {i["code"] for i in issues if i["field"].startswith("objectives")}
