"""An expected benefit whose text holds a line that is a risk's level alone ("น้อย", its score beside it at most):
the risk table, read by its columns, its last row's cells past the benefits' heading, ran into the benefit (fresh
set s98o, bma_proposal_s98o002: "... กรุงเทพมหานคร" / "ไ153" / "น้อย" / "มีหนังสือแจ้ง...", read as benefit 2's text
with no issue).  Said (unread_cells on findings.text); a benefit that only holds the word inside a sentence is not."""

from tests.test_bma_proposal import PROPOSAL, run, sample_text

_BENEFIT_TWO = "๙.2 ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร มีการจัดการเรียนรู้เพื่อพัฒนา\n"


def _with_benefit_two(lines: str) -> dict:
    text = sample_text(PROPOSAL)
    assert _BENEFIT_TWO in text
    return run(text.replace(_BENEFIT_TWO, _BENEFIT_TWO + lines))


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.text"
            and "level alone" in i["message"]]


def test_a_level_alone_on_a_line_of_a_benefit_is_said():
    rows = _with_benefit_two("ไ153\nน้อย\nมีหนังสือแจ้งโรงเรียนเป็นระยะๆ\n")
    said = _said(rows)
    assert len(said) == 1 and "expected benefit 2" in said[0]["message"]


def test_the_word_inside_a_benefit_s_sentence_is_not():
    rows = _with_benefit_two("อย่างน้อย ร้อยละ ๘๐ ของนักเรียน\n")
    assert _said(rows) == []
