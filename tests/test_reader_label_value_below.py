"""A label that closes its line with its value at the start of the line
under it (a form OCR flowed as paragraphs: "... ชื่อโครงการ รหัสโครงการ..." /
": 09000000-1234 ปีงบประมาณ พ.ศ. : 2563"): the value, told by its shape, is
the label's (reader._shaped_event), not the field seen again that would
start a new copy and cut the form's head (its name) from the rest."""
from __future__ import annotations

from tests.test_repair import form, read


def test_a_code_under_its_label_is_the_labels_value_and_the_form_stays_one_copy():
    text = form()
    head = "ชื่อโครงการ/กิจกรรม : โครงการทดสอบการซ่อมค่า\nรหัสโครงการ : 09000000-1234\nปีงบประมาณ พ.ศ. : 2563\n"
    assert head in text
    rows = read(text.replace(head, "ชื่อโครงการ/กิจกรรม : โครงการทดสอบการซ่อมค่า รหัสโครงการ...\n"
                                   ": 09000000-1234 ปีงบประมาณ พ.ศ. : 2563\n"))
    assert len(rows["projects"]) == 1
    project = rows["projects"][0]
    assert project["project_code"] == "09000000-1234"
    assert project["name"] == "โครงการทดสอบการซ่อมค่า"
    assert project["fiscal_year_be"] == 2563
