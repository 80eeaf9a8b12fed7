"""A plan heading alone on its line inside a block of lines that OCR read
with wide gaps (parsers.grid folds such a block as a table read side by
side): the heading opens a row, and the paragraph's first line under it,
a wide gap inside it ("ข้าราชการครูและ   บุคลากรทางการศึกษา..."), was folded
into the heading's row, so the plan read the heading and that line, the
text only the line after (shut set q s22q002 project 8: a silent miss).
Now a row opened by a section's heading alone takes no line of several
cells after it: that line opens a row of its own.  A heading's wrapped
tail on a line of one cell still goes with it."""
from tests.test_obec_ocr import project, report, run

PLANS = ("ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น\n"
         "ผู้เรียนได้รับการศึกษาที่มีคุณภาพ   ตามมาตรฐานสากลเพิ่มขึ้น\n"
         "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ\n"
         "ข้าราชการครูและ   บุคลากรทางการศึกษามีการพัฒนาตนเอง\n"
         "และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น\n")


def test_a_heading_alone_in_a_gapped_block_takes_no_line_of_cells_after_it():
    text = project(1, "๒๕๖๗").replace("กำลังคนมีสมรรถนะสูง\n", "กำลังคนมีสมรรถนะสูง\n" + PLANS)
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    plans = [(a["plan"], a["text"]) for a in rows["alignments"] if "ยุทธศาสตร์ชาติ" in a["plan"]]
    assert plans == [("ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ",
                      "ข้าราชการครูและ บุคลากรทางการศึกษามีการพัฒนาตนเอง และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น")]
