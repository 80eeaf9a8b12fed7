"""BMA proposals after OCR whose values went wrong with no issue naming them (fresh sets s37/z, s39/o, s39/z):

- a risk row read across whose level OCR garbled ("4<tab>2 ปขานกลาง สำรวจราคา"), its risk's own words holding a
  level word ("ราคาวัสดุสูงกว่าที่": สูง): the level word in the risk's cell stopped the row being read
  (risks._row_run_on, risks._row_without_level), so the row ran into the next one's and each row after took the
  figures of the row below;
- a page's running title ("โครงการ" and the name) OCR damaged in a few letters ("(%เ๐ยจ๐ Learning)"), run on into
  the action plan's step before the page break (read._title_lines: a near printing of a long title is one too);
- a benefit whose round bullet OCR read as a digit of its shape ("6 ผู้ปกครอง...") after a "๑" bullet: no list
  numbered from one goes on with 6, so both are bullets (read.ones_inside), and the benefit is its own row;
- a project place read as a district's bare name (the site's words before it lost to OCR): said
  (pipeline.districts.mend_districts);
- a KPI row read cell by cell whose indicator lines hold the value's cell beside them ("ผู้เข้ารับการอบร ร้อยละ"):
  the columns read across, rows may have run together, so the row's cells are said in doubt
  (kpis._percent_cell_beside);
- a given name no listed name or word, though dictionary words end to end ("ปริชา": ปริ, ชา), a letter from a
  listed name (ปรีชา): said (pipeline.wording.misread_name_words; a family name made of words is left).
"""

from __future__ import annotations

from parsers.bma_proposal.kpis import _percent_cell_beside, read_cells
from parsers.bma_proposal.read import _title_lines, ones_inside, opens_beneficiary
from parsers.bma_proposal.risks import _SPECKED_SCORE_RE, _row_run_on, _row_without_level
from normalizers.text import skeleton
from pipeline.wording import misread_name_words
from schemas.document import Line
from tests.test_bma_proposal import _risks, _with_risks, run
from tests.test_prop_benefit_bullet_one import benefits, with_benefits

_HEAD = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ\tความเสี่ยง การบริหาร
เกิด\tความเสี่ยง
"""


def test_a_garbled_level_row_whose_risk_holds_a_level_word_is_its_own_row():
    assert _row_run_on("ค่าใช้จ่ายสูงกว่าแผน\t4\t2 ปขานกลาง สำรวจราคา") == (
        "ค่าใช้จ่ายสูงกว่าแผน", ["4", "2"], "สำรวจราคา", "ปขานกลาง")
    assert _row_without_level("ค่าใช้จ่ายสูงกว่าแผน\t3\t1 qo\tเตรียมเอกสาร") is not None
    # a level word after the risk's cell is the other rules' to read
    assert _row_run_on("ค่าใช้จ่ายเพิ่มขึ้น\t4\t2 ปขานกลาง สูง สำรวจ") is None
    rows = run(_with_risks(_HEAD + "ค่าใช้จ่ายสูงกว่าแผน\t4\t2 ปขานกลาง สำรวจราคา\n"
                           "ที่ตั้งไว้\tก่อนจัดซื้อ\n"
                           "การจัดกิจกรรม\t2\t๒ น้อย\tเตรียมเอกสาร\n"
                           "ล่าช้ากว่าแผน\tขออนุมัติ\n"
                           "ผู้เข้ารับการอบรม\t๑\t1 น้อยมาก ประสาน\n"
                           "ไม่ครบตามจำนวน\tโรงเรียน\n"))
    risks = _risks(rows)
    # its level, a letter off ปานกลาง, which 4 x 2 gives too, is read (risks.level_by_debris; said)
    assert [r[:4] for r in risks] == [("ค่าใช้จ่ายสูงกว่าแผน ที่ตั้งไว้", "4", "2", "ปานกลาง"),
                                      ("การจัดกิจกรรม ล่าช้ากว่าแผน", "2", "2", "น้อย"),
                                      ("ผู้เข้ารับการอบรม ไม่ครบตามจำนวน", "1", "1", "น้อยมาก")]


_NAME = "ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด"


def test_a_running_title_ocr_damaged_in_a_few_letters_is_furniture():
    sk = skeleton(_NAME)
    titles = (skeleton("โครงการ") + sk, sk)
    lines = [Line(1, "๓. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"),
             Line(2, "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (%เ๐ยจ๐ Learning) ในโรงเรียนสังกัดสํานักงานเขตบางพลัด"),
             Line(3, "๔. โรงเรียนดำเนินการจัดกิจกรรม")]
    assert _title_lines(lines, titles) == {1}
    # wrapped over two lines, damaged
    wrapped = [Line(1, "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (%เ๐ยจ๐"),
               Line(2, "Learning) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด"), Line(3, "๔. โรงเรียนดำเนินการ")]
    assert _title_lines(wrapped, titles) == {0, 1}
    # a step that names another project, or opens with other words, stays
    other = [Line(1, "โครงการส่งเสริมการอ่านในโรงเรียนสังกัดสำนักงานเขตบางพลัด"),
             Line(2, "จัดทำโครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด")]
    assert _title_lines(other, titles) == set()
    # a short title: no near printing is taken
    short = skeleton("อบรมครูเขตบางพลัด")
    assert _title_lines([Line(1, "โครงการอบรมครูเขตบางพลัก")], (skeleton("โครงการ") + short, short)) == set()


def test_a_round_bullet_read_as_six_after_a_one_is_a_bullet():
    lines = [Line(1, "๑ โรงเรียนมีกิจกรรมที่ส่งเสริมทักษะภาษาอังกฤษ"), Line(2, "การสื่อสารอย่างต่อเนื่อง"),
             Line(3, "6 ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ"), Line(4, "การศึกษา")]
    got = ones_inside(lines, opens_beneficiary)
    assert [ln.text[:2] for ln in got] == ["· ", "กา", "· ", "กา"]
    texts = ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้",
             "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา"]
    assert benefits(run(with_benefits(f"๑ {texts[0]}\n6 {texts[1]}"))) == texts
    # a list numbered 1, 2 keeps its numbers; a six with a closing mark is a number
    for second in ("๒ ผู้ปกครองและชุมชนมีส่วนร่วม", "6. ผู้ปกครองและชุมชนมีส่วนร่วม"):
        numbered = [Line(1, "๑ โรงเรียนมีกิจกรรม"), Line(2, second)]
        assert ones_inside(numbered, opens_beneficiary) == numbered


def test_a_place_that_is_a_district_alone_is_said():
    from tests.test_prop_benefit_bullet_one import sample_text
    from tests.test_bma_proposal import PROPOSAL

    text = sample_text(PROPOSAL)
    line = "สถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขตบางเขน จำนวน 5 โรงเรียน"
    assert line in text
    rows = run(text.replace(line, "สถานที่ดำเนินการ\nบางเขน"))
    assert rows["projects"][0]["place"] == "บางเขน"
    assert any(i["code"] == "missing_value" and i["field"] == "projects.place" for i in rows["issues"])
    rows = run(text)
    assert not any(i["field"] == "projects.place" for i in rows["issues"])


def test_a_kpi_indicator_with_the_value_cell_beside_it_is_mixed():
    assert _percent_cell_beside("ผู้เข้ารับการอบร ร้อยละ") and _percent_cell_beside("โรงเรียนมีการ ร้อยละ ๘๐")
    assert not _percent_cell_beside("ร้อยละ 80") and not _percent_cell_beside("ร้อยละของนักเรียนที่ผ่าน")
    assert not _percent_cell_beside("นักเรียนร้อยละ")
    cells = [Line(k, t) for k, t in enumerate(["ผู้เข้ารับการอบร ร้อยละ", "มมีความรู้", "โรงเรียนมีการ ร้อยละ",
                                               "รายงานผล", "ผลผลิต", "วิธีการคำนวณ จำนวน", "ไตรมาสที่ ๔"], start=1)]
    rows, _ = read_cells(cells)
    assert len(rows) == 1 and rows[0].mixed
    clean = [Line(k, t) for k, t in enumerate(["ผู้เข้ารับการอบรมมีความรู้", "ร้อยละ 80", "ผลลัพธ์",
                                               "วิธีการคำนวณ จำนวน", "ไตรมาสที่ ๔"], start=1)]
    rows, _ = read_cells(clean)
    assert len(rows) == 1 and not rows[0].mixed


def test_a_given_name_of_dictionary_pieces_a_letter_from_a_listed_name_is_in_doubt():
    assert "ปรีชา" in dict(misread_name_words("นายปริชา คงชนะมงคล"))["ปริชา"]
    assert "ปรีชา" in dict(misread_name_words("นาย ปริชา คงชนะมงคล"))["ปริชา"]
    assert misread_name_words("นายปรีชา คงชนะมงคล") == []
    # a family name made of words is left (นาคสวัสดิ์)
    assert misread_name_words("นางสาวบุษราคม นาคสวัสดิ์") == []


def test_a_score_cell_after_a_speck_letter_is_the_row_s_score():
    # a table read cell by cell, one cell a line: the impact's cell "e ©" (a speck read as a Latin letter before
    # the digit's look-alike) is the row's second score, which the risk matrix reads (น้อยมาก with 2: 1)
    rows = run(_with_risks(_HEAD + "สภาพอากาศหรือสถานการณ์โรคระบาด\n\n๒\n\ne ©\n\nน้อยมาก\n"
                           "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์\n"))
    assert [r[1:4] for r in _risks(rows)] == [("2", "1", "น้อยมาก")]
    assert any(i["code"] == "value_repaired" and i["field"] == "findings.impact" for i in rows["issues"])
    # a Latin word is no speck before a score
    assert _SPECKED_SCORE_RE.match("e ©") and not _SPECKED_SCORE_RE.match("Active ๒") \
        and not _SPECKED_SCORE_RE.match("e ผล")


def test_a_row_of_risk_and_scores_whose_level_wrapped_below_is_read_whole():
    # the row's line prints its risk and scores in cells apart (the risk holding "สูง" of สูงกว่า), the level
    # opening the next line before the mitigation's words: its own row, the level and mitigation read there
    rows = run(_with_risks(_HEAD + "ผู้เข้ารับการอบรมไม่ครบ\t๒\t๓ ปานกลาง\tประสานโรงเรียน\n"
                           "ตามจำนวน\tล่วงหน้า\n\n"
                           "ค่าใช้จ่ายสูงกว่าที่ประมาณการไว้      ๒      ๒\n"
                           "น้อย สำรวจราคาวัสดุก่อนจัดทำแผน\n"))
    assert _risks(rows)[1] == ("ค่าใช้จ่ายสูงกว่าที่ประมาณการไว้", "2", "2", "น้อย", "สำรวจราคาวัสดุก่อนจัดทำแผน")


def test_mend_districts_says_a_place_of_a_district_alone():
    from pipeline.districts import mend_districts

    row = {"project_key": "p", "place": "บางพลัด", "agency": "สำนักงานเขตบางพลัด", "name": "x", "line_start": 1,
           "line_end": 9}
    (issue,) = mend_districts({"projects": [row]}, [])
    assert issue.code == "missing_value" and issue.field == "projects.place" and row["place"] == "บางพลัด"
    for place in ("โรงเรียนในสังกัดสำนักงานเขตบางพลัด", "เขตบางพลัด"):
        assert mend_districts({"projects": [dict(row, place=place)]}, []) == []
