"""A Thai date inside a row text whose month (or era) OCR read as Latin letters (set s69z, a silent OBEC
activity progress): "ได้ดำเนินการแล้ว เมื่อวันที่ ๑๗ ธันวาคม พ.ศ. ๒๕๖๖ ณ ห้องประชุม..." read "... เมื่อวันที่ ๑๓
Funan we. ๒๕๒๒ as ห้องประชุม...": "Funan we" is two Latin words written as words (latin_debris takes such a run for
a name or term) and "as" one word after Thai (a program's name), so no check named the text.  Between a date's
day and its year the forms print a Thai month and era, never Latin: pipeline.wording.latin_in_dates names what
stands there."""

from __future__ import annotations

from pipeline.wording import flag_unknown_words, latin_in_dates, unknown_words

MISREAD = "ได้ดำเนินการแล้ว เมื่อวันที่ ๑๓ Funan we. ๒๕๒๒ as ห้องประชุมสพป.ตรัง เขต ๑"


def test_latin_letters_in_a_dates_month_place_are_pieces():
    assert latin_in_dates(MISREAD) == ["Funan we."]
    # ("as" for ณ, one short Latin word after Thai: OCR's too since the hundred-and-eighth session, latin_debris)
    assert unknown_words(MISREAD) == ["as", "Funan we."]
    assert latin_in_dates("ดำเนินการเมื่อวันที 3๐ WAYMAN พ.ศ. ๒๕๒๕ ณ โรงเรียน") == ["WAYMAN"]
    assert latin_in_dates("จัดประชุมเมื่อวันที่ ๒๕ ตุลาคม W.A. ๒๕๐๕") == ["W.A."]
    (flag,) = flag_unknown_words({"activities": [{"project_key": "k", "progress": MISREAD,
                                                  "line_start": 220, "line_end": 223}]}, [])
    assert flag.field == "activities.progress" and "Funan" in flag.message


def test_a_date_printed_in_thai_and_latin_beside_no_date_are_no_piece():
    for text in ("ได้ดำเนินการแล้ว เมื่อวันที่ ๑๗ ธันวาคม พ.ศ. ๒๕๖๖ ณ ห้องประชุมสพป.ตรัง เขต ๑",
                 "ดำเนินการเมื่อวันที่ 3 ก.พ. 2567 ผ่านระบบ Google Meet",
                 "ใช้ระบบ eBook และ YouTube ในการสอน วันที่ ๑ ตุลาคม ๒๕๖๖"):
        assert latin_in_dates(text) == [], text
