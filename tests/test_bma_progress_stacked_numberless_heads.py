"""Section 2's entries table whose header row OCR read across with every
header's number lost ("รายการ  รายงานครั้ง รายงานครั้ง รายงานครั้ง": a wrap
put "ที่ ๒" under each header, and OCR read it at the top of its column,
over the column's date), then the row titles' column, then each entry's
column down (parsers.bma_progress.stacked._heads_across, _column_top,
_number_tails_apart); and a column's disbursement whose baht word the
column's width wrapped under its figure (_baht_words_rejoined).  Modified
OCR'd lines of a fresh set's markdown layout (tesseract tha+eng)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_progress_stacked import _heads_across

_TITLES = ("วันทีรายงาน", "รายละเอียด", "การ", "ดำเนินงาน", "ความก้าวหน้", "าของงานฯ", "งบประมาณที่", "เบิกใช้",
           "ความสอดคล้", "องกับแผน", "ความสอดคล้", "องกับ")


def _numberless(top2: str = "เป้าหมาย ที่ ๒", date3: str = "๒๗/๐๒/๒๕๖๔") -> tuple[str, ...]:
    """Three columns: the first's number a speck ("No"), the second's run on
    onto the first's last flag (the heading mend's "เป้าหมายที่"), the
    third's alone; the second's disbursement and baht word on two lines."""
    return (
        "รายการ\tรายงานครั้ง รายงานครั้ง รายงานครั้ง", *_TITLES, "ซ่", "No",
        "๒๑/๑๒/๒๕๖๓", "จัดเตรียม", "ข้อมูล/", "จัดทำ", "โครงการ", "๗.๐%", "๐.- บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม",
        top2,
        "๒๑/๐๑/๒๕๖๔", "ประชุม", "ผู้บริหาร", "สถานศึกษา", "๑๗.๐%", "๑๔,๔๘๐.-", "บาท", "เป็นไปตาม", "แผน",
        "เป็นไปตาม", "เป้าหมาย",
        "ที่ ๓", date3, "จัดทำคำสั่ง", "คณะกรรมการ", "๓๐.๐%", "๐.- บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม",
        "เป้าหมาย",
    )


def test_headers_read_across_without_numbers_take_their_columns_numbers_and_dates():
    result = parse_entries(_lines(*_numberless()))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2020-12-21", "2021-01-21", "2021-02-27"]
    assert entries[1].description == "จัดเตรียม ข้อมูล/ จัดทำ โครงการ"
    assert entries[2].description == "ประชุม ผู้บริหาร สถานศึกษา"
    assert entries[3].description == "จัดทำคำสั่ง คณะกรรมการ"
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [7.0, 17.0, 30.0]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3)] == ["0.00", "14480.00", "0.00"]
    assert all(values[n]["on_plan"] and values[n]["on_target"] for n in (1, 2, 3))
    said = [i for i in result.issues if "read across for its headers" in i.message]
    assert len(said) == 1 and "the headers lost their numbers" in said[0].message


def test_a_column_that_opens_with_no_date_gives_no_header_its_columns_top():
    # the third column's first cell no date: the columns are not read as dated (as before: nothing is placed by
    # their tops), and no entry is given a date from them
    result = parse_entries(_lines(*_numberless(date3="จัดทำ")))
    assert not [i for i in result.issues if "the headers lost their numbers" in i.message]


def test_a_flag_and_a_number_run_on_are_parted_only_under_headers_that_lost_their_numbers():
    # headers read across with their numbers: the line "เป้าหมาย ที่ ๒" is no column's top there (it stands as read)
    rows = list(_numberless())
    rows[0] = "รายการ\tรายงานครั้งที่ ๑ รายงานครั้งที่ ๒ รายงานครั้งที่ ๓"
    result = parse_entries(_lines(*rows))
    assert not [i for i in result.issues if "the headers lost their numbers" in i.message]


def test_a_disbursement_whose_baht_word_a_wrap_put_under_its_figure_closes_its_column():
    # headers read across, their columns down: the second column's disbursement "๓,๐๐๐" / "บาท.-" right above
    # its flags is one cell, and the column whole (before, no column closed there and the table stood unread)
    rows = list(_heads_across("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒", "โนที่รายงาม ๑๒ iiu.wede ๓ Ab."))
    at = rows.index("๓,๐๐๐ บาท.-")
    rows[at: at + 1] = ["๓,๐๐๐", "บาท.-"]
    result = parse_entries(_lines(*rows))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[2].description.startswith("จัดอบรมครู")
    values = figure_values(entries[2])[0]
    assert str(values["disbursed"]) == "3000.00" and values["progress_pct"] == 40.0
    assert [i for i in result.issues if "read across for its headers" in i.message]
    # a figure and a baht word inside a description (no flag under them) stay the description's
    assert [x.item for x in entries[2].expenses] == ["ค่าอาหารฯ"]
