"""A table whose columns are the report entries, run on in a paragraph that OCR wrapped (generated sets'
`one_line` and `few_lines` forms, OCR'd): the page's wrap parts a description's words at any word
("...พิจารณาเกณฑ์" / "การคัดเลือกและตัดสินผลงาน"), so a word at a line's start may open a piece where no
report's description opens, and the descriptions part into more pieces than reports.  Such a word, and a
list's first number ("ผลการดำเนินงานในเดือนนี้ ๑. ได้ดำเนินการ..."), are weak openers: when setting them
aside leaves one piece a report, each piece is a report's, and the doubt is said.  Before, the descriptions
were given to none.  Two more of the same paragraphs: the description label's last word OCR set apart,
specks between ("รายละเอียดการ" / "จ" / "ดำเนินงาน"), is the label's, not a piece of text; and a table
whose date row does not part gives each header its date slot unread ("::"), as a table in cells does, so a
header whose number OCR misread into an earlier report's still opens its entry (it used to be read as that
report's text, once the entry had a description)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _one_piece_each, unrun
from schemas.document import Line
from tests.test_bma_progress_entries_ocr import _lines


def _table(descriptions: list[str], n: int = 3, dates: str | None = None, heads: str | None = None,
           label: list[str] | None = None) -> list[str]:
    heads = heads or " ".join(f"ครั้งที่ {k}" for k in range(1, n + 1))
    dates = dates if dates is not None else " ".join(f"{k}/0{k + 2}/2565" for k in range(1, n + 1))
    return [f"{heads} วันที่รายงาน {dates}", *(label or ["รายละเอียดการดำเนินงาน"]), *descriptions,
            f"ความก้าวหน้าของงานฯ {' '.join(f'{10 * k}.00 %' for k in range(1, n + 1))} "
            f"งบประมาณที่เบิกใช้ {' '.join('0 บาท' for _ in range(n))} "
            f"ความสอดคล้องกับแผน {' '.join('เป็นไปตามแผน' for _ in range(n))} "
            f"ความสอดคล้องกับเป้าหมาย {' '.join('เป็นไปตามเป้าหมาย' for _ in range(n))}"]


def _doubts(result) -> list[str]:
    return [i.message for i in result.issues
            if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description"]


def test_a_word_the_wrap_set_at_a_line_s_start_goes_on_its_description():
    # "การคัดเลือก..." opens the second line: a piece of its own would make four for three reports
    lines = ["อยู่ระหว่างขั้นตอนพิจารณาเกณฑ์", "การคัดเลือกและตัดสินผลงาน จัดทำโครงการเพื่อขออนุมัติ เวียนแจ้งโรงเรียน"]
    result = parse_entries(_lines(*_table(lines)))
    assert [result.entries[k].description for k in (1, 2, 3)] == [
        "อยู่ระหว่างขั้นตอนพิจารณาเกณฑ์ การคัดเลือกและตัดสินผลงาน", "จัดทำโครงการเพื่อขออนุมัติ", "เวียนแจ้งโรงเรียน"]
    assert any("line's start" in m for m in _doubts(result))


def test_a_list_s_first_number_goes_on_the_words_that_lead_to_it():
    one = "ผลการดำเนินงานในเดือนนี้ ๑. ได้ประชุมคณะกรรมการ ๒. รอเบิกจ่าย"
    text = f"จัดทำโครงการเพื่อขออนุมัติ {one}"
    assert _one_piece_each(text, 0, len(text), 2) is None  # "๑." may open a report's description: three pieces
    spans = _one_piece_each(text, 0, len(text), 2, weak_open=False)
    assert [text[a:b] for a, b in spans] == ["จัดทำโครงการเพื่อขออนุมัติ", one]


def test_weak_openers_set_aside_leave_too_many_pieces_still_none():
    # an in-line space parts too: five pieces, four once the line's start goes on, for three reports
    lines = ["อยู่ระหว่างขั้นตอนพิจารณาเกณฑ์", "การคัดเลือก จัดทำโครงการ เวียนแจ้งโรงเรียน ประชุมทีมงาน"]
    result = parse_entries(_lines(*_table(lines)))
    assert not any(result.entries[k].description for k in (1, 2, 3))
    assert _doubts(result)


def test_the_description_label_s_last_word_set_apart_by_specks_is_the_label_s():
    descriptions = ["จัดเตรียมข้อมูล จัดทำโครงการเพื่อขออนุมัติ เวียนแจ้งโรงเรียน"]
    result = parse_entries(_lines(*_table(descriptions, label=["รายละเอียดการ", "จ", "๐", "ดําเนินงาน"])))
    assert [result.entries[k].description for k in (1, 2, 3)] == [
        "จัดเตรียมข้อมูล", "จัดทำโครงการเพื่อขออนุมัติ", "เวียนแจ้งโรงเรียน"]


def test_headers_of_a_table_whose_dates_do_not_part_open_their_entries():
    # the date row holds two dates for three reports: each header is given its date slot unread
    lines = _table(["จัดเตรียมข้อมูล จัดทำโครงการเพื่อขออนุมัติ เวียนแจ้งโรงเรียน"], dates="5/3/2565 9/4/2565")
    out, issues = unrun([Line(k + 1, t) for k, t in enumerate(lines)])
    assert [ln.text for ln in out if "ครั้งที่" in ln.text] == ["รายงานครั้งที่ 1 ::", "รายงานครั้งที่ 2 ::",
                                                               "รายงานครั้งที่ 3 ::"]
    assert any(i.field == "progress_reports.report_date" for i in issues)


def test_a_header_misread_as_an_earlier_number_opens_its_entry_when_the_dates_do_not_part():
    # reports 1-4 as tables of two, then 5 and 6 with 6 read as ๒ and a date lost, then 7 and 8 with their
    # numbers read as letters: report 6's header, with no date after it, was read as report 2's text, and
    # the entries after it ran into 5 and 6
    tables = [_table(["จัดเตรียมข้อมูล จัดทำโครงการเพื่อขออนุมัติ"], n=2),
              _table(["อยู่ระหว่างการเตรียมการ ประชุมคณะกรรมการ"], n=2, heads="ครั้งที่ 3 ครั้งที่ ๔"),
              _table(["อยู่ระหว่างการเตรียมการ ประชุมคณะกรรมการ"], n=2, heads="รายงานครั้งที่ ๕ รายงานครั้งที่ ๒",
                     dates="๕ พ.ค. 2565"),
              _table(["ได้ดำเนินการประชุมสัมมนา", "คณะกรรมการศูนย์ ไปแล้ว จัดกิจกรรมนิเทศ ติดตาม"], n=2,
                     heads="รายงานครั้งที่ ซ รายงานครั้งที่ ซ่", dates="๕ ก.ค. 2565 ๒๑/ซ/2565")]
    result = parse_entries(_lines(*(line for table in tables for line in table)))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [result.entries[k].description for k in (5, 6)] == ["อยู่ระหว่างการเตรียมการ", "ประชุมคณะกรรมการ"]
