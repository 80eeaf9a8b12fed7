"""BMA proposal benefits after OCR whose list numbers ("9.1") OCR cut in two, the item's own number alone on the
line under its first line (the item's text all on that line: "9. ผู้ปกครองและชุมชน..." / "1" / "9. โโรงเรียนมี..." /
"2 สามารถเผยแพร่..." / "9. ข้าราชการครู..." / "3 มีการจัดการเรียนรู้...": shut set s22/q bma_proposal_s22q001), and
one item's first word with its leading vowel printed twice ("โโรงเรียน"): numbers_split wanted words after
every own number and the doubled vowel kept the item's opening word from being read, so the items ran together
and the last row was lost, silently.  Now an own number alone on its line is the number's only line (taken out
of the list once put back), and a benefit opens by whom it is for after a leading vowel OCR doubled."""

from __future__ import annotations

from parsers.bma_proposal.numbering import numbers_split
from parsers.bma_proposal.read import opens_beneficiary
from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import benefits, with_benefits

_ONE = "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา"
_TWO = ("โรงเรียนมีแผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ", "สามารถเผยแพร่เป็นแบบอย่างได้")
_THREE = ("ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "มีการจัดการเรียนรู้เพื่อพัฒนาการจัดการเรียนรู้เชิงรุก")


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, text, "text") for no, text in enumerate(texts, start=1)]


def test_an_own_number_alone_on_its_line_is_put_back():
    lines = _lines([f"9. {_ONE}", "1", f"9. {_TWO[0]}", f"2 {_TWO[1]}", f"9. {_THREE[0]}", f"3 {_THREE[1]}"])
    got = numbers_split(lines, "9", opens_beneficiary)
    assert [(ln.no, ln.text) for ln in got] == [(1, f"9.1 {_ONE}"), (3, f"9.2 {_TWO[0]}"), (4, _TWO[1]),
                                               (5, f"9.3 {_THREE[0]}"), (6, _THREE[1])]
    # out of its order, it is no own number: the list as it is
    lines = _lines([f"9. {_ONE}", "2", f"9. {_TWO[0]}", f"2 {_TWO[1]}"])
    assert numbers_split(lines, "9", opens_beneficiary) == lines


def test_a_doubled_leading_vowel_still_opens_a_benefit():
    assert opens_beneficiary("โโรงเรียนมีแผน") and opens_beneficiary(": โโรงเรียนมีแผน")
    assert not opens_beneficiary("โโ") and not opens_beneficiary("โรงงาน")


def test_the_benefits_read_whole():
    body = f"9. {_ONE}\n1\n9. โ{_TWO[0]}\n2 {_TWO[1]}\n9. {_THREE[0]}\n3 {_THREE[1]}"
    got = benefits(run(with_benefits(body)))
    assert [t.replace(" ", "") for t in got] == [_ONE, _TWO[0] + _TWO[1], _THREE[0] + _THREE[1]]
