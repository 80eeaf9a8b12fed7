"""An OBEC list printed as a lead ("สพป... โดยกำหนดการดำเนินงานดังนี้", the
list's first item, unnumbered) and its items numbered in a column OCR read
apart ("๑." / "๒." / "๓." on lines of their own, then the texts), whose
first number OCR read as a digit that reads as no 1 ("9." for ๑.: fresh
set ob24a, obec_progress_ob24a001, four such lists): after a lead, a
column whose first number reads as no 1 was taken to count from 2 (the
lead's item 1 taken for its own), so "9." / "๒." / "๓." read as none of
2, 3, 4, the numbers were not paired with the texts, and the texts ran
into the lead as one item.  Now, after a lead, a column whose other numbers
read as 2, 3, ... from its first counts from 1, its first number the odd
one (lists._odd_number; said, as any odd number: items_cut_in_doubt).  A
column whose numbers read as no sequence stays unpaired."""
from tests.test_obec_ocr import project, report, run

RESULTS = ("ผลการดำเนินงาน\n"
           "สพป.ทดสอบ เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม โดยกำหนดการดำเนินงานดังนี้\n"
           "{numbers}\n"
           "\n"
           "สพป.ทดสอบ เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม ครบตามแผนที่กำหนด\n"
           "\n"
           "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน\n"
           "\n"
           "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๕ โรงเรียน\n")


def results(numbers: str) -> tuple[list[str], list[dict]]:
    text = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n",
                                      RESULTS.format(numbers=numbers))
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    first = rows["projects"][0]["project_key"]
    texts = [f["text"] for f in sorted(rows["findings"], key=lambda f: f["seq"])
             if f["kind"] == "result" and f["project_key"] == first]
    return texts, [i for i in rows["issues"] if i["field"] == "findings" and i["project_key"] == first]


def test_a_column_after_a_lead_whose_first_number_ocr_misread_counts_from_one():
    texts, issues = results("9.\n๒.\n๓.")
    assert texts == ["สพป.ทดสอบ เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม โดยกำหนดการดำเนินงานดังนี้",
                     "สพป.ทดสอบ เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม ครบตามแผนที่กำหนด",
                     "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน",
                     "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๕ โรงเรียน"]
    assert any(i["code"] == "items_cut_in_doubt" for i in issues)  # (the pairing is said to be in doubt)


def test_a_column_that_reads_as_no_sequence_stays_unpaired():
    texts, issues = results("9.\n๒.\n9.")
    assert len(texts) < 4
    assert any(i["code"] == "missing_row" for i in issues)
