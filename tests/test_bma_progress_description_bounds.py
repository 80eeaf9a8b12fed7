"""BMA progress form, where a description's text begins and ends when a read of the entries table ran other cells
into it: the date row's pieces before its words (a day and month whose year a wrap carried off, a year alone,
dates run together) are cut off; the next entry's number or header and date after its words end it.  Both are
said of the description (unplaced_text); prose, a whole date opening it, and a list item's number are kept."""

from parsers.bma_progress.rows import _date_pieces_cut, _next_entry_cut
from schemas.document import Reading

OWN = "จัดทำคำสัง คณะกรรมการ และเจ้าหน้าที่ ดำเนินโครงการ"
SPAN = (80, 127)


def _run(rule, read: str):
    """`rule` applied to report 2's description `read`: the row and the issue."""
    out = {"description": read, "report_date": None}
    return out, rule(2, {"description": Reading(read, read, *SPAN)}, out)


def _assert_said(said, evidence: str) -> None:
    assert (said.code, said.field, said.line_start, said.line_end) == (
        "unplaced_text", "progress_reports.description", *SPAN)
    assert evidence in said.evidence


def test_the_date_rows_pieces_opening_a_description_are_cut_and_said():
    for head in ("6 กรกฎาคม",  # the day and month, the year wrapped away
                 "2568",  # the year alone
                 "ไ๒๕๒๕",  # ... a speck before it
                 "16 มกราคม 87.W. 68",  # a damaged part
                 "27/11/2564 01/12/2564",  # two dates run together
                 "2018-11- 2018-12-30",  # a date a wrap cut, then the next
                 "๑5 ธ.ค. 2565 )ษ๒๓ ม.ค. ๒๕๒๐๒๐"):
        out, said = _run(_date_pieces_cut, f"{head} {OWN}")
        assert out["description"] == OWN, head
        _assert_said(said, head)


def test_prose_a_whole_date_and_a_list_number_opening_a_description_are_kept():
    for text in (OWN,
                 f"๑๕ กันยายน ๒๕๒๕ {OWN}",  # one whole date: the prose's own, or the entry's cell (_date_cut)
                 "26/2/2562 จัดทำคำสั่งคณะกรรมการ",
                 "๑) ขอรายชื่อผู้ร่วมกิจกรรมที่ ๒ และกิจกรรมที่ ๕",  # a list item's number
                 "1. ได้ดำเนินการประชุม 2567 ไปแล้ว",
                 "8 1 จัดทำคำสั่ง คณะกรรมการ",  # figures, no date among them
                 "ใน กันยายน 2568 จะดำเนินการจัดสัมมนา",  # a word of prose before the month
                 "2568 ประชุม"):  # too little after them to tell
        out, said = _run(_date_pieces_cut, text)
        assert said is None and out["description"] == text, text


def test_the_next_entrys_number_and_date_inside_a_description_end_it_and_are_said():
    for tail in ("11 15 กุย. 2561", "12 21 กุย. 2568 สรุปผลการดำเนินงานและรายงานผล",
                 "5 07/04/2562 ๑) ขอรายชื่อผู้ร่วม", "ครั้งที่ ๕ ๒๑ มิถุนายน ๒๕๒๒ ในเดือนนี้"):
        out, said = _run(_next_entry_cut, f"{OWN} {tail}")
        assert out["description"] == OWN, tail
        _assert_said(said, tail)


def test_a_date_of_the_descriptions_own_prose_does_not_end_it():
    for text in ("ได้ดำเนินการประชุมสัมมนา ไปแล้วเมื่อวันที่ 31 พฤษภาคม 2561 ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร",
                 "ดำเนินการ ครั้งที่ 2 แล้ว และรายงานผล",
                 "ประชุม 11 15 ก.ย. 2561"):  # too few letters of its own before it
        out, said = _run(_next_entry_cut, text)
        assert said is None and out["description"] == text, text


def test_a_header_cell_a_wrap_cut_in_two_read_into_a_description_is_left_out_and_said():
    from parsers.bma_progress.rows import _header_pieces_cut
    for read, kept, pieces in (
            ("รายงาน จัดทำโครงการ ครั้งที่7) เพื่อขออนุมัติ", "จัดทำโครงการ เพื่อขออนุมัติ", "รายงาน ครั้งที่7)"),
            ("รายงาน อยู่ระหว่าง ครั้งทีซ๕ การเตรียมการประชุม", "อยู่ระหว่าง การเตรียมการประชุม", "รายงาน ครั้งทีซ๕"),
            ("รายงานครั้ง ครั้ง อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ", "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
             "รายงานครั้ง ครั้ง")):
        out, said = _run(_header_pieces_cut, read)
        assert out["description"] == kept, read
        _assert_said(said, pieces)


def test_a_description_reporting_its_own_rounds_is_kept():
    from parsers.bma_progress.rows import _header_pieces_cut
    for text in ("รายงาน ผลการประชุม ครั้งที่ ๒ ต่อผู้บริหาร",  # a count of its own, its number after a space
                 "รายงานผลการดำเนินงาน ครั้งที่2 ต่อผู้บริหาร",  # no header's first word alone
                 "จัดทำโครงการ รายงาน ครั้งที่7) เพื่อขออนุมัติ",
                 "รายงาน ครั้งที่7) ประชุม"):  # too little left to tell
        out, said = _run(_header_pieces_cut, text)
        assert said is None and out["description"] == text, text


def test_a_figure_ocr_garbled_and_specks_ending_a_description_are_cut_and_said():
    from parsers.bma_progress.rows import _furniture_cut
    own = "จัดทำโครงการเพื่อขออนุมัติ ตามแผนการดำเนินงาน"
    for tail in ("@ิ๓,๒๐๐ ต ฆ ว", "แ@๐"):
        out, said = _run(_furniture_cut, f"{own} {tail}")
        assert out["description"] == own, tail
        _assert_said(said, tail)
    for text in (f"{own} (กิจกรรมที่ 3)", f"{own} ๑) ขอรายชื่อ", f"{own} 12/03/2568",  # the prose's brackets, dates
                 f"{own} เนื่องจาก COVID-19"):  # a word of letters and digits
        out, said = _run(_furniture_cut, text)
        assert said is None and out["description"] == text, text
