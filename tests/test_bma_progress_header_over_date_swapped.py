"""A column of an entries table OCR read column by column, its header alone over its date alone, where the reading
order swapped two columns before it (parsers.bma_progress.transposed.headers_over_dates, _header_over_date): the
header after the highest number read ("5" / "4" then "ครังท 6") and the one before the last that the headers read
left out ("7", "9" then "8") are the next reports the order says, so their dates are theirs; a speck line OCR split
with tabs under the date ("4<tab>ง<tab>ะ") does not bar it.  Before, only the report after the last one read was
taken, and the speck line barred it: the header stood as a bare number and the report was lost."""

from __future__ import annotations

from parsers.bma_progress.transposed import headers_over_dates
from schemas.document import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t, "text" if t.strip() else "blank") for k, t in enumerate(texts)]


def _column(head: str, day: str, speck: bool = False) -> list[str]:
    return [head, day] + (["4\tง\tะ"] if speck else []) + ["อยู่ระหว่างการเตรียม", "การประชุมคณะกรรมการ", "0 บาท", ""]


def _texts(out: list[Line]) -> list[str]:
    return [ln.text for ln in out]


def test_the_header_after_the_highest_number_read_takes_its_date_past_a_speck_line():
    lines = _lines(_column("ครั้งที่ 5", "28 ก.พ. 2565") + _column("ครั้งที่ 4", "1 ม.ค. 2565")
                   + _column("ครังท 6", "13 เม.ย. 2565", speck=True))
    out = _texts(headers_over_dates(lines))
    assert "รายงานครังท 6" in out and ":: 13 เม.ย. 2565 :" in out


def test_the_left_out_header_before_the_last_takes_its_date():
    lines = _lines(_column("ครั้งที่ 7", "13 ก.ค. 2565") + _column("ครั้งที่ 9", "28 ก.ย. 2565")
                   + _column("ครั้งที่ 8", "5 ส.ค. 2565"))
    out = _texts(headers_over_dates(lines))
    assert "รายงานครั้งที่ 8" in out and ":: 5 ส.ค. 2565 :" in out


def test_a_header_neither_next_nor_left_out_keeps_its_lines():
    # (9 after 5 and 4: no order says the date is its; and 4 again after 5 and 4: read already)
    lines = _lines(_column("ครั้งที่ 5", "28 ก.พ. 2565") + _column("ครั้งที่ 4", "1 ม.ค. 2565")
                   + _column("ครั้งที่ 9", "13 เม.ย. 2565") + _column("ครั้งที่ 4", "13 พ.ค. 2565"))
    out = _texts(headers_over_dates(lines))
    assert not any(t.startswith("รายงาน") or t.startswith("::") for t in out)
