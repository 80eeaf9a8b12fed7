"""BMA progress form, a description holding the form's own words where a read of the entries table ran other
cells into it: an entry label that opens the form's furniture running on to the description's end, however
early it stands (the entry rows' pieces, figures and OCR's specks of Latin letters after it); the table's
header row opening it (headers' words, the row titles' pieces, a date); the certification's last word alone
ending it; another entry's date in figures inside it.  Each is cut off and said (unplaced_text); the
description's own words are kept, prose's form words ("งบประมาณ") among them."""

from datetime import date

from parsers.bma_progress.rows import (_figure_date_cut, _furniture_cut, _furniture_head_cut, _label_cut,
                                      _title_beside_cut)
from schemas.document import Reading

OWN = "ดำเนินการ เบิกจ่ายงบประมาณ เสร็จสิ้น และสรุปรายงาน ผลการดำเนินโครงการ"
SPAN = (149, 164)


def _run(rule, read: str, report_date=None):
    """`rule` applied to report 4's description `read`: the row and the issue."""
    out = {"description": read, "report_date": report_date}
    return out, rule(4, {"description": Reading(read, read, *SPAN)}, out)


def _assert_said(said, evidence: str) -> None:
    assert (said.code, said.field, said.line_start, said.line_end) == (
        "unplaced_text", "progress_reports.description", *SPAN)
    assert evidence in said.evidence


def test_a_label_in_the_first_half_opening_only_furniture_and_specks_is_cut_off():
    for tail in ("ความก้าวหน้าของงานฯ เป็นไปตาม งบประมาณ เป็นไปตาม เป้าหมาย ที่เบิกใช้ แผน Blo4,lalo PUM "
                 "ccecscssesssscsessssessssssees ccecscssesssscsessssessssssees",
                 # the row titles' column, a piece a wrap cut in two among them, the table's "รายการ" header
                 "ความสอดคล้องกับแผน ความสอดคล้องกับเป้าหมาย รายการ รายละเอียดการ ดำเนินงาน ความก้าวหน้าของ "
                 "งานฯ กับแผน กับเป้าหมาย ๐ บาท.- ๐ บาท.- ๐ บาท.- ๐ บาท.- ๐ บาท.- ๐ บาท.- ๐ บาท.-"):
        read = f"{OWN} {tail}"
        assert read.index(tail) < len(read) / 2
        out, said = _run(_label_cut, read)
        assert out["description"] == OWN, tail
        _assert_said(said, tail.split()[0])


def test_a_label_in_the_first_half_before_words_of_another_cell_keeps_the_description_whole():
    for tail in ("ความก้าวหน้าของงานฯ = ๒๓.๐๐ % อยู่ระหว่างการเตรียมการอบรม เชิงปฏิบัติการการผลิตสื่อ "
                 "การเรียนรู้ดิจิทัล ซึ่งล่าช้ากว่าแผน เนื่องจากสถานการณ์การแพร่ระบาด",
                 # the label's fuzzy match opening on the prose's own last word: not cut there
                 "งบประมาณ เบิกใช้ PUM ccecscssesssscsessssessssssees ccecscssesssscsessssessssssees ๐ บาท"):
        read = f"ดำเนินการจัดสัมมนา และเบิกจ่ายตาม {tail}"
        out, said = _run(_label_cut, read)
        assert out["description"] == read, tail
        assert "kept whole" in said.message


def test_a_block_of_the_row_titles_pieces_in_the_first_half_is_cut_before_with_the_next_cells_words():
    # the row titles' column a read ran in whole (two pieces or more in a row, a figure or a speck among them),
    # then the next cell's text (another entry's): the description is the words before the block
    own = "อยู่ระหว่าง ขั้นตอน... แต่งตั้ง คณะกรรมการฯ"
    for block, after in (("ของงานฯ งบประมาณที่ เบิกใช้ กับแผน กับเป้าหมาย",
                          "เครือข่ายโรงเรียน และรอการอนุมัติคำสัง 2 ฉบับ ดังนี้ ๑. คำสัง เจ้าหน้าที่คณะกรรมการ "
                          "ดำเนินโครงการ 2. คำสังผู้เข้าร่วมกิจกรรม (กลุ่มเป้าหมายเดียวกัน)"),
                         ("ความก้าวหน้าของ งานฯ ความสอดคล้องกับ แผน ความสอดคล้องกับ เป้าหมาย",
                          "อยู่ระหว่างการดำเนินการ ดังนี้ ๑) ขอรายชื่อผู้ร่วมกิจกรรม ที่ ๒ และกิจกรรมที่ ๕ "
                          "๒) เตรียมจัดทำคำสั่งผู้ร่วมกิจกรรมที่ 2 และกิจกรรมที่ ๕ 3) จัดทำคำสั่งคณะกรรมการ"),
                         ("ของงานฯ งบประมาณที a ๑7 เบิกใช้ กับแผน กับเป้าหมาย",
                          "เชิงปฏิบัติการ เรื่อง แนวทางใน การพัฒนาคุณภาพเครือข่ายโรงเรียน ไปแล้ว 2. อยู่ระหว่างการ "
                          "รวบรวมเอกสารประกอบการ เบิกจ่าย")):
        read = f"{own} {block} {after}"
        assert read.index(block) < len(read) / 2
        out, said = _run(_label_cut, read)
        assert out["description"] == own, block
        _assert_said(said, f"{block} {after}"[:40])
        assert "cut before them" in said.message


def test_the_tables_header_row_opening_a_description_is_cut_off():
    own = "อยู่ระหว่างการ เตรียมจัดทำ คำสังเจ้าหน้าที่ และผู้ร่วม โครงการ"
    for head in ("รายงานครั้งที่ ๒ ๑7 นทีรายงาน รายละเอียดการ ดำเนินงาน ของงานฯ งบประมาณที่ เบิกใช้ กับแผน "
                 "กับเป้าหมาย ธันวาคม 2๕66",
                 "รายงานครังที ๕ รายละเอียดการ ดำเนินงาน ความก้าวหน้าของ งานฯ กับแผน กับเป้าหมาย รายการ ของงานฯ "
                 "๑๒/๒/๒๑"):
        out, said = _run(_furniture_head_cut, f"{head} {own}")
        assert out["description"] == own, head
        _assert_said(said, head)


def test_a_description_opening_with_its_own_words_or_one_piece_is_kept():
    for text in (OWN, "รายงานผลการดำเนินงาน ต่อผู้บริหาร และเบิกจ่ายตามงบประมาณ",
                 "รายละเอียดการ จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียน ในสังกัด",
                 "ความก้าวหน้าของงานฯ เป็นไปตาม"):
        out, said = _run(_furniture_head_cut, text)
        assert out["description"] == text and said is None, text


def test_the_row_title_read_beside_the_cells_lines_is_taken_out():
    # the title column wrapped beside the cell's lines ("31/1/2561" / "รายละเอียดการ ประชุม" / "ดำเนินงาน
    # ผู้บริหาร" / ...): the date cell and the title's first piece open the text, its rest after the first line
    own = ["ประชุม", "ผู้บริหาร สถานศึกษา เพื่อกำหนดวัน จัดสัมมนา"]
    for head, rest in (("31/1/2561 รายละเอียดการ", "ดำเนินงาน"), ("รายละเอียดการ", "ดำเนินงาน"),
                       ("๑๒/๓/๒๕๒๕ รายละเอียดการ", "ดําเนินงาน")):
        out, said = _run(_title_beside_cut, f"{head} {own[0]} {rest} {own[1]}")
        assert out["description"] == " ".join(own), head
        _assert_said(said, rest)
    # (no date or header's word alone before the piece, the title's rest not its own word, or no title piece
    # at all: the words are the description's own)
    for text in ("รายละเอียดการ จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียน ในสังกัด",
                 "ประชุม การดำเนินงาน ผู้บริหาร สถานศึกษา เพื่อกำหนด",
                 "จัดกิจกรรมนิเทศ ติดตาม การ ดำเนินงาน ของโรงเรียน ในสังกัด",
                 "สรุปผลการ ประชุม รายละเอียดการ ดำเนินงาน ต่อผู้บริหาร สถานศึกษา"):
        out, said = _run(_title_beside_cut, text)
        assert out["description"] == text and said is None, text


def test_the_certifications_last_word_alone_ending_a_description_is_cut_off():
    own = "สรุปผลการดำเนินงานและรายงาน ผลโครงการต่อผู้บริหาร"
    for tail in ("จริง", "ของงานๆ 7 จริง"):
        out, said = _run(_furniture_cut, f"{own} {tail}")
        assert out["description"] == own, tail
        _assert_said(said, tail)
    for text in ("อยู่ระหว่างการ ตรวจสอบข้อมูล จริง ก่อนเบิกจ่าย", "จริง"):  # (inside prose, or alone: kept)
        out, said = _run(_furniture_cut, text)
        assert out["description"] == text and said is None, text


def test_another_entrys_date_in_figures_inside_a_description_ends_it():
    own = "ประชุมผู้บริหารสถานศึกษาเพื่อ กำหนดวันจัดสัมมนา"
    read_date = date(2020, 2, 12)  # (the entry's own date was read: the date inside is another entry's)
    for rest in ("๑๕/๓/๒๐ อยู่ระหว่างติดต่อ ประสานงานสถานที่ ศึกษาดูงาน", "23/9/2568 จัดกิจกรรมนิเทศ ติดตาม",
                 "1/12/2566"):
        out, said = _run(_figure_date_cut, f"{own} {rest}", read_date)
        assert out["description"] == own, rest
        _assert_said(said, rest)
    for text in (f"{own} ไปแล้วเมื่อวันที่ 10 กรกฎาคม 2564 ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร",  # prose's date
                 f"๑๕/๓/๒๐ {own}",  # opening it: the entry's own date cell, which other rules tell
                 f"{own} 1) ขอรายชื่อ 2/3 ของผู้ร่วมกิจกรรม"):
        out, said = _run(_figure_date_cut, text, read_date)
        assert out["description"] == text and said is None, text
    # the entry's date not read: the date inside may be its own, the text before it another entry's: kept, said
    text = f"ดำเนินการจัดสัมมนา และเบิกจ่ายตาม งบประมาณ 23/9/2568 {own}"
    out, said = _run(_figure_date_cut, text)
    assert out["description"] == text and "kept whole" in said.message
    _assert_said(said, "23/9/2568")


def test_a_label_cut_falls_between_words():
    # the label's fuzzy match took the last letter of the description's own word ("ตา|ม"), and the prose's
    # "งบประมาณ" before a piece that does not make the label with it stays the description's
    read = "ดำเนินการจัดสัมมนา และเบิกจ่ายตาม งบประมาณ เบิกใช้ 8) = ๐ บาท.- งบประมาณที่ (ครั้งที่"
    out, said = _run(_label_cut, read)
    assert out["description"] == "ดำเนินการจัดสัมมนา และเบิกจ่ายตาม งบประมาณ"
    _assert_said(said, "เบิกใช้ 8)")
    # ... the label's own first word goes with it
    own = "เวียนแจ้งประชาสัมพันธ์ เชิญชวนให้ข้าราชการครู และบุคลากรทางการศึกษา ส่งผลงานเข้าร่วมกิจกรรม"
    out, said = _run(_label_cut, f"{own} งบประมาณ ทีเบิกใช้")
    assert out["description"] == own
    # ... and a flag's "ไม่" glued to it; a speck glued to it stays (which word it ends is not told)
    own = "ดำเนินการจัดกิจกรรม ครบทุกกิจกรรมตาม แผน และเบิกจ่ายตาม งบประมาณ"
    out, said = _run(_label_cut, f"{own} ไม่เป็นไปตาม เป็นไปตามเป้าหมาย")
    assert out["description"] == own
    own = "อยู่ระหว่างการ เตรียมการติวเข้ม นักเรียนเพื่อ เตรียม ความพร้อมการ ทดสอบ ระดับชาติ"
    out, said = _run(_label_cut, f"{own} ไฝไม่เป็นไปตามแผน")
    assert out["description"] == f"{own} ไฝไม่"


def test_an_expense_lines_and_figure_clauses_cells_opening_a_description_are_cut_off():
    own = "เวียนแจ้งประชาสัมพันธ์ เชิญชวนให้ข้าราชการครู และบุคลากรทางการศึกษา ส่งผลงานเข้าร่วมกิจกรรม"
    head = "บาท เป็นเงิน 4,๕0๐ บาท งบประมาณที เป็นไปตาม = v ea เบิกใช้ แผน ๕๕๒๐๐ บาท"
    out, said = _run(_furniture_head_cut, f"{head} {own}")
    assert out["description"] == own
    _assert_said(said, head)
