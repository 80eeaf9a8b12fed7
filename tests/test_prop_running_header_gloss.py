"""BMA proposals after OCR whose project name holds a gloss in Latin letters in parentheses ("ส่งเสริมการจัดการ
เรียนรู้เชิงรุก (Active Learning) ในโรงเรียนสังกัด...") and whose pages print a running header with that name:
OCR's Thai model writes the gloss's letters as other letters, Thai ones among them, in each header ("(/เ๐นจ๐
Learning)", "(/เ๐ณ์ฯ๑ 1 ๑ลณ์กอ)"), too many letters off the name for the header to be told, so it stood among the
steps and the risk table and ran into their cells.  Where the name holds such a gloss, the name and the lines are
compared without their texts in parentheses (read._gloss_out): the header's other letters still spell the name
(read.drop_running_title, drop_running_header; fresh sets s79o, s80b)."""

from __future__ import annotations

from parsers.bma_proposal.read import drop_running_header, drop_running_title
from parsers.reader import Parts
from schemas.document import Line

NAME = "ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) ในโรงเรียนสังกัดสำนักงานเขตดุสิต"


def _parts(name: str, lines: list[str], unit: str = "ฝ่ายการศึกษา สำนักงานเขตดุสิต") -> Parts:
    return Parts(fields=[("name", name, 4, 4), ("unit", unit, 6, 6)],
                 sections={"s6": [Line(100 + k, text) for k, text in enumerate(lines)]})


STEPS = ["2. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน",
         "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (/เ๐ณ์ฯ๑ 1 ๑ลณ์กอ)", "ในโรงเรียนสังกัดสำนักงานเขตดุสิต",
         "3. โรงเรียนรายงานผลการดำเนินงาน"]


def test_a_running_title_whose_gloss_ocr_garbled_is_the_pages_furniture():
    parts = _parts(NAME, STEPS)
    drop_running_title(parts)
    assert [ln.text for ln in parts.sections["s6"]] == [STEPS[0], STEPS[1], STEPS[4]]
    assert [ln.no for ln in parts.furniture] == [102, 103]


def test_a_running_header_of_the_agency_and_the_title_whose_gloss_ocr_garbled_is_the_pages_furniture():
    lines = ["1. แต่งตั้ง", "คณะกรรมการ", "สำนักงานเขตดุสิต โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (/เ๐นจ๐ Learning)",
             "ในโรงเรียนสังกัดสำนักงานเขตดุสิต ปีงบประมาณ", "พ.ศ. 2566", "2. จัดสรรงบประมาณ"]
    parts = _parts(NAME, lines)
    drop_running_header(parts)
    assert [ln.text for ln in parts.sections["s6"]] == [lines[0], lines[1], lines[5]]


def test_the_title_with_other_words_or_a_name_without_a_gloss_is_compared_as_before():
    # other words in the title's place: text, whatever stands in parentheses
    other = STEPS[:2] + ["โครงการส่งเสริมการอ่านออกเขียนได้ (/เ๐ณ์ฯ๑ 1 ๑ลณ์กอ)", STEPS[3], STEPS[4]]
    parts = _parts(NAME, other)
    drop_running_title(parts)
    assert len(parts.sections["s6"]) == 5 and not parts.furniture
    # a name with no Latin gloss: a line with other text in parentheses is not its title
    plain = NAME.replace(" (Active Learning)", "")
    parts = _parts(plain, STEPS)
    drop_running_title(parts)
    assert len(parts.sections["s6"]) == 5 and not parts.furniture
