"""A BMA progress form whose section 1.4 heading OCR lost whole (fresh set s97q, bma_progress_s97q001: a page's
running header and debris in its place): the objectives' numbered or bulleted lines, each opening with เพื่อ, stood
under the rationale's and were read as its text, every objective lost and the rationale holding them.  Where the
copy prints sections 1.3's and 1.5's headings, the rationale's line that opens a list of purposes opens the
objectives (read._objectives_under_rationale), said (label_inferred, field objectives).  A sentence of the rationale
that opens with เพื่อ carries no mark, and opens nothing."""

from pathlib import Path

from pipeline.stages import process_document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "001_fdefb2afb18072a2.txt"
OBJECTIVES = ["เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียนสังกัดกรุงเทพมหานคร ด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน",
              "เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการที่เกิดจากการแลกเปลี่ยนเรียนรู้"]


def _read(heading: str, extra: str = "") -> dict:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "1.4 วัตถุประสงค์ของโครงการ\n" in text
    text = text.replace("1.4 วัตถุประสงค์ของโครงการ\n", heading + extra, 1)
    return process_document("heading_lost.txt", text.encode("utf-8"))


def test_the_list_of_purposes_under_the_rationale_is_the_objectives():
    out = _read("")
    texts = [o["text"] for o in sorted(out["objectives"], key=lambda o: o["seq"])]
    assert texts[:2] == OBJECTIVES and len(texts) == 3
    (said,) = [i for i in out["issues"] if i["code"] == "label_inferred" and i["field"] == "objectives"]
    assert "1.4" in said["message"]
    (project,) = out["projects"]
    assert "เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียน" not in project["rationale"]


def test_a_rationale_sentence_opening_with_the_purpose_word_opens_nothing():
    # the heading printed, a rationale's sentence opening with เพื่อ: the objectives as before, the sentence in the
    # rationale
    out = _read("เพื่อให้การพัฒนาเป็นไปอย่างต่อเนื่อง\n\n1.4 วัตถุประสงค์ของโครงการ\n")
    assert [o["text"] for o in sorted(out["objectives"], key=lambda o: o["seq"])][:2] == OBJECTIVES
    assert not [i for i in out["issues"] if i["code"] == "label_inferred" and i["field"] == "objectives"]
    (project,) = out["projects"]
    assert "เพื่อให้การพัฒนาเป็นไปอย่างต่อเนื่อง" in project["rationale"]
