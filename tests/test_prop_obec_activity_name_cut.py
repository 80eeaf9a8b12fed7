"""An OBEC main activity's name read with what is not its own (set s47z: obec_progress_s47z001,
obec_progress_s47z002), silent before.

- Its first step's number OCR garbled into a speck and a bare number, the dot lost ("ว 1 จัดทำเครื่องมือ..."
  for ๒.๑) right under the name: the line opened no step, so it was read as the name's wrapped words.  A line
  opening with a speck of one or two characters and a bare number before words stops the name's wrap
  (rounds._SPECK_STEP_RE): read as the progress, the cut said (items_cut_in_doubt).
- Its bracket's words OCR garbled and its close lost ("... ภาวะผู้นำ (a" for "(สัมภาษณ์)"): a name that ends
  inside a bracket it opens, no line after it closing it, is said (unknown_words on activities.text).
"""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
# (a name as long as the page's widest lines: the page wrapped it, so a line under it may go on from it)
NAME = "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำของผู้บริหารสถานศึกษาในสังกัดสำนักงานเขตพื้นที่การศึกษา (สัมภาษณ์)"


def _report(activity: str) -> str:
    text = project(1, FY).replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว", activity)
    return report(projects=[text, project(2, FY)])


def _first(rows: dict) -> tuple[dict, list[dict]]:
    first = min(rows["activities"], key=lambda a: a["line_start"])
    said = [i for i in rows["issues"] if i["field"] == "activities.text"
            and i["line_start"] <= first["line_end"] and first["line_start"] <= i["line_end"]]
    return first, said


def test_a_step_whose_number_ocr_garbled_is_no_wrap_of_the_name():
    clean, said = _first(run(_report(f"กิจกรรมหลักที่ ๑ {NAME}\n๑.๑ จัดทำเครื่องมือการนิเทศ ติดตาม\nได้ดำเนินการแล้ว")))
    assert clean["text"] == NAME and not said
    got, said = _first(run(_report(f"กิจกรรมหลักที่ ๑ {NAME}\nว 1 จัดทำเครื่องมือการนิเทศ ติดตาม\nได้ดำเนินการแล้ว")))
    assert got["text"] == NAME  # before: the name and "ว 1 จัดทำเครื่องมือ..." with it
    assert got["progress"].startswith("ว 1 จัดทำ")
    assert [i["code"] for i in said] == ["items_cut_in_doubt"]
    # a name the page wrapped onto a line of its words goes on as before
    wrapped, said = _first(run(_report(f"กิจกรรมหลักที่ ๑ {NAME[:-11]}\n(สัมภาษณ์)\nได้ดำเนินการแล้ว")))
    assert wrapped["text"] == NAME and not said


def test_a_name_ending_inside_its_bracket_is_said():
    got, said = _first(run(_report("กิจกรรมหลักที่ ๑ ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (a\nได้ดำเนินการแล้ว")))
    assert got["text"].endswith("(a")
    assert [i["code"] for i in said] == ["unknown_words"]  # before: no issue
    # its close on the next line (the page wrapped the bracket): the name whole, nothing said
    got, said = _first(run(_report("กิจกรรมหลักที่ ๑ ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์\nครู)\n"
                                   "ได้ดำเนินการแล้ว")))
    assert got["text"].endswith(")") and not said


def test_a_bracket_the_document_leaves_open_with_words_after_it_is_not_said():
    # (a real report prints "(สวก. เพื่อพัฒนา..." and never closes it: words run on after the bracket, no end lost)
    got, said = _first(run(_report("กิจกรรมหลักที่ ๑ การคัดกรองนักเรียนจากสำนักวิชาการและมาตรฐานการศึกษา (สวก. "
                                   "เพื่อพัฒนาพหุปัญญารายบุคคล\nได้ดำเนินการแล้ว")))
    assert "(สวก." in got["text"] and not said
