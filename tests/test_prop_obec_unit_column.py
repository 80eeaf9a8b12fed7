"""The responsible unit's column of an OBEC list of projects printed as a
table ("ที่ | ชื่อโครงการ | กลุ่มที่รับผิดชอบ"), where OCR or running text
moved its head: the units are no words of the titles."""

from __future__ import annotations

from tests.test_obec_ocr import report, run


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_list_head_run_onto_the_group_header_still_parts_each_row_s_unit_from_its_title():
    # running text: "... (๒ โครงการ) ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ" on the header's line; the first
    # row's name took the unit's words, silently (the clean text of a generated report)
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ) ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n"
                       "๑ โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา\n"
                       "๒ โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน หน่วยตรวจสอบภายใน\n")
    assert _not_started(run(text)) == [(1, "โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา"),
                                       (2, "โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน")]
    # a header without the list's head: a unit's name after a title's words, one space before it, still tells
    # the column (fresh set s143o: before, the titles were read whole, the units' words and all, silently); the
    # cut is said unsure
    plain = text.replace(" ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n", "\n")
    rows = run(plain)
    assert _not_started(rows)[1] == (2, "โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน")
    keys = {p["project_key"] for p in rows["projects"] if p["plan_status"] == "not_started"}
    assert len({i["project_key"] for i in rows["issues"] if i["code"] == "unread_cells"
                and i["field"] == "projects.name" and i["project_key"] in keys}) == 2


def test_the_unit_column_ocr_read_after_the_titles_is_no_part_of_the_last_title():
    # the table read column by column: the titles, then the unit column's head alone and its cells
    # (one wrapped over two lines); the last title ran on through them all, silently
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\nชื่อโครงการ\n"
                       "๑ โครงการพัฒนาครูในสังกัด\n๒ โครงการการคัดเลือกบุคคลเพื่อบรรจุและ\nแต่งตั้งให้ดำรงตำแหน่ง\n"
                       "กลุ่มที่รับผิดชอบ\nกลุ่มส่งเสริมการศึกษาทางไกล\nเทคโนโลยีสารสนเทศและ\nการสือสาร\n"
                       "หน่วยตรวจสอบภายใน\n")
    rows = run(text)
    assert _not_started(rows) == [(1, "โครงการพัฒนาครูในสังกัด"),
                                  (2, "โครงการการคัดเลือกบุคคลเพื่อบรรจุและ แต่งตั้งให้ดำรงตำแหน่ง")]
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text"]
    # what follows the unit cells and reads as none is no title's either: left unplaced, and said
    rows = run(text + "ขอให้ทุกหน่วยงานดำเนินการตามแผนที่กำหนดไว้\n")
    assert _not_started(rows)[1][1] == "โครงการการคัดเลือกบุคคลเพื่อบรรจุและ แต่งตั้งให้ดำรงตำแหน่ง"
    assert [i for i in rows["issues"] if i["code"] == "unplaced_text"]


def test_a_unit_cell_that_kept_its_name_s_start_and_end_has_the_middle_cut_from_the_title():
    # a table OCR read side by side: the unit's wrapped lines between its first and its last stood at
    # the ends of the title's lines with one space before them, not a column's gap, and were read into
    # the title's column ("... เชิดชู ทางไกล" / "... และบุคลากร เทคโนโลยีสารสนเทศและ"), silently
    from parsers.obec_progress.read import _unit_missing, _without_words

    assert _unit_missing("กลุ่มส่งเสริมการศึกษา การสือสาร") == ("ทางไกลเทคโนโลยสารสนเทศและ",)
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ ดังนี้\n"
                       "ที ชือโครงการ                    กลุ่มทีรับผิดชอบ\n"
                       "1 โครงการพัฒนาสมรรถนะตาม      กลุ่มส่งเสริมการศึกษา\n"
                       "มาตรฐานวิชาชีพและยกย่องเชิดชู ทางไกล\n"
                       "เกียรติข้าราชการครู และบุคลากร เทคโนโลยีสารสนเทศและ\n"
                       "ทางการศึกษา                  การสือสาร\n")
    rows = run(text)
    (listed,) = [p for p in rows["projects"] if p["plan_status"] == "not_started"]
    assert listed["name"] == ("โครงการพัฒนาสมรรถนะตาม มาตรฐานวิชาชีพและยกย่องเชิดชู เกียรติข้าราชการครู "
                              "และบุคลากร ทางการศึกษา")
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["project_key"] == listed["project_key"]]
    # runs of words that spell the letters two ways: nothing is cut
    assert _without_words("ก ข ง ค ข จ ค", "ขค") == "ก ข ง ค ข จ ค"
    assert _without_words("ก ข ง ค จ", "ขค") == "ก ง จ"
    # a cell that reads as no unit's name, nothing of one missing: the name is as read, and said unsure
    rows = run(text.replace("กลุ่มส่งเสริมการศึกษา\n", "หนังสือราชการ\n"))
    (listed,) = [p for p in rows["projects"] if p["plan_status"] == "not_started"]
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["project_key"] == listed["project_key"]]


def test_a_row_whose_number_ocr_lost_is_a_title_when_the_next_row_is_numbered_past_it():
    # a table read side by side (set s29z obec_progress_s29z001): the second row's number lost, its title and
    # unit at the line's start; before, the line was a wrapped line of the first row, and the third ("๓",
    # not the ๒ expected) no title either: both projects lost, run into the first's name
    rows_text = ("๑      โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน       กลุ่มส่งเสริมการศึกษาทางไกล\n"
                 "ด้วยกิจกรรมกีฬาและนันทนาการ                 เทคโนโลยีสารสนเทศและการสื่อสาร\n"
                 "{second}โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน         กลุ่มพัฒนาครูและบุคลากรทางการศึกษา\n"
                 "๓      โครงการส่งเสริมการจัดการเรียนรู้ตาม          กลุ่มส่งเสริมการจัดการศึกษา\n"
                 "หลักปรัชญาของเศรษฐกิจพอเพียง\n")
    head = "๓. โครงการที่ยังไม่ได้ดำเนินการ (3 โครงการ)\nที่ ชื่อโครงการ                                กลุ่มที่รับผิดชอบ\n"
    truth = _not_started(run(report() + head + rows_text.format(second="๒      ")))
    assert [seq for seq, _ in truth] == [1, 2, 3]
    rows = run(report() + head + rows_text.format(second=""))
    assert _not_started(rows) == truth
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and i["code"] == "repair_ambiguous"]
    # a line opening with the title's word whose next row bears the number expected is the row before's
    # wrapped line, no title
    wrapped = rows_text.format(second="").replace("๓      โครงการ", "๒      โครงการ")
    assert [seq for seq, _ in _not_started(run(report() + head.replace("(3", "(2") + wrapped))] == [1, 2]


def test_a_numberless_row_opens_a_table_row_only_where_both_its_cells_open_anew():
    from parsers.obec_progress.read import _unnumbered_row

    assert _unnumbered_row([None, "โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา"])
    assert _unnumbered_row(["เโครงการรับนักเรียน", "หน่วยตรวจสอบภายใน"])
    assert not _unnumbered_row(["ด้วยกิจกรรมกีฬาและนันทนาการ", "เทคโนโลยีสารสนเทศและการสื่อสาร"])
    assert not _unnumbered_row(["โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน", "เทคโนโลยีสารสนเทศและการสื่อสาร"])
    assert not _unnumbered_row(["โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน"])


def test_a_unit_cell_run_onto_the_title_with_a_space_has_its_wrapped_rest_cut_from_the_title():
    # a row OCR ran together with one space, its unit's cell holding only its name's start ("... ภาษาไทย
    # กลุ่มนิเทศ ติดตามและประเมินผล"), the rest on the row's next line after the title's words ("... เขียนได้
    # การจัดการศึกษา"): the cell is cut off the title from the unit's start, the rest where it stands whole; the
    # name stays unsure (said).  Before, the cell's words after its first and the wrapped rest stood in the name.
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ ดังนี้\n"
                       "ที ชือโครงการ                    กลุ่มทีรับผิดชอบ\n"
                       "1 โครงการพัฒนาศักยภาพครูผู้สอนภาษาไทย กลุ่มนิเทศ ติดตามและประเมินผล\n"
                       "เพื่อแก้ปัญหาการอ่านออกเขียนได้ การจัดการศึกษา\n"
                       "ประจำปีงบประมาณ ๒๕๖๘\n")
    rows = run(text)
    (listed,) = [p for p in rows["projects"] if p["plan_status"] == "not_started"]
    assert listed["name"] == "โครงการพัฒนาศักยภาพครูผู้สอนภาษาไทย เพื่อแก้ปัญหาการอ่านออกเขียนได้ ประจำปีงบประมาณ ๒๕๖๘"
    said = {i["project_key"] for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"}
    assert listed["project_key"] in said
    # a cell holding no unit name's part after the unit's start: the unit's words alone are cut, as before
    plain = text.replace(" กลุ่มนิเทศ ติดตามและประเมินผล\n", " กลุ่มนิเทศ โดยเร่งด่วน\n").replace(" การจัดการศึกษา\n", "\n")
    (listed,) = [p for p in run(plain)["projects"] if p["plan_status"] == "not_started"]
    assert listed["name"].startswith("โครงการพัฒนาศักยภาพครูผู้สอนภาษาไทย โดยเร่งด่วน")


def test_a_unit_name_s_start_ocr_damaged_run_into_the_title_is_cut_out():
    # the unit's first line run into the title's with one space, its first letter doubled ("กกลุ่ม...") or its
    # last word cut where the cell wrapped ("กลุ่มส่งเสริมการจัด"): the unit's words stood in the title, flagged
    # only as a whole (the name may hold the unit's words)
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n"
                       "ที่ ชื่อโครงการ                   กลุ่มที่รับผิดชอบ\n"
                       "๑ โครงการการคัดเลือกบุคคลเพื่อ กลุ่มส่งเสริมการจัด\n"
                       "บรรจุและแต่งตั้งให้ดำรงตำแหน่ง การศึกษา\n"
                       "๒ โครงการสถานศึกษาปลอดภัย ประจำปีงบประมาณ กกลุ่มส่งเสริมการศึกษา 2567\n"
                       "ทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร\n")
    rows = run(text)
    assert _not_started(rows) == [(1, "โครงการการคัดเลือกบุคคลเพื่อ บรรจุและแต่งตั้งให้ดำรงตำแหน่ง"),
                                  (2, "โครงการสถานศึกษาปลอดภัย ประจำปีงบประมาณ 2567")]
    # still said: the name may hold more of the unit's words
    assert len([i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"]) >= 2
    # a title's own word opening with the unit's ("กลุ่มเป้าหมาย") is no unit's start
    from parsers.obec_progress.read import _unit_start_inside
    assert _unit_start_inside("โครงการพัฒนา กลุ่มเป้าหมายในสังกัด") is None


def test_a_list_whose_head_ocr_lost_takes_the_unit_column_from_its_first_row():
    # the head "ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ" lost (a page header in its place: fresh set s96q), the first row's
    # unit after a column's gap, the second row's unit run into its title with one space, its lines wrapped
    # beside the title's: the second name took the unit's words, silently
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n"
                       "๑ โครงการส่งเสริม สนับสนุน                กลุ่มนโยบายและแผน\n"
                       "การพัฒนากระบวนการจัดการเรียนรู้\n"
                       "บูรณาการ STEM Education (Active\n\nLearning)\n"
                       "๒ โครงการพัฒนาคุณภาพการจัดการศึกษา กลุ่มนิเทศ ติดตาม\n"
                       "เรียนรวม          และประเมินผลการ\n"
                       "จัดการศึกษา\n")
    names = [name for _, name in _not_started(run(text))]
    assert names[0] == ("โครงการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้ บูรณาการ STEM Education "
                        "(Active Learning)")
    assert names[1].replace(" ", "") == "โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม"
    # a first row with no unit after a gap: the second row's unit run into its title tells the column too
    # (fresh set s143o), the cut said unsure
    plain = text.replace("                กลุ่มนโยบายและแผน\n", "\n")
    assert "กลุ่มนิเทศ" not in _not_started(run(plain))[1][1]
