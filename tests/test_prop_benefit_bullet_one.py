"""BMA proposals after OCR whose benefits are printed with round bullets ("•") that OCR read as a lone dot or
as the Thai digit one ("๑. โรงเรียนมี..." / ". ข้าราชการครู..." / ". นักเรียน...": fresh sets pr/set1
s19pra002, ob3/set2 s19obb001, h s20h001).  A dot is no bullet the clean-up takes, and the benefits had no
opening word to weigh a look-alike by; the "๑" made the list a numbered one whose number 2 never came; so
every benefit ran into the first and the rest were missing.  Now a bullet look-alike before whom a benefit is
for is a bullet (parsers.items.bullet_lookalikes with the benefits' item_opens), and a "๑" before such words is
one too where bulleted lines and such "๑"s are three or more and no other item number is printed
(parsers.items.bullet_ones); a list numbered 1, 2, ... keeps its numbers."""

from __future__ import annotations

import pytest

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_BENEFITS_RE = r"9\. ประโยชน์ที่คาดว่าจะได้รับ\n.*?\n\n10\."
_TEXTS = ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้",
          "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา",
          "โรงเรียนมีแผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ"]


def with_benefits(body: str) -> str:
    """The sample proposal with its benefits section's lines replaced by `body`."""
    import regex

    source = sample_text(PROPOSAL)
    found = regex.search(_BENEFITS_RE, source, regex.S)
    assert found is not None
    return source[: found.start()] + f"9. ประโยชน์ที่คาดว่าจะได้รับ\n{body}\n\n10." + source[found.end():]


def _with_benefits(marks: list[str]) -> str:
    return with_benefits("\n".join(f"{m}{t}" for m, t in zip(marks, _TEXTS)))


def benefits(rows: dict) -> list[str]:
    """The benefits' texts, in their order."""
    return [f["text"] for f in sorted(rows["findings"], key=lambda f: f["seq"]) if f["kind"] == "benefit"]


@pytest.mark.parametrize("marks", [["๑. ", ". ", ". "], [". ", "๑ ", ". "], ["๑. ", ". ", "๑ "]])
def test_round_bullets_read_as_a_dot_or_one_open_each_benefit(marks):
    assert benefits(run(_with_benefits(marks))) == _TEXTS


def test_a_list_numbered_on_keeps_its_numbers():
    from parsers.bma_proposal.read import opens_beneficiary
    from parsers.items import bullet_ones
    from schemas.document import Line

    lines = [Line(1, "๑. " + _TEXTS[0]), Line(2, "๒. " + _TEXTS[1]), Line(3, _TEXTS[2], bullet=True)]
    assert bullet_ones(lines, opens_beneficiary) == lines
    lone = [Line(1, "๑. " + _TEXTS[0]), Line(2, _TEXTS[1], bullet=True)]  # two lines: too few to tell
    assert bullet_ones(lone, opens_beneficiary) == lone


def test_a_bullet_read_as_a_greater_than_sign_opens_its_benefit():
    # set s36o: "° ...", "๑ ...", ". ...", "> ...": the fourth benefit's bullet read as ">" ran it into the third,
    # its row lost with no issue naming it
    texts = _TEXTS + ["โรงเรียนมีกิจกรรมที่ส่งเสริมการจัดการเรียนรู้เชิงรุกอย่างต่อเนื่อง"]
    body = "\n".join(f"{m}{t}" for m, t in zip(["° ", "๑ ", ". ", "> "], texts))
    assert benefits(run(with_benefits(body))) == texts
