"""A line of OCR debris spread over the page width (the marks of the line
below read on a line of their own) that holds, by chance, one token reading
as three Thai letters ("SS  ม  y  tf  0  aa ใช้  via  i", "va  =  a  เจ
เวด ana  y", "ia   ไรง   void   ซ์   ซ"; helper set bprep24/set1
bprep24a007, fresh sets s27/z s27z005 and fresh/w s19w003): any run of
three Thai letters kept the line from being debris, so it was read as text -
the tail of a report entry's description, a cell.  Now such a token is
allowed when the line has five tokens or more spread wide, one Thai run in
five tokens at most and none longer than three characters, and two specks
at least (tokens of one or two characters with no digit).  Lines of words,
a row of short labels, the clean texts' lines stay text."""

from __future__ import annotations

import pytest

from normalizers.furniture import is_ocr_noise


@pytest.mark.parametrize("line", [
    "SS     ม    y         tf      0          aa ใช้   via   i      :",
    "va     =           a    เจ      เวด ana       y",
    "ia   ไรง   void               ซ์               ซ",
    "เ”   เ”         a      0          da ใช้  เค",
    "A  เธร     1   za      ๑7         aA   ๑7 =      A  ๑7       9๑7",
])
def test_debris_with_one_short_thai_run_is_noise(line):
    assert is_ocr_noise(line)


@pytest.mark.parametrize("line", [
    "Q1     Q2     Q3     Q4     รวม",  # a row of short labels: no specks
    "ไตรมาส 1     ไตรมาส 2     ไตรมาส 3     ไตรมาส 4",
    "รายการ       ครั้งที่ 1       ครั้งที่ 2",
    "(COVID - 19)   ผล   ดี   ไม่",  # four tokens... and a long one
    "a  b  ใช้  ได้  ดี",  # two Thai runs in five tokens
    "ใช้ a b",  # too few tokens, no wide gap
    "PISA 2025      ผลการประเมิน",
])
def test_lines_of_words_stay_text(line):
    assert not is_ocr_noise(line)
