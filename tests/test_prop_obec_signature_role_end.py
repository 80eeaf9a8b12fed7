"""The report's signature line under the last title of a list of titles
only, with no blank line between, its "ลงชื่อ" and dotted line OCR read as
letters and only the signer's role left at its end ("0 ccccccccececsesse...
ผู้รายงาน", set k obec_progress_s21k004): it was taken for the title's wrap,
and the project's name ended in it, silently.  A line ending in
"ผู้รายงาน" with no Thai word before it is the signature's
(read._garbled), no wrap of the title; a title's wrapped words go on as
before."""

from __future__ import annotations

from tests.test_obec_ocr import run
from tests.test_prop_obec_title_stray_vowels import FIRST, SECOND, _report

SIGNATURE = "0 ccccccccececsesseseseesesecsesecseseesveeผู้รายงาน\n\n(นางสาวมาลัย ศักดิ์ดี)\nตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n"


def _names(rows: dict) -> list[str]:
    return sorted(p["name"] for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_garbled_signature_line_ending_in_its_role_is_no_wrap_of_the_title():
    assert _names(run(_report(FIRST, SECOND) + SIGNATURE)) == sorted([FIRST, SECOND])  # before: the line in SECOND


def test_a_wrapped_title_line_still_wraps():
    wrapped = _report(FIRST, SECOND) + "ประจำปีงบประมาณ ๒๕๖๗\n" + SIGNATURE
    assert _names(run(wrapped)) == sorted([FIRST, f"{SECOND} ประจำปีงบประมาณ ๒๕๖๗"])
