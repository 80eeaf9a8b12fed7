"""A risk table read column by column, each column's title on a line of its
own, then its cells, where the first score cell under a title is a symbol OCR
made of the digit ("โอกาสที่จะเกิด" / "©" / "๕" / "en"): the rows reader did not
take the titles for the mark of a table read by columns (no digit after
them) and read the titles as risks' texts ('ผลกระทบ', 'ระดับของความเสี่ยง'),
each row with another's cells.  by_columns pairs the table when every column
holds as many cells as levels, and now does so whatever the rows reader
found; a level's title OCR read without its first letter ('ะดับของความเสียง')
is still the level column's (s19pra009)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสียง

ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทําให้จัดซื้อวัสดุได้ไม่ครบตามรายการ

การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน

โรงเรียนไม่สามารถดําเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากรทาง
การศึกษาที่ได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก

โอกาสทีจะเกิด
©
๔

๓

ผลกระทบ
๔
๒

๑

{level_title}
น้อย

ปานกลาง

น้อย

แนวทางการบริหารความเสียง

สํารวจราคาวัสดุก่อนจัดทําแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ
เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สํานักการศึกษา
"""


def test_a_table_read_by_columns_with_a_symbol_first_score_is_paired_by_columns():
    for title in ("ระดับของความเสียง", "ะดับของความเสียง"):
        risks = _risks(run(_with_risks(TABLE.format(level_title=title))))
        assert [r[0][:12] for r in risks] == ["ราคาวัสดุสูง", "การจัดกิจกรร", "โรงเรียนไม่ส"], title
        assert [r[1:4] for r in risks] == [("1", "4", "น้อย"), ("4", "2", "ปานกลาง"), ("3", "1", "น้อย")], title
        assert [r[4][:10] for r in risks] == ["สำรวจราคาว", "เตรียมเอกส", "มีหนังสือแ"], title


# The impact column lost two of its cells at a page break ("ผลกระทบ" / "๑" / "หน้า 5 จาก 5" / the level's title).
SHORT_IMPACT = TABLE.replace("ผลกระทบ\n๔\n๒\n\n๑\n", "ผลกระทบ\n๑\n\nหน้า 5 จาก 5\n").replace("\n©\n", "\n๑\n")


def test_a_score_column_short_of_cells_is_left_unread_and_the_other_columns_paired():
    rows = run(_with_risks(SHORT_IMPACT.format(level_title="ระดับของความเสี่ยง")))
    risks = _risks(rows)
    assert [r[0][:12] for r in risks] == ["ราคาวัสดุสูง", "การจัดกิจกรร", "โรงเรียนไม่ส"]
    assert [r[1] for r in risks] == ["1", "4", "3"] and [r[3] for r in risks] == ["น้อย", "ปานกลาง", "น้อย"]
    # its one cell in row 3 is the one placement whose score gives every placed row's level (3 x 1, น้อย; in row 1
    # 1 x 1 would give น้อยมาก, in row 2 4 x 1 น้อย: risks._placed_by_level), as the table printed it; the other
    # rows' impacts are not placed, and the column is said; row 2's, 4 x ? = ปานกลาง, can only be 2 (as printed:
    # risks._score_by_level), row 1's, 1 x ? = น้อย, 3 or 4, stays unread
    assert [r[2] for r in risks] == [None, "2", "1"]
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.impact"]
    assert [r[4][:10] for r in risks] == ["สำรวจราคาว", "เตรียมเอกส", "มีหนังสือแ"]


def test_both_score_columns_short_is_no_pairing():
    from parsers.bma_proposal.risks import by_columns
    from schemas.document import Line

    def lines(text: str) -> list[Line]:
        return [Line(k, t) for k, t in enumerate(text.format(level_title="ระดับของความเสี่ยง").split("\n"), start=1)
                if t.strip() and not t.startswith(("8.", "หน้า"))]  # the footer: furniture to the clean-up
    assert by_columns(lines(SHORT_IMPACT)) is not None
    assert by_columns(lines(SHORT_IMPACT.replace("โอกาสทีจะเกิด\n๑\n๔\n\n๓\n", "โอกาสทีจะเกิด\n๑\n"))) is None


def test_a_title_one_letter_off_its_words_is_still_its_column_s():
    # OCR put a letter into the level's title ("ระดับของความเลสี่ยง": worked set s55z bma_proposal_s55z002) or
    # misread one of the impact's ("ผลกระหบ"): no header word whole is left, but the line is one letter off the
    # title, so the table is still paired by its columns (risks._near_title)
    for title in ("ระดับของความเลสี่ยง", "ระดับของความสี่ยง"):
        risks = _risks(run(_with_risks(TABLE.format(level_title=title))))
        assert [r[1:4] for r in risks] == [("1", "4", "น้อย"), ("4", "2", "ปานกลาง"), ("3", "1", "น้อย")], title
        assert [r[4][:10] for r in risks] == ["สำรวจราคาว", "เตรียมเอกส", "มีหนังสือแ"], title
    damaged = TABLE.replace("ผลกระทบ", "ผลกระหบ").format(level_title="ระดับของความเสียง")
    assert [r[1:4] for r in _risks(run(_with_risks(damaged)))] == [("1", "4", "น้อย"), ("4", "2", "ปานกลาง"),
                                                                    ("3", "1", "น้อย")]


def test_a_line_two_letters_off_a_title_or_of_a_short_one_is_no_title():
    from parsers.bma_proposal.risks import _column_of, _is_header
    assert _column_of("ระดับของความเลสี่ยง") == "level" and _column_of("ผลกระหบ") == "impact"
    assert not _is_header("ระดับของความเลสี่ยงมาก")  # two letters off
    assert not _is_header("ราคาวัสดุสูงกว่าที่ประมาณการไว้")
