"""The BMA progress form's targets heading (1.5 เป้าหมายของโครงการ) OCR lost whole at a page's break (fresh set
s68z, bma_progress_s68z006): the targets' groups stood under the objectives and were read as objectives 6 to 8,
the targets lost.  A line under the objectives that opens with a target group's label ("๑. ด้านปริมาณ") opens the
targets (read._targets_under_objectives), said label_inferred on targets; an objective that names a group's words
inside its text opens nothing."""

from pathlib import Path

from parsers.values import opens_with_kind_label
from pipeline.stages import process_document

SAMPLE = Path(__file__).parent.parent / "samples" / "000_54d7a76ee7e0d007.txt"
HEADING = "**1.5 เป้าหมายของโครงการ..**"


def test_targets_whose_heading_was_lost_open_at_their_first_group_label():
    text = SAMPLE.read_text(encoding="utf-8")
    clean = process_document("a.txt", text.encode("utf-8"))
    assert text.count(HEADING) == 2 and clean["targets"]
    rows = process_document("a.txt", text.replace(HEADING, "").encode("utf-8"))
    assert [t["text"] for t in rows["targets"]] == [t["text"] for t in clean["targets"]]
    assert [o["text"] for o in rows["objectives"]] == [o["text"] for o in clean["objectives"]]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "targets"]
    assert said
    assert not [i for i in clean["issues"] if i["code"] == "label_inferred" and i["field"] == "targets"]


def test_only_a_label_opening_its_line_opens_the_targets():
    assert opens_with_kind_label("๑. ด้านปริมาณ")
    assert opens_with_kind_label("lb. ด้านคุณภาพ")  # its number OCR damaged
    assert not opens_with_kind_label("เพื่อพัฒนาครู ด้านคุณภาพ การสอน")
    assert not opens_with_kind_label("2. เพื่อพัฒนาคุณภาพการศึกษา")
