"""A list of projects printed as a table (name | responsible unit) that OCR read side by side with blank
lines between a row's lines: the row's lines fold into one (parsers.grid), and the title's wrapped lines after
the row's last line (past one blank line) were measured from the row's first, so they were cut from the title
as text of no section, silently (read._title_run now measures from the row's last line: read.row_ends). A line
under a title that is a mark's speck alone ("Sp.") is no word of it (read._MARK_SPECK_RE)."""

from __future__ import annotations

from tests.test_obec_ocr import report, run


def _not_started(text: str) -> list[tuple[int, str]]:
    rows = run(report() + text)
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


TABLE = ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n\n"
         "ที่ ชื่อโครงการ          กลุ่มที่\n"
         "รับผิดชอบ\n"
         "1 โครงการส่งเสริมการอ่านของนักเรียน  หน่วย\n"
         "ในสังกัดทุกโรงเรียน      ตรวจสอบ\n"
         "ภายใน\n"
         "2 โครงการการพัฒนาทักษะดิจิทัลของครู    กลุ่มบริหาร\n\n"
         "และบุคลากรทางการศึกษาเพื่อการจัด       งานบุคคล\n\n"
         "การเรียนรู้ในศตวรรษที่ ๒๑ ของสำนักงาน\n"
         "เขตพื้นที่การศึกษา\n")


def test_a_title_wrapped_on_past_its_folded_row_keeps_its_lines():
    got = _not_started(TABLE)
    assert got[1][0] == 2 and got[1][1].replace(" ", "") == (
        "โครงการการพัฒนาทักษะดิจิทัลของครูและบุคลากรทางการศึกษาเพื่อการจัดการเรียนรู้ในศตวรรษที่๒๑ของสำนักงาน"
        "เขตพื้นที่การศึกษา")


def test_a_speck_under_a_title_is_no_word_of_it():
    text = ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n\n"
            "๑ โครงการพัฒนาครูในสังกัด\n\n๒ โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน\n\n- Sp.\n\n")
    assert _not_started(text) == [(1, "โครงการพัฒนาครูในสังกัด"), (2, "โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน")]
    # a title's own last line that holds letters stays the title's
    text = text.replace("- Sp.", "ระยะที่ ๒")
    assert _not_started(text)[1] == (2, "โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน ระยะที่ ๒")


def test_a_title_bracket_of_latin_words_wrapped_keeps_its_close():
    # the title's English name in brackets, its last word and the closing bracket wrapped onto a line of their
    # own: Latin words alone, no debris (read._bracket_of_title)
    text = ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n\n"
            "๑ โครงการห้องเรียนคุณภาพ (Quality of\nlife)\n\n๒ โครงการส่งเสริมกิจกรรมพัฒนาผู้เรียน\n\n")
    assert _not_started(text)[0] == (1, "โครงการห้องเรียนคุณภาพ (Quality of life)")
    # a Latin speck under a title that opens no bracket stays debris
    text = text.replace(" (Quality of\nlife)", "\nlife)")
    assert _not_started(text)[0] == (1, "โครงการห้องเรียนคุณภาพ")
