"""BMA proposals printed on one line whose risk table is read column by column (each column's title, then its
cells: "ความเสี่ยง R1 R2 โอกาสที่จะเกิด 4 2 ผลกระทบ 4 4 ระดับของความเสี่ยง สูงมาก ปานกลาง แนวทางการบริหาร
ความเสี่ยง M1 M2"; set s19prb's s19prb007 and three of a one-line set made from the generator).  The score and
level columns' cells are a word each; the text columns' cells run together.  Before, they were not told apart,
so a table of two rows or more was not paired (said as read by columns, every row's cells in doubt).  Now a
text column parts where a phrase opens that does not continue the one before (risks._text_cells): n - 1 such
places for the level column's n cells part it for sure; more (a line break OCR or the clean-up joined inside a
phrase) part it by a guess, said on each row's risk and mitigation; fewer: not parted, said as before."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_HEAD = "8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง "
TWO = (_HEAD + "ความเสี่ยง ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ "
       "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน โอกาสที่จะเกิด 4 2 ผลกระทบ ๔ 4 "
       "ระดับของความเสี่ยง สูงมาก ปานกลาง แนวทางการบริหารความเสี่ยง สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย "
       "และปรับรายการให้เหมาะสมกับงบประมาณ เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติ")
ROWS = [("ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ", "4", "4", "สูงมาก",
         "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ"),
        ("การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "2", "4", "ปานกลาง",
         "เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติ")]


def _said(rows: dict) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == "unread_cells" and i["field"].startswith("findings")}


def test_text_columns_of_a_table_by_columns_on_one_line_part_into_the_level_column_s_rows():
    rows = run(_with_risks(TWO))
    assert _risks(rows) == ROWS
    assert not _said(rows)


def test_a_phrase_break_inside_a_cell_parts_it_by_a_guess_and_says_so():
    # the clean-up joined a line broken inside a phrase with a space ("ไม่ครบตาม รายการ"): two places could open
    # the second risk; the parting that leaves the shorter cell longest is taken, and each row's risk and
    # mitigation are said to be in doubt; the scores and levels, a word a cell, are each row's all the same
    rows = run(_with_risks(TWO.replace("ไม่ครบตามรายการ", "ไม่ครบตาม รายการ")))
    assert [r[1:4] for r in _risks(rows)] == [r[1:4] for r in ROWS]
    assert _risks(rows)[0][0] == "ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตาม รายการ"
    assert _said(rows) == {"findings.text", "findings.mitigation"}


def test_the_table_broken_over_lines_is_read_as_one_line_and_its_parting_said():
    words, lines = TWO.removeprefix(_HEAD).split(), []
    for k in range(0, len(words), 4):  # four words a line, breaks falling inside cells and between them
        lines.append(" ".join(words[k:k + 4]))
    rows = run(_with_risks(_HEAD + "\n" + "\n".join(lines)))
    assert [r[1:4] for r in _risks(rows)] == [r[1:4] for r in ROWS]
    assert _said(rows) == {"findings.text", "findings.mitigation"}


def test_a_text_column_of_fewer_places_than_rows_is_not_parted_and_the_table_is_said():
    # the mitigations of two rows run on as one phrase: nothing tells them apart, so no row is paired by order
    one = TWO.replace(" เตรียมเอกสารขออนุมัติ", "เตรียมเอกสารขออนุมัติ")
    rows = run(_with_risks(one))
    assert "findings" in _said(rows)


def test_titles_apart_reads_lines_broken_anywhere_as_one_each_piece_on_the_line_it_starts_on():
    from parsers.bma_proposal.risks import titles_apart
    from schemas.document import Line
    words = TWO.removeprefix(_HEAD).split()
    lines = [Line(10 + k, " ".join(words[4 * k:4 * k + 4])) for k in range((len(words) + 3) // 4)]
    out, parted = titles_apart(lines)
    assert [ln.text for ln in out][:4] == ["ความเสี่ยง", ROWS[0][0], ROWS[1][0], "โอกาสที่จะเกิด"]
    assert [ln.no for ln in out][:4] == [10, 10, 10, 11]
    assert parted
    # a table whose titles stand on lines of their own is left as it is (by_columns reads it)
    alone = [Line(1, "ความเสี่ยง"), Line(2, ROWS[0][0]), Line(3, "โอกาสที่จะเกิด"), Line(4, "4"), Line(5, "ผลกระทบ"),
             Line(6, "4"), Line(7, "ระดับของความเสี่ยง"), Line(8, "สูงมาก"), Line(9, "แนวทางการบริหารความเสี่ยง"),
             Line(10, ROWS[0][4])]
    assert titles_apart(alone) == (alone, [])
