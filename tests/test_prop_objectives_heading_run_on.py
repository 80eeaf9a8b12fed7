"""Unnumbered objectives of a form printed on one line, as OCR wrapped it: the objectives' heading ends a line
of the rationale ("... เชิงคุณภาพ 1.4 วัตถุประสงค์ของโครงการ"), the first objective opens the next line and the
second opens inside a wrapped line ("เพื่อติดตาม...อย่าง" / "เป็นระบบ เพื่ออำนวย..."; fresh set s106p,
bma_progress_s106p010).  One opener inside a line and one opening a line looked like a list one objective a
line with "เพื่อ" inside an objective: read as one, the second lost, with no issue naming either.  A heading
that stands on another section's line says the form ran on, so no line break says where an objective ends:
the line is cut where "เพื่อ" opens one, and the cut is said (items_cut_in_doubt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
FIRST = ("เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูและบุคลากรทางการศึกษาได้แสดงศักยภาพและความสามารถ"
         "ในการเรียนการสอนตามกลุ่มสาระและงานที่รับผิดชอบ")
SECOND = "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)"
REST = (" เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการที่เกิดจากการแลกเปลี่ยนเรียนรู้"
        " เพื่อส่งเสริมการพัฒนาศักยภาพผู้บริหารสถานศึกษาของโรงเรียนในสังกัดให้มีประสิทธิภาพ")


def _wrapped() -> str:
    """The corpus form run on in one line, broken as OCR wraps it: the rationale's last words and the objectives'
    heading on one line, the objectives on lines of their own as wrapped, the second opening inside a line, the
    next heading's number ending the last line."""
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8").replace(REST, "")
    assert f" 1.4 วัตถุประสงค์ของโครงการ {FIRST} {SECOND} 1.5 เป้าหมาย" in text
    head = " 1.4 วัตถุประสงค์ของโครงการ"
    wrapped = f"{head}\n{FIRST[:60]}\n{FIRST[60:]} {SECOND[:30]}\n{SECOND[30:]} 1.5\nเป้าหมาย"
    return text.replace(f"{head} {FIRST} {SECOND} 1.5 เป้าหมาย", wrapped, 1)


def test_objectives_under_a_heading_run_on_after_the_rationale_are_cut_and_said():
    rows = process_document("run_on.txt", _wrapped().encode("utf-8"))
    assert [o["seq"] for o in rows["objectives"]] == [1, 2]
    first = rows["objectives"][0]["text"]
    assert first.startswith(FIRST[:30]) and "เพื่อเป็นต้นแบบ" not in first
    assert rows["objectives"][1]["text"].startswith("เพื่อเป็นต้นแบบ")
    said = {i["field"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt"}
    assert said == {"objectives.text", "objectives.seq"}
