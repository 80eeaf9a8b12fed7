"""The report's signature line under the last title of a list, OCR reading
no Thai letter in it: its "ลงชื่อ" and dotted line came out as Latin letters,
digits and signs ("TIVO. 33,11+1+0", set r obec_progress_s23r004, over the
signer's name in brackets and the position line).  It was taken for the
title's wrap and the project's name ended in it, silently.  A short line with
no Thai character, a Latin letter and a digit, right over the signer's name
and position, is the signature's (running.drop_signatures); a title's wrap
in Latin words, or a Thai one with a year, goes on as before."""

from __future__ import annotations

from parsers.obec_progress.running import _latin_signature
from tests.test_obec_ocr import run
from tests.test_prop_obec_title_stray_vowels import FIRST, SECOND, _report

BLOCK = "\n(นางสาวมาลัย ศักดิ์ดี)\nตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n"


def _names(rows: dict) -> list[str]:
    return sorted(p["name"] for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_signature_line_read_in_latin_letters_and_digits_is_no_wrap_of_the_title():
    assert _names(run(_report(FIRST, SECOND) + "TIVO. 33,11+1+0\n" + BLOCK)) == sorted([FIRST, SECOND])


def test_a_titles_wrap_in_latin_words_or_thai_with_a_year_still_wraps():
    assert _names(run(_report(FIRST, SECOND) + "STEM Education\n" + BLOCK)) == sorted([FIRST, f"{SECOND} STEM Education"])
    assert _names(run(_report(FIRST, SECOND) + "ปีการศึกษา 2568\n" + BLOCK)) == sorted([FIRST, f"{SECOND} ปีการศึกษา 2568"])


def test_the_line_test():
    assert _latin_signature("TIVO. 33,11+1+0")
    for text in ("STEM Education", "2568", "พ.ศ. 2568", "ปีการศึกษา 2568", "ODD... 77โ111เฏญ08 0"):
        assert not _latin_signature(text)
