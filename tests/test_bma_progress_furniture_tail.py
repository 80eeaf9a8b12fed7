"""BMA progress form, a report table a column read ran together: the description ends in the pieces the
read cut the entry's other cells into (their labels' and flags' words, "งบประมาณที่", "กับเป้าหมาย", a figure
cell, a speck); they are cut off, and said of the description (unplaced_text), and prose is kept whole."""

from parsers.bma_progress.rows import _date_cell_cut, _furniture_cut, furniture_tail
from schemas.document import Reading

OWN = "ประชุมผู้บริหาร สถานศึกษาเพื่อ กำหนดหัวข้อดำเนินงาน"


FURNITURE_SPAN = (120, 131)  # the lines of report 3's description, for _furniture_cut
CELL_SPAN = (71, 137)  # ... and of report 1's, for _date_cell_cut


def _run(rule, seq: int, read: str, span: tuple[int, int]):
    """A description cut `rule` applied to report `seq`'s description `read` at `span`: the row and the issue."""
    rec = {"description": Reading(read, read, *span)}
    out = {"description": read}
    return out, rule(seq, rec, out)


def _cut(read: str):
    return _run(_furniture_cut, 3, read, FURNITURE_SPAN)


def _cell_cut(read: str):
    return _run(_date_cell_cut, 1, read, CELL_SPAN)


def _assert_cut_and_said(tail: str, own: str = OWN, cut=_cut, span: tuple[int, int] = FURNITURE_SPAN) -> None:
    """The description `own` with `tail` after it is cut back to `own` by `cut`, and the cut said with `tail` as
    its evidence, at `span`."""
    out, said = cut(f"{own} {tail}")
    assert out["description"] == own, tail
    assert (said.code, said.field, said.line_start, said.line_end) == (
        "unplaced_text", "progress_reports.description", *span), tail
    assert tail in said.evidence, tail


def test_label_pieces_a_figure_or_a_speck_at_the_end_are_cut_and_said():
    for tail in ("งบประมาณที่", "กับเป้าหมาย รายการ", "งบประมาณ เป็นไปตาม ที่เบิกใช้ แผน", "0.00 เป็นไปตา ม",
                 "๒6.0%", "!", "งบประมาณทที่ เบิกใช้"):
        _assert_cut_and_said(tail)


def test_prose_and_its_own_form_words_are_kept():
    for text in (OWN, "ยังไม่ได้ดำเนินกิจกรรม ตาม แผน", "ดำเนินการจัดสัมมนา และเบิกจ่ายตาม งบประมาณ",
                 "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน (กิจกรรมที่ 3)", "เวียนแจ้ง 2 ฉบับ",
                 "แผน กับแผน"):  # too little of its own before the piece: not told apart
        out, said = _cut(text)
        assert said is None and out["description"] == text, text
    # the form words before one piece are the description's, maybe: the cut starts at the piece
    assert furniture_tail("ยังไม่ได้ดำเนินกิจกรรมตาม แผน กับเป้าหมาย") == len("ยังไม่ได้ดำเนินกิจกรรมตาม แผน ")


def test_two_bare_numbers_ending_a_description_are_figure_cells():
    out, said = _cut(f"{OWN} 15 28")
    assert out["description"] == OWN and said.field == "progress_reports.description"
    for text in ("จัดกิจกรรมที่ 2 และ 5", f"{OWN} 2"):  # a count of its own after a word
        out, said = _cut(text)
        assert said is None and out["description"] == text, text


def _date_cut(read: str, date=None):
    from parsers.bma_progress.rows import _date_cut as cut
    rec = {"description": Reading(read, read, 200, 224)}
    out = {"description": read, "report_date": date}
    return out, cut(4, rec, out)


def test_a_date_opening_the_description_of_an_undated_entry_is_cut_and_said():
    for head in ("๑๕ กันยายน ๒๕๒๕", "acl พฤษภาคม ๒๕๒๕", "๑๒/๐๓/๒๕๒๕", "ฆ ก.พ. ๒๕๖๘"):
        out, said = _date_cut(f"{head} {OWN}")
        assert out["description"] == OWN, head
        assert (said.code, said.field, said.line_start) == ("unplaced_text", "progress_reports.description", 200)
        assert head in said.evidence, head


def test_a_dated_entry_prose_opening_with_a_month_or_a_date_alone_is_kept():
    from datetime import date
    for text, when in ((f"๑๕ กันยายน ๒๕๒๕ {OWN}", date(2025, 9, 14)),  # the entry's date read: not its cell
                       ("ใน กันยายน 2568 จะดำเนินการจัดสัมมนา", None),  # a word of prose before the month
                       ("เดือนกันยายน 2568 ดำเนินการจัดสัมมนา", None),
                       ("๑๒/๐๓/๒๕๒๕ ประชุม", None)):  # too little after it to tell
        out, said = _date_cut(text, when)
        assert said is None and out["description"] == text, text


def test_an_expense_line_before_the_form_words_is_cut_the_form_words_not_counted_as_prose():
    from parsers.bma_progress.rows import _expense_cut
    own = "ดำเนินการ เบิกจ่ายงบประมาณ เสร็จสิ้น และสรุปรายงาน ผลการดำเนินโครงการ"
    read = f"{own} ค่าเกียรติบัตร ๑๕๑ ใบ x B50 = Bol,ogo ความก้าวหน้าของงานฯ เป็นไปตาม งบประมาณ เป็นไปตาม"
    rec = {"description": Reading(read, read, 149, 164)}
    out = {"description": read}
    said = _expense_cut(4, rec, out)
    assert out["description"] == own
    assert [i.field for i in said] == ["expenses", "progress_reports.description"]
    # prose after the figures is still the description's: kept whole, and said
    read = f"{own} ค่าเกียรติบัตร ๑๕๑ ใบ ขณะนี้อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิกจ่าย"
    out = {"description": read}
    said = _expense_cut(4, {"description": Reading(read, read, 149, 164)}, out)
    assert out["description"] == read and [i.field for i in said] == ["expenses", "progress_reports.description"]


def test_a_label_a_wrap_cut_latin_specks_and_the_closing_lines_at_the_end_are_cut_and_said():
    # a label the cell's width wrapped inside ("รายละเอียดการ" / "ดำเนินงาน"), its halves words of their own;
    # words the English model made of specks, with a number and a letter between them; OCR's Thai specks before
    # the certification's end; the signature's role; a lone dot
    for tail in ("ความสอดคล้องกับ เป้าหมาย รายการ รายละเอียดการ ดำเนินงาน", "Bow, ๑๐๐ ร owt,", "ANNU",
                 "peared) a บ วดก มญู งานจริง", "ผู้รับผิดชอบโครงการ", "."):
        _assert_cut_and_said(tail)


def test_own_words_a_wrap_split_a_bracketed_latin_word_and_a_count_are_kept():
    for text in ("ดำเนินกิจกรรมสัปดาห์ห้องสมุด ตามแผนการ ดำเนินงาน",  # "แผนการดำเนินงาน" is no label
                 "ยังไม่ได้ดำเนินกิจกรรมตามแผน เนื่องจากการทดสอบระดับชาติ (O-NET)",
                 "โอนเงินกิจกรรมที่ 1 ให้ 120 เครือข่ายโรงเรียน โดยผ่านเขต",
                 "จัดทำคำสั่งคณะกรรมการ และเจ้าหน้าที่ดำเนินโครงการ 150"):  # a number alone: a form word's kind
        out, said = _cut(text)
        assert said is None and out["description"] == text, text


def test_another_entrys_date_cell_inside_a_description_is_cut_and_said():
    own = "อยู่ระหว่างการเตรียมจัดทำคำสังเจ้าหน้าที่ และผู้ร่วมโครงการ"
    # the next cell's date read, or damaged past reading, then its one colon and its text
    for cell in ("๕ พฤศจิกายน ๒๕๖๑ : จัดทำคำสั่ง คณะกรรมการ", "๒7|๑1/»7 : จัดเตรียมข้อมูล/จัดทำโครงการ",
                 "4 nu. ๒๕ : ยกเลิกโครงการ", "๑๒/๐๓/๒๕๖๘ : ดำเนินการจัดสัมมนา"):
        _assert_cut_and_said(cell, own, _cell_cut, CELL_SPAN)


def test_a_date_of_the_descriptions_own_prose_is_kept():
    for text in ("ได้ดำเนินการประชุมสัมมนา ไปแล้วเมื่อวันที่ 31 พฤษภาคม 2561 ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร",
                 "ได้ดำเนินการประชุมสัมมนา ไปแล้วเมื่อวันที่ 31 พฤษภาคม 2561",  # a date ending it: no colon
                 "อยู่ระหว่างการดำเนินการ ดังนี้ : ๑) ขอรายชื่อผู้ร่วมกิจกรรมที่ ๒",
                 "ประชุม 12/03/2568 : ดำเนินการ"):  # too few letters of its own before the cell
        out, said = _cell_cut(text)
        assert said is None and out["description"] == text, text
