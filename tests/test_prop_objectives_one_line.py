"""Unnumbered objectives of a form printed on one line (or a few): the objectives share their one line with
other sections, so no line break says where one ends.  Two of them ("เพื่อ... เพื่อ...") have one opener inside
the line, which parsers.bma_progress.read._run_on_in_doubt took for a list one objective a line with "เพื่อ"
inside its objective: left whole, read as one objective, the second lost, with no issue naming either
(generated sets' one_line with objectives_unnumbered).  Now the line is cut there, and the cut is said."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
FIRST = "เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูและบุคลากรทางการศึกษาได้แสดงศักยภาพและความสามารถในการเรียนการสอนตามกลุ่มสาระและงานที่รับผิดชอบ"
SECOND = "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)"
REST = (" เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการที่เกิดจากการแลกเปลี่ยนเรียนรู้"
        " เพื่อส่งเสริมการพัฒนาศักยภาพผู้บริหารสถานศึกษาของโรงเรียนในสังกัดให้มีประสิทธิภาพ")


def _rows(text: str) -> dict:
    return process_document("one_line.txt", text.encode("utf-8"))


def test_two_unnumbered_objectives_on_a_form_run_on_in_one_line_are_cut_and_the_cut_is_said():
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8")  # the whole form on one line
    assert REST in text
    rows = _rows(text.replace(REST, ""))
    assert [(o["seq"], o["text"]) for o in rows["objectives"]] == [(1, FIRST), (2, SECOND)]
    said = {i["field"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt"}
    assert said == {"objectives.text", "objectives.seq"}


def test_one_objective_with_the_opener_inside_on_a_line_of_its_own_is_left_whole():
    # the same objectives printed one a line, the first holding "เพื่อ" inside: the line break says where it ends
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8").replace(REST, "")
    one = FIRST + " เพื่อให้นักเรียนมีคุณภาพ"
    text = text.replace(f"{FIRST} {SECOND} ", f"\n{one}\n{SECOND}\n")
    rows = _rows(text)
    assert [(o["seq"], o["text"]) for o in rows["objectives"]] == [(1, one), (2, SECOND)]
    assert not any(i["code"] == "items_cut_in_doubt" for i in rows["issues"])


def test_two_objectives_of_a_run_on_form_ocr_wrapped_over_lines_are_cut_and_said():
    # the same form as OCR reads it back: its one line wrapped anywhere, the next heading run on after the second
    # objective's last words on their line (the second opens inside a line, the first opens one: before, a list
    # one objective a line with "เพื่อ" inside one)
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8").replace(REST, "")
    wrapped = f"{FIRST[:40]}\n{FIRST[40:]} {SECOND[:30]}\n{SECOND[30:]} 1.5"
    assert f"{FIRST} {SECOND} 1.5" in text
    text = text.replace(f" {FIRST} {SECOND} 1.5", f"\n{wrapped}")
    rows = _rows(text)
    assert [o["seq"] for o in rows["objectives"]] == [1, 2]
    assert rows["objectives"][1]["text"].startswith("เพื่อเป็นต้นแบบ")
    said = {i["field"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt"}
    assert said == {"objectives.text", "objectives.seq"}


def test_two_objectives_on_their_heading_s_line_of_a_form_run_on_section_by_section_are_cut_and_said():
    # each section on a line of its own, its text on its heading's line ("1.4 วัตถุประสงค์ของโครงการ เพื่อ...
    # เพื่อ..."): no other section shares the objectives' line, but the list stands on its heading's line, so no
    # line break says where an objective ends (set s43z, a clean BMA progress form: two read as one, silent)
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8").replace(REST, "")
    for heading in ("1.4 วัตถุประสงค์", "1.5 เป้าหมาย"):
        assert f" {heading}" in text
        text = text.replace(f" {heading}", f"\n{heading}", 1)
    assert any(ln.startswith("1.4 ") and ln.endswith(SECOND) for ln in text.splitlines())
    rows = _rows(text)
    assert [(o["seq"], o["text"]) for o in rows["objectives"]] == [(1, FIRST), (2, SECOND)]
    said = {i["field"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt"}
    assert said == {"objectives.text", "objectives.seq"}


def test_two_objectives_on_their_heading_s_line_as_ocr_wrapped_them_are_cut_and_said():
    # the same section as OCR wraps it: the first objective opens on the heading's line, the second inside a
    # wrapped line, and no line after the heading's opens an objective, so the wrap is no list's layout (fresh
    # set s99q, bma_progress_s99q004: two read as one, the second lost, silent)
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8").replace(REST, "")
    for heading in ("1.4 วัตถุประสงค์", "1.5 เป้าหมาย"):
        text = text.replace(f" {heading}", f"\n{heading}", 1)
    text = text.replace(f"{FIRST} {SECOND}", f"{FIRST[:60]}\n{FIRST[60:]} {SECOND[:30]}\n{SECOND[30:]}", 1)
    rows = _rows(text)
    assert [o["seq"] for o in rows["objectives"]] == [1, 2]
    assert rows["objectives"][1]["text"].startswith("เพื่อเป็นต้นแบบ")
    said = {i["field"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt"}
    assert said == {"objectives.text", "objectives.seq"}
