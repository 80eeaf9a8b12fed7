"""A proposal's numbered objectives whose last number OCR lost with the column of numbers read apart, a line of
debris between: the objective ran into the one above, its row lost with no issue naming it (fresh set s98s,
bma_proposal_s98s002).  A numbered list read by its openers ("เพื่อ") says a line inside an item that opens as its
items do and is as wide as a text's line (read.opened_inside, unread_cells on the table), as a list read by whom
its items are for did."""

from tests.test_bma_proposal import PROPOSAL, run, sample_text


def _with_objectives(block: str) -> dict:
    text = sample_text(PROPOSAL)
    start = text.index("๒. วัตถุประสงค์") if "๒. วัตถุประสงค์" in text else text.index("2. วัตถุประสงค์")
    end = text.index("๓. เป้าหมาย") if "๓. เป้าหมาย" in text else text.index("3. เป้าหมาย")
    return run(text[:start] + block + text[end:])


_BLOCK = """๒. วัตถุประสงค์
๒.๑ เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ และเผยแพร่เป็นแบบอย่าง
๒.๒ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม
การเรียนรู้เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียนในโรงเรียน
{last}
เขียนได้ของนักเรียนระหว่างโรงเรียน ผู้ปกครอง และชุมชน

"""


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "objectives"
            and "opens as the objectives do" in i["message"]]


def test_an_objective_run_into_the_one_above_is_said():
    rows = _with_objectives(_BLOCK.format(last="เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออก"))
    said = _said(rows)
    assert len(said) == 1 and "objective 2" in said[0]["message"]


def test_a_wrap_of_other_words_is_not():
    rows = _with_objectives(_BLOCK.format(last="และสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออก"))
    assert _said(rows) == []
