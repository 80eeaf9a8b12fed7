"""BMA proposals after OCR whose section 9 list (ประโยชน์ที่คาดว่าจะได้รับ) is bulleted and OCR damaged the
bullets: some read as another mark (". โรงเรียน...", ": ข้าราชการ..." beside "- ..."), one lost altogether
(the first item's text under the heading with no bullet), every one read as "๑" with a speck line "๑4"
among them; and a list whose numbers stand in a column apart whose last number OCR read as letters ("en"
for ๙.๓) and whose benefit opens with a mark OCR added ("ขั้าราชการ").  Before, the items ran into one
another and the rows after them were lost with no issue naming them (read.read_bullets, mixed_bullets,
bullet_lost_first, opens_beneficiary; numbering.numbers_apart)."""

from __future__ import annotations

from parsers.bma_proposal.read import mixed_bullets, opens_beneficiary, read_bullets
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from schemas.document import Line

HEADING = "9. ประโยชน์ที่คาดว่าจะได้รับ\n"
ITEMS = ("ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "มีการจัดการเรียนรู้เพื่อพัฒนาผลสัมฤทธิ์ของนักเรียน",
         "โรงเรียนมีนวัตกรรมการสอนที่มีคุณภาพ", "สามารถเผยแพร่เป็นแบบอย่างได้",
         "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ", "การศึกษา")
EXPECTED = [(1, "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร มีการจัดการเรียนรู้เพื่อพัฒนาผลสัมฤทธิ์ของนักเรียน"),
            (2, "โรงเรียนมีนวัตกรรมการสอนที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้"),
            (3, "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ การศึกษา")]


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


def _with_benefits(body: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index(HEADING) + len(HEADING)
    end = text.index("\n10. ", start)
    return text[:start] + body + "\n" + text[end:]


def _list(marks: tuple[str, str, str]) -> str:
    return "\n".join(f"{marks[k // 2]}{line}" if k % 2 == 0 else line for k, line in enumerate(ITEMS))


def test_a_bullet_read_as_another_mark_beside_the_list_s_own_bullets_opens_its_item():
    # "- " / ". " / "- ": the "." bullet opened no item, so item 2 ran into item 1 and item 3 was lost, silently
    rows = run(_with_benefits(_list(("- ", ". ", "- "))))
    assert _benefits(rows) == EXPECTED
    # one bullet read beside a mark: the mark opens an item where its text opens as a benefit does
    rows = run(_with_benefits(_list(("- ", ": ", ": "))))
    assert _benefits(rows) == EXPECTED


def test_a_mark_that_opens_no_benefit_beside_one_bullet_is_no_item():
    lines = [Line(1, "ข้าราชการครู", bullet=True), Line(2, ": มีการจัดการเรียนรู้")]
    assert mixed_bullets(lines, opens_beneficiary) == lines
    # nor is any mark a bullet in a list with no bullet read
    plain = [Line(1, "ข้าราชการครู"), Line(2, ". โรงเรียนมีนวัตกรรม"), Line(3, ". ผู้ปกครอง")]
    assert mixed_bullets(plain, opens_beneficiary) == plain


def test_a_first_benefit_whose_bullet_ocr_lost_is_the_first_item():
    # " ข้าราชการ..." / "- โรงเรียน..." / "- ผู้ปกครอง...": item 1 was text under the heading (said), the
    # items after it numbered short
    rows = run(_with_benefits(_list(("", "- ", "- "))))
    assert _benefits(rows) == EXPECTED
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"].startswith("findings")]


def test_text_that_introduces_the_list_is_not_its_first_item():
    intro = "โรงเรียนได้รับประโยชน์ดังนี้\n"
    rows = run(_with_benefits(intro + "\n".join(f"- {t}" for t in ITEMS[2::2])))
    assert [t for _, t in _benefits(rows)] == list(ITEMS[2::2])


def test_bullets_read_as_one_with_a_speck_line_among_them():
    # every "•" read "๑", and a speck of one on a line of its own ("๑4") before an item: the speck read as an
    # item number, so no mark was taken for a bullet and the whole list was one item, silently
    body = _list(("๑ ", "๑ ", "๑ ")).replace("๑ ผู้ปกครอง", "๑4\n๑ ผู้ปกครอง")
    rows = run(_with_benefits(body))
    assert _benefits(rows) == EXPECTED
    # a number alone that is no speck of a bullet (before a line opening otherwise) is kept
    kept = [Line(1, "๑4"), Line(2, "ข้าราชการครู"), Line(3, "๑ โรงเรียน"), Line(4, "๑ ผู้ปกครอง")]
    assert [ln.text for ln in read_bullets(kept)][:1] == ["๑4"]


def test_a_benefit_opens_by_its_words_with_a_mark_ocr_added():
    assert opens_beneficiary("ขั้าราชการครูและบุคลากร") and opens_beneficiary("โรงเรียนมี")
    # a short word keeps its marks: "ผ" and "คร" open many words
    assert not opens_beneficiary("ผลการดำเนินงาน") and not opens_beneficiary("ครบถ้วน")


def test_numbers_apart_whose_last_number_ocr_read_as_letters():
    # "๙.๑" / "๙.๒" / "en" (for ๙.๓) / the three texts: "en" was taken for specks, the texts given to two
    # numbers, the third row lost with no issue
    texts = "\n".join(["ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา",
                       "ขั้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร",
                       "มีการจัดการเรียนรู้เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน", "",
                       "โรงเรียนมีผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ", "สามารถเผยแพร่เป็นแบบอย่างได้"])
    rows = run(_with_benefits("๙.๑\n๙.๒\nen\n\n" + texts))
    got = _benefits(rows)
    assert [s for s, _ in got] == [1, 2, 3]
    assert got[1][1].startswith("ขั้าราชการ") and got[2][1].startswith("โรงเรียนมีผลงาน")
    assert [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.seq"]
