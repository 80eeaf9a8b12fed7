"""An OBEC report whose page under a project's title OCR read as garbage (a spoilt or pictured page: "Pe ๕ 0
กรร EE ay SIG ee Veneta Ue MTEL ems alt ta ego ...", set h of the twentieth session): every line that read as
text among the garbage went on the title, so the project's name held the page's garbage, no truth's project
matched it, and all its rows were read under a name of nobody's (hundreds of values no issue named).  A line
of many short tokens, Latin letters in a third of them and more Latin letters than Thai, is debris
(obec_progress.lists._garbage); past a run of debris under a title no text line continues the title
(read.TITLE_DEBRIS_MAX): such lines are left unplaced, and said (unplaced_text)."""

from __future__ import annotations

from parsers.obec_progress.lists import is_debris
from tests.test_obec_ocr import project, run
from tests.test_prop_obec_group_header_lost import _report

GARBAGE = """Pe ๕ 0    กรร EE ay SIG ee Veneta Ue MTEL ems alt ta ego รสทะรระร์ระรซะร Peis! S 5๐0 ก 2 Ean
2 6 1 ee บอ น รร   ea 0 580 oe ee
อรร ee Sea eres esas Se ate Bee Bae eens ee 50    :
oS 1 1351ส152120]ื 0  กร 0 0 1 3 1
ropes     ล รรแชรตงรรรร  51 0 6 : 0โฮไฝม
"""


def _names(rows: dict) -> list[str]:
    return sorted(p["name"] for p in rows["projects"])


def test_garbage_under_a_title_is_no_part_of_the_name():
    text = _report(header=True)
    title = "๑. โครงการทดสอบที่ 2 ของสำนักงาน\n"  # (the in-progress group numbers it 1)
    assert title in text
    rows = run(text.replace(title, title + GARBAGE, 1))
    assert _names(rows) == _names(run(text))


def test_a_thai_line_with_an_english_name_is_no_garbage():
    assert not is_debris("สพป.นครศรีธรรมราช เขต 3 ดำเนินการโรงเรียนสีเขียว (School of go green) ครบตามแผน")
    assert is_debris("Pe ๕ 0    กรร EE ay SIG ee Veneta Ue MTEL ems alt ta ego รสทะรระร์ระรซะร Peis! S 5๐0")
