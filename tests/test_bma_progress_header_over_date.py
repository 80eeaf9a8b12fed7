"""An entries table whose columns OCR read one by one, each column's header alone on its line (whole, or its words
parted over two lines by a narrow column's wrap: "รายงาน" / "ครังที 1", "รายงานครั้ง" / "ที 3") and its date alone
on the line under it, the description's lines after (parsers.bma_progress.transposed.headers_over_dates).  The
date is the header's; before, a readable date alone opened a piece of its own that no clause read (no separator
after it), so the entry went undated and the date ran into its description."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

COLUMNS = [
    "รายงาน",
    "ครังที 1",
    "26/2/67",
    "",
    "อยู่ระหว่าง",
    "การเตรียมจัดทำ",
    "",
    "รายงานครั้งที่ 2",
    "11/3/67",
    "",
    "ประชุมผู้บริหาร",
    "สถานศึกษา",
    "",
    "รายงานครั้ง",
    "ที 3",
    "",
    "19 เม.ย.",
    "2567",
    "",
    "ขอรายชื่อผู้ร่วมกิจกรรม",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t, "text" if t.strip() else "blank") for k, t in enumerate(texts)]


def test_a_date_alone_under_a_header_alone_is_its_date():
    result = parse_entries(_lines(COLUMNS))
    assert sorted(result.entries) == [1, 2, 3]
    got = {seq: (e.date.isoformat() if e.date else None, e.description) for seq, e in result.entries.items()}
    assert got[1] == ("2024-02-26", "อยู่ระหว่าง การเตรียมจัดทำ")
    assert got[2] == ("2024-03-11", "ประชุมผู้บริหาร สถานศึกษา")
    # (the date's year a wrap put on the line under it)
    assert got[3] == ("2024-04-19", "ขอรายชื่อผู้ร่วมกิจกรรม")


def test_a_column_of_headers_then_one_of_dates_gives_no_date_by_place():
    # the header over the dates' column is the last of a column of headers: the first date is not its
    texts = ["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "", "26/2/67", "อยู่ระหว่างการ", "", "ประชุมผู้บริหาร"]
    result = parse_entries(_lines(texts))
    two = result.entries.get(2)
    assert two is None or two.date is None


def test_a_number_column_before_the_header_gives_no_date_by_place():
    # a number cell alone right over the header: a column of numbers or headers, then maybe one of dates
    result = parse_entries(_lines(["1", "รายงานครั้งที่ 2", "26/2/67", "อยู่ระหว่างการ"]))
    assert not any(e.date is not None for e in result.entries.values())


def test_a_date_already_in_its_slot_is_left_as_it_is():
    texts = ["รายงานครั้งที่ 1", ":: 26/2/67 :", "อยู่ระหว่างการ"]
    result = parse_entries(_lines(texts))
    assert result.entries[1].date.isoformat() == "2024-02-26"
    assert result.entries[1].description == "อยู่ระหว่างการ"


def test_a_header_out_of_the_reports_order_gives_no_date_by_place():
    # report 5 read before report 4 (a column-by-column reading out of order, or a number OCR misread): opening
    # it here would put the sequence's numbers after it out of place; the header is left as it was read
    texts = ["รายงานครั้งที่ 3", ":: 4/12/65 :", "ได้รับการอนุมัติ", "", "รายงานครั้งที่ 5", "5/2/66", "อยู่ระหว่าง"]
    result = parse_entries(_lines(texts))
    assert not any(e.date is not None and e.date.isoformat() == "2023-02-05" for e in result.entries.values())
    # in order, the same header and date are read together
    texts[4] = "รายงานครั้งที่ 4"
    result = parse_entries(_lines(texts))
    assert result.entries[4].date.isoformat() == "2023-02-05" and result.entries[4].description == "อยู่ระหว่าง"


# A column of headers with a ruled cell's speck ("ะ4", read as a day) between each two of them, then the column of
# "date : description" cells: the speck and the next header are no date of the header before them (read as one,
# "ะ4" a day, "รายงานครั้งที่" a month, "11" a year, they opened report 10's date, and every date after went
# one report late, report 9 left undated)
_SPECKED = ["รายงานครั้งที่ 9", "ะ4", "รายงานครั้งที่ 10", "ะ4", "", "รายงานครั้งที่ 11", "",
            "วันที่รายงาน : รายละเอียดการดำเนินงาน",
            "20 ต.ค. 67 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
            "10/11/2567 : ประชุมผู้บริหารสถานศึกษา",
            "16/12/2567 : อยู่ระหว่างการเตรียมการอบรม"]


def test_a_speck_and_the_next_header_are_no_date_of_a_header_in_a_column_of_headers():
    result = parse_entries(_lines(_SPECKED))
    got = {seq: (e.date.isoformat() if e.date else None, e.description) for seq, e in result.entries.items()}
    assert got[9] == ("2024-10-20", "อยู่ระหว่างการเตรียมจัดทำคำสั่ง")
    assert got[10] == ("2024-11-10", "ประชุมผู้บริหารสถานศึกษา")
    assert got[11] == ("2024-12-16", "อยู่ระหว่างการเตรียมการอบรม")

