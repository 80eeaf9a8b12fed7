"""BMA progress form, a report table a column read ran together: the description ends in the pieces the
read cut the entry's other cells into (their labels' and flags' words, "งบประมาณที่", "กับเป้าหมาย", a figure
cell, a speck); they are cut off, and said of the description (unplaced_text), and prose is kept whole."""

from parsers.bma_progress.rows import _furniture_cut, furniture_tail
from schemas.document import Reading

OWN = "ประชุมผู้บริหาร สถานศึกษาเพื่อ กำหนดหัวข้อดำเนินงาน"


def _cut(read: str):
    rec = {"description": Reading(read, read, 120, 131)}
    out = {"description": read}
    return out, _furniture_cut(3, rec, out)


def test_label_pieces_a_figure_or_a_speck_at_the_end_are_cut_and_said():
    for tail in ("งบประมาณที่", "กับเป้าหมาย รายการ", "งบประมาณ เป็นไปตาม ที่เบิกใช้ แผน", "0.00 เป็นไปตา ม",
                 "๒6.0%", "!", "งบประมาณทที่ เบิกใช้"):
        out, said = _cut(f"{OWN} {tail}")
        assert out["description"] == OWN, tail
        assert (said.code, said.field, said.line_start, said.line_end) == (
            "unplaced_text", "progress_reports.description", 120, 131), tail
        assert tail in said.evidence, tail


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
