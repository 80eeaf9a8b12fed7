"""An entry's "::" before a date printed whole, a speck OCR read between its two colons (a point, a comma or a
bracket: "รายงาน :.: 24 พฤศจิกายน 2561 : อยู่ระหว่าง...", fresh s79o002, whose entries' "::" read ":.:" four times and
":):" once).  The separator's reader took one colon, stopped at the speck, and the date, starting past it, was no
entry's date: the entry went undated (no date in any copy) and its date ran into its description.  Now a speck
standing between the two colons is the separator's own (clauses.SEP_SPECK), as a bracket already was in a slot
OCR damaged (test_bma_progress_double_sep_bracket): the date after it is read as printed.  One colon and a point
after it (": . ๑๒" is no "::") and a speck with no colon after it stay as they were."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.clauses import _DOUBLE_SEP_RE, _leading_date, damaged_date, events_of
from tests.bma_entries import entry_flags
from tests.lines import numbered_lines as _lines


def test_a_speck_between_the_colons_is_the_separator_s():
    assert _leading_date(" :.: 24 พฤศจิกายน 2561 : อยู่ระหว่าง") is not None
    assert _leading_date(" :.: 24 พฤศจิกายน 2561 : อยู่ระหว่าง")[0] == date(2018, 11, 24)
    assert _leading_date(" :): 23 มิถุนายน 2562 : ดำเนิน")[0] == date(2019, 6, 23)
    assert _leading_date(" : , : 5/1/2562 :")[0] == date(2019, 1, 5)
    assert _leading_date(" :: 24 พฤศจิกายน 2561 :")[0] == date(2018, 11, 24)  # as before
    assert _DOUBLE_SEP_RE.match(" :.: ") and _DOUBLE_SEP_RE.match(" :: ")


def test_a_point_after_one_colon_is_no_separator():
    assert _leading_date(" :. 24 พฤศจิกายน 2561 :") is None  # ". 24": no colon closes the speck
    assert not _DOUBLE_SEP_RE.match(" :. 24")
    assert _leading_date(" .: 24 พฤศจิกายน 2561 :") is None  # no colon before the speck


def test_the_damaged_slot_after_such_a_separator():
    assert damaged_date(":.: 21 Hu. 2565 : อยู่ระหว่างการ") == ("21 Hu. 2565", 17)


def test_the_header_s_date_after_a_speck_in_its_separator():
    events = events_of(_lines("รายงานครั้งที่ 2 :.: 24 พฤศจิกายน 2561 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง")[0])
    assert events[0].kind == "header" and events[0].seq == 2 and events[0].value == date(2018, 11, 24)
    assert events[1].kind == "text" and events[1].text.startswith("อยู่ระหว่างการเตรียม")


def test_entries_run_on_in_a_paragraph_keep_their_dates():
    _, result = entry_flags(
        "รายงานครั้งที่ 1 :: 18 ตุลาคม 2561 : จัดทำโครงการเพื่อขออนุมัติ",
        ":: ความก้าวหน้าของงานฯ = 4.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 2 :.: 24 พฤศจิกายน 2561 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
        ":: ความก้าวหน้าของงานฯ = 4.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 3 :): 23 ธันวาคม 2561 : เวียนแจ้งประชาสัมพันธ์",
        ":: ความก้าวหน้าของงานฯ = 6.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )
    assert {seq: e.date for seq, e in result.entries.items()} == {
        1: date(2018, 10, 18), 2: date(2018, 11, 24), 3: date(2018, 12, 23)}
    assert result.entries[2].description.startswith("อยู่ระหว่างการเตรียม")
    assert result.entries[3].description.startswith("เวียนแจ้ง")
