"""The proposal's risk table (section 8) where OCR lost a row's level or read
the table column by column: each row keeps its own cells, or the table's
rows are flagged, never given another row's level or mitigation silently."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

# Cell by cell; the first row's level came out as specks ("a vy ซ่|"), its scores as "๑7".
LOST_LEVEL = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
การประเมินความเสี่ยง
โอกาสที่
จะเกิด
ผลกระทบ
ระดับของ
ความเสี่ยง

โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและ
บุคลากรทางการศึกษามีภาระงานมาก

๑7

a  vy   a   ซ่|           yor    ร   ๕ ๐
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา
เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน

การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณ
ใช้เวลานาน

๒
๓
ปานกลาง
เตรียมเอกสารขออนุมัติให้ครบถ้วน
และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด

ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ

๑
๓
น้อย
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
"""


def _issues(rows: dict, code: str, field: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] == field]


def test_a_row_whose_level_ocr_lost_keeps_its_cells_and_the_next_rows_theirs():
    rows = run(_with_risks(LOST_LEVEL))
    risks = _risks(rows)
    assert [r[0][:12] for r in risks] == ["โรงเรียนไม่ส", "การจัดกิจกรร", "ราคาวัสดุสูง"]
    assert [r[3] for r in risks] == [None, "ปานกลาง", "น้อย"]  # not the next row's ปานกลาง
    assert risks[0][4].startswith("มีหนังสือแจ้ง") and risks[1][4].startswith("เตรียมเอกสาร")
    assert risks[1][1:3] == ("2", "3")
    (lost,) = _issues(rows, "missing_value", "findings.level")
    first = next(f for f in rows["findings"] if f["kind"] == "risk" and f["seq"] == 1)
    assert lost["line_start"] <= first["line_end"] and first["line_start"] <= lost["line_end"]
    # its one score cell "๑7" cannot say which score it is: both flagged
    assert {i["field"] for i in rows["issues"] if i["code"] == "missing_value" and "scores" in i["message"]} == {
        "findings.likelihood", "findings.impact"}


def test_a_page_number_or_a_word_between_texts_is_no_row():
    text = LOST_LEVEL.replace("๑7", "-4-")
    risks = _risks(run(_with_risks(text)))
    assert len(risks) == 2  # "-4-" is no score cell: the first two risks stay one row (as before)


# Scores read as "ค" and "๓", a speck in the level's place, then the level after a page break.
LEVEL_PAST_A_SPECK = LOST_LEVEL.replace("""๒
๓
ปานกลาง
""", """ค
๓

Vv
สูง
""")


def test_a_level_after_its_row_s_specks_is_that_row_s_with_its_mitigation():
    rows = run(_with_risks(LEVEL_PAST_A_SPECK))
    second = _risks(rows)[1]
    assert second[0].startswith("การจัดกิจกรรม") and second[3] == "สูง"
    assert second[4] == "เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด"


# OCR read down each column: the risks' text, then the other columns' titles, the scores and levels, the mitigations.
BY_COLUMNS = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
สภาพอากาศ
หรือ
สถานการณ์โรคระบาด
ทำให้ไม่สามารถ
จัดกิจกรรมได้
โรงเรียนไม่
สามารถดำเนินการได้
ตามเป้าหมาย
โอกาสที่ ผลกระทบ ระดับของ
จะเกิด
4
4 สูงมาก
2 ปานกลาง
แนวทาง
การบริหาร
ความเสี่ยง
ปรับรูปแบบ
การจัดกิจกรรม
มีหนังสือแจ้ง
โรงเรียน
"""


def test_a_table_read_column_by_column_flags_its_rows():
    rows = run(_with_risks(BY_COLUMNS))
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    (issue,) = _issues(rows, "unread_cells", "findings")
    assert "column by column" in issue["message"]
    assert all(issue["line_start"] <= f["line_start"] and f["line_end"] <= issue["line_end"] for f in risks)


def test_a_table_read_row_by_row_is_not_flagged_as_read_by_columns():
    rows = run(_with_risks(LOST_LEVEL))
    assert all("column by column" not in i["message"] for i in _issues(rows, "unread_cells", "findings"))


# The table printed on one line; OCR's wraps left spaces inside words ("สำ นักการศึกษา", "ใน ช่วงเวลา").
ONE_LINE = ("8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง\n"
            "ความเสี่ยง โอกาสที่จะเกิด ผลกระทบ ระดับของความเสี่ยง แนวทางการบริหารความเสี่ยง "
            "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย ๑ ๑ น้อยมาก มีหนังสือแจ้งโรงเรียนเป็นระยะๆ "
            "และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา ผู้เข้ารับการอบรมไม่ครบตามจำนวน "
            "เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน ๓ ๕ สูง ประสานโรงเรียนล่วงหน้า\n")
ONE_LINE_OCR = ONE_LINE.replace("สำนักการศึกษา", "สำ นักการศึกษา").replace("ในช่วงเวลา", "ใน ช่วงเวลา")


def test_a_one_line_table_flags_a_mitigation_and_risk_it_parts_by_a_guess():
    rows = run(_with_risks(ONE_LINE))  # only "ผู้เข้ารับ..." can open the next risk: read, not flagged
    assert [r[0] for r in _risks(rows)][1] == ("ผู้เข้ารับการอบรมไม่ครบตามจำนวน "
                                              "เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน")
    assert not [i for i in rows["issues"] if "printed on one line" in i["message"]]
    rows = run(_with_risks(ONE_LINE_OCR))
    doubt = [i for i in rows["issues"] if i["code"] == "unread_cells" and "printed on one line" in i["message"]]
    assert {i["field"] for i in doubt} == {"findings.mitigation", "findings.text"}


# The header cut by a page break (the page's footer between its first titles and the rest), then rows read across.
HEADER_ACROSS_A_PAGE = LOST_LEVEL.replace("""การประเมินความเสี่ยง
โอกาสที่""", """การประเมินความเสี่ยง
พิมพ์จากระบบ BMA Digital Plans เมื่อ ๒๕/๑๑/๒๕๖๗ ๑๒:๔๕
สำนักงานเขตจตุจักร
แนวทาง
การบริหารความเสี่ยง
โอกาสที่""")


def test_a_header_cut_by_a_page_break_is_no_column_reading():
    rows = run(_with_risks(HEADER_ACROSS_A_PAGE))
    assert all("column by column" not in i["message"] for i in _issues(rows, "unread_cells", "findings"))
    assert [r[3] for r in _risks(rows)][1:] == ["ปานกลาง", "น้อย"]


def test_a_line_of_one_cell_after_a_row_read_across_is_flagged_as_either_cell_s():
    from tests.test_bma_proposal import RISK_OCR_ROWS
    rows = run(_with_risks(RISK_OCR_ROWS.format(l="2", i="1", level="น้อยมาก")))
    risks = _risks(rows)
    assert risks[1][4].endswith("จัดทำแผน")  # given to the mitigation, the column that wraps longest as a rule ...
    either = [i for i in rows["issues"] if "could end either" in i["message"]]
    assert {i["field"] for i in either} == {"findings.mitigation", "findings.text"}  # ... but the risk's just as well
    last = next(f for f in rows["findings"] if f["kind"] == "risk" and f["seq"] == 2)
    assert all(i["line_start"] == i["line_end"] == last["line_end"] for i in either)  # that line only, not row 1


def test_a_header_after_a_page_break_then_a_short_word_is_no_column_reading():
    text = HEADER_ACROSS_A_PAGE.replace("""การบริหารความเสี่ยง
โอกาสที่""", """การบริหารความเสี่ยง
ได้
โอกาสที่""")
    rows = run(_with_risks(text))
    assert all("column by column" not in i["message"] for i in _issues(rows, "unread_cells", "findings"))


# Read column by column, every cell on a line of its own (extra3's risk_read_columns): each column's title,
# then its cells in row order.
COLUMNS_A_LINE_EACH = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากบุคลากรมีภาระงานมาก
สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้

โอกาสที่จะเกิด
๓
๒

ผลกระทบ
๓
๑

ระดับของความเสี่ยง
ปานกลาง
น้อยมาก

แนวทางการบริหารความเสี่ยง
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย
"""


def test_a_table_read_column_by_column_a_cell_a_line_pairs_its_rows_by_order():
    rows = run(_with_risks(COLUMNS_A_LINE_EACH))
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากบุคลากรมีภาระงานมาก", "3", "3", "ปานกลาง",
         "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา"),
        ("สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้", "2", "1", "น้อยมาก",
         "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย")]
    assert not _issues(rows, "unread_cells", "findings")


def test_a_table_read_column_by_column_whose_cell_wrapped_is_paired_and_flagged():
    # the first risk wrapped over two lines: three lines for two levels; the line that opens with a word that
    # continues its cell ("เนื่องจาก") goes on the line above, and where the cells part is said (a guess)
    table = COLUMNS_A_LINE_EACH.replace(" เนื่องจากบุคลากร", "\nเนื่องจากบุคลากร")
    rows = run(_with_risks(table))
    assert _risks(rows) == _risks(run(_with_risks(COLUMNS_A_LINE_EACH)))
    (issue,) = _issues(rows, "unread_cells", "findings.text")
    assert "column by column" in issue["message"] and _issues(rows, "unread_cells", "findings.mitigation")
    assert not _issues(rows, "unread_cells", "findings")


# Read row by row, the mitigation column lost to OCR (its title gone from the header too), each risk's text
# wrapped over lines of its own (from a fresh set's risk_pipe proposal, tesseract tha+eng)
NO_MITIGATION = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง     โอกาส ผลกระทบ รระดับของ
ที่จะ    ความเสี่ยง
เกิด

การจัดกิจกรรมล่าช้ากว่า    1   2 น้อยมาก

แผน เนื่องจากขั้นตอน

การอนุมัติงบประมาณ

ใช้เวลานาน

โรงเรียนไม่สามารถ     4   3 สูง

ดําเนินการได้ตามเป้าหมาย
มีภาระงานมาก
"""


def test_a_risk_row_with_no_mitigation_beside_it_keeps_its_wrapped_text_and_says_the_mitigation_is_lost():
    rows = run(_with_risks(NO_MITIGATION))
    risks = _risks(rows)
    assert [("".join(r[0].split()), r[1], r[2], r[3], r[4]) for r in risks] == [  # (wraps joined, spaces aside)
        ("การจัดกิจกรรมล่าช้ากว่าแผนเนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "1", "2", "น้อยมาก", None),
        ("โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมายมีภาระงานมาก", "4", "3", "สูง", None)]
    lost = _issues(rows, "missing_value", "findings.mitigation")
    assert len(lost) == 2


# Read row by row; the second row's level OCR garbled past reading ("น้อย" read "tae") (extra4 t006's OCR)
LEVEL_GARBLED = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ\tความเสี่ยง ความเสียง
เกิด
สภาพอากาศหรือ\t1\t1 น้อยมาก ปรับรูปแบบการ
สถานการณ์\tจัดกิจกรรมเป็น
โรคระบาดทำให้\tแบบออนไลน์
การจัดกิจกรรม\t3\t1 tae\tเตรียมเอกสาร
ล่าช้ากว่าแผน\tขออนุมัติให้
เนื่องจากขั้นตอน\tครบถ้วน และ
"""


def test_a_row_read_across_whose_level_ocr_garbled_is_its_own_row_with_its_level_said_missing():
    rows = run(_with_risks(LEVEL_GARBLED))
    risks = _risks(rows)
    # its level the band of 3 x 1 (น้อย), said (risks.level_by_scores: test_prop_risk_level_by_scores)
    assert [(r[1], r[2], r[3]) for r in risks] == [("1", "1", "น้อยมาก"), ("3", "1", "น้อย")]
    assert "".join(risks[1][0].split()) == "การจัดกิจกรรมล่าช้ากว่าแผนเนื่องจากขั้นตอน"
    assert "".join(risks[1][4].split()) == "เตรียมเอกสารขออนุมัติให้ครบถ้วนและ"
    assert "".join(risks[0][4].split()) == "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์"  # not the next row's
    assert len(_issues(rows, "value_repaired", "findings.level")) == 1


def test_a_row_whose_level_ocr_garbled_and_whose_score_it_read_as_a_symbol_is_its_own_row():
    # "@" for ๔ (a symbol look-alike alone, risks.SYMBOL_SCORE_RE): before, no score cell, so the row ran on into
    # the row above (its risk and mitigation appended there) and was lost with no issue naming it (set s19pra)
    rows = run(_with_risks(LEVEL_GARBLED.replace("\t3\t1 tae\t", "\t@\t๑ wag\t")))
    risks = _risks(rows)
    assert len(risks) == 2
    assert "".join(risks[1][0].split()) == "การจัดกิจกรรมล่าช้ากว่าแผนเนื่องจากขั้นตอน"
    assert "".join(risks[0][4].split()) == "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์"  # not the next row's
    assert risks[1][3] is None and len(_issues(rows, "missing_value", "findings.level")) == 1
    # '@' may be 1, 4, 7 or 9: with the level lost nothing tells which, so it is not given as a score
    assert risks[1][1] is None
    assert _issues(rows, "repair_ambiguous", "findings.likelihood")
    # a word of text in the score's place is no score: the line stays a line of the row above
    assert len(_risks(run(_with_risks(LEVEL_GARBLED.replace("\t3\t1 tae\t", "\tการ\t๑ wag\t"))))) == 1


# A form printed on one line with its risk table in markdown: the table's rows run on in the line, told apart by
# the rule row's count of columns (extra4 t007).
PIPES_ONE_LINE = ("8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง | ความเสี่ยง | โอกาสที่จะเกิด | ผลกระทบ "
                  "| ระดับของความเสี่ยง | แนวทางการบริหารความเสี่ยง | |---|---|---|---|---| "
                  "| ผู้เข้ารับการอบรมไม่ครบตามจำนวน | 4 | 2 | ปานกลาง | ประสานโรงเรียนล่วงหน้า | "
                  "| ราคาวัสดุสูงกว่าที่ประมาณการไว้ | ๑ | ๑ | น้อยมาก | สำรวจราคาวัสดุก่อนจัดทำแผน |")


def test_a_markdown_risk_table_run_on_in_one_line_is_read_row_by_row():
    assert _risks(run(_with_risks(PIPES_ONE_LINE))) == [
        ("ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "4", "2", "ปานกลาง", "ประสานโรงเรียนล่วงหน้า"),
        ("ราคาวัสดุสูงกว่าที่ประมาณการไว้", "1", "1", "น้อยมาก", "สำรวจราคาวัสดุก่อนจัดทำแผน")]
    from parsers.bma_proposal.risks import pipe_rows
    from schemas.document import Line
    rows = pipe_rows([Line(7, PIPES_ONE_LINE + " 9. ประโยชน์ที่คาดว่าจะได้รับ")])
    assert [ln.text.split("\t")[0] for ln in rows] == [
        "8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง", "ความเสี่ยง", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน",
        "ราคาวัสดุสูงกว่าที่ประมาณการไว้", "9. ประโยชน์ที่คาดว่าจะได้รับ"]
    assert {ln.no for ln in rows} == {7}
    # cells that do not fall into whole rows of the rule's columns (a row lost a bar): the line as it is
    broken = Line(7, PIPES_ONE_LINE.replace("| 4 | 2 |", "| 4 2 |"))
    assert pipe_rows([broken]) == [broken]


# The same run-on table after OCR: the rule row's inner bars read as look-alikes ("|---[---|---I---|"), the
# document's Thai digits kept (extra4 t007's OCR'd twin).
PIPES_ONE_LINE_OCR = PIPES_ONE_LINE.replace("|---|---|---|---|---|", "|---[---|---I---[---|")


def test_a_run_on_risk_table_whose_rule_ocr_damaged_is_still_read_row_by_row():
    rows = run(_with_risks(PIPES_ONE_LINE_OCR))
    assert _risks(rows) == [
        ("ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "4", "2", "ปานกลาง", "ประสานโรงเรียนล่วงหน้า"),
        ("ราคาวัสดุสูงกว่าที่ประมาณการไว้", "1", "1", "น้อยมาก", "สำรวจราคาวัสดุก่อนจัดทำแผน")]
    assert not [i for i in rows["issues"] if (i.get("field") or "").startswith("findings.")]
    from parsers.bma_proposal.risks import pipe_rows
    from schemas.document import Line
    assert len(pipe_rows([Line(7, PIPES_ONE_LINE_OCR)])) == 4  # lead, header, two rows
    # a look-alike only counts as a bar between two runs of dashes: one run alone is no rule
    lone = Line(7, PIPES_ONE_LINE.replace("|---|---|---|---|---|", "|---I |"))
    assert pipe_rows([lone]) == [lone]


# The same table of one row read column by column on one line: each column's title, then its cell (extra3 w007).
COLUMNS_ONE_LINE = ("8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง ความเสี่ยง "
                    "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้ โอกาสที่จะเกิด ๒ "
                    "ผลกระทบ ๒ ระดับของความเสี่ยง น้อย แนวทางการบริหารความเสี่ยง ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์")


def test_a_risk_table_of_one_row_read_by_columns_on_one_line_is_read():
    assert _risks(run(_with_risks(COLUMNS_ONE_LINE))) == [
        ("สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้", "2", "2", "น้อย",
         "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์")]
    # two rows so: the risks' texts run together in their column, no telling them apart: said, as before
    two = COLUMNS_ONE_LINE.replace("ได้ โอกาสที่จะเกิด ๒ ผลกระทบ ๒ ระดับของความเสี่ยง น้อย",
                                   "ได้ ราคาวัสดุสูงกว่าที่ประมาณการไว้ โอกาสที่จะเกิด ๒ ๑ ผลกระทบ ๒ ๒ "
                                   "ระดับของความเสี่ยง น้อย น้อยมาก")
    rows = run(_with_risks(two))
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings"]


# The rows' text cells wrap in the column (a risk, and a mitigation whose second line opens "เพื่อ"): the
# wrapped line after the column's widest line, and the one opening with a word that continues its cell
_BY_COLUMNS_WRAPPED = """8.  ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากรทาง
การศึกษาที่ได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ
โอกาสที่จะเกิด
2
3
ผลกระทบ
1
4
ระดับของความเสี่ยง
น้อยมาก
สูง
แนวทางการบริหารความเสี่ยง
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา
เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย

"""


def test_a_table_read_column_by_column_whose_text_cells_wrapped_is_paired_and_said():
    # each column's title, then its cells; a risk and a mitigation wrapped onto a second line, so the text
    # columns hold more lines than the table has rows: the rows were not paired at all (every cell in doubt)
    rows = run(_with_risks(_BY_COLUMNS_WRAPPED))
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากรทาง "
         "การศึกษาที่ได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก", "2", "1", "น้อยมาก",
         "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา "
         "เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน"),
        ("ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ", "3", "4", "สูง",
         "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย"),
    ]
    said = {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"}
    assert {"findings.text", "findings.mitigation"} <= said and "findings" not in said


def test_a_table_read_column_by_column_with_a_speck_in_its_level_column_drops_the_speck():
    # OCR read a speck in the level column as a line of its own ("ข" between the levels): more level lines
    # than the score columns' cells; the levels that read as levels are as many, and pair by order (fresh
    # set s19pra). Before, the table was no column reading and its rows were lost.
    table = COLUMNS_A_LINE_EACH.replace("ปานกลาง\nน้อยมาก\n", "ปานกลาง\nข\nน้อยมาก\n")
    assert table != COLUMNS_A_LINE_EACH
    assert _risks(run(_with_risks(table))) == _risks(run(_with_risks(COLUMNS_A_LINE_EACH)))
    # a word there is no speck: the columns do not pair
    worded = COLUMNS_A_LINE_EACH.replace("ปานกลาง\nน้อยมาก\n", "ปานกลาง\nโรงเรียน\nน้อยมาก\n")
    assert _risks(run(_with_risks(worded))) != _risks(run(_with_risks(COLUMNS_A_LINE_EACH)))
