"""Two header fields printed on one line, wrapped by OCR's page right after
the second's label: the label ends the first line, with no separator and no
value after it, and its value opens the next line after the separator
("ชื่อผู้รับผิดชอบ : ... โทร 3484      ผู้ประสานงาน สยป" / ": นายณัฐ ... 1546",
"สิ้นสุดโครงการ : ...      งบประมาณที่ใช้ไป" / ": 171,600 บาท").  Inside a line
a label wants a separator or a gap after it, so the second label opened
nothing: the first field took it and the value under it as its own (the
owner's name ran on into the coordinator's, the coordinator was lost), or
the value was left as text.  Now the label is moved onto the line of its
value (parsers.bma_progress.read._labels_wrapped).  A label's words ending a
line whose next line opens with no separator stay where they are."""

from __future__ import annotations

from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"
OWNER = "ชื่อผู้รับผิดชอบ... : นางสาวบุษราคม ศรีจันทร์ 3484"
COORDINATOR = "ผู้ประสานงาน สยป : นายณัฐ คงชนะมงคล 1546"
END = "สิ้นสุดโครงการ : 2020-09-30 00:00:00"
SPENT = "งบประมาณที่ใช้ไป : 171,600 บาท"


def _project(text: str) -> dict:
    return process_document("001.txt", text.encode("utf-8"))["projects"][0]


def _source() -> str:
    source = sample_text(SAMPLE)
    assert f"{OWNER}\n\n{COORDINATOR}\n" in source and f"{END}\n\n{SPENT}\n" in source
    return source


def test_a_person_label_ending_the_line_above_its_value_opens_that_field():
    text = _source().replace(f"{OWNER}\n\n{COORDINATOR}\n",
                             f"{OWNER}      ผู้ประสานงาน สยป\n: นายณัฐ คงชนะมงคล 1546\n")
    project = _project(text)
    assert (project["owner_name"], project["owner_phone"]) == ("นางสาวบุษราคม ศรีจันทร์", "3484")
    assert (project["coordinator_name"], project["coordinator_phone"]) == ("นายณัฐ คงชนะมงคล", "1546")


def test_the_label_after_the_name_with_no_gap_and_the_owner_second():
    # the coordinator first, the owner's label right after the phone (one space), OCR's marks lost
    text = _source().replace(f"{OWNER}\n\n{COORDINATOR}\n",
                             f"{COORDINATOR} ชือผู้รับผิดชอบ\n: นางสาวบุษราคม ศรีจันทร์ 3484\n")
    project = _project(text)
    assert (project["owner_name"], project["owner_phone"]) == ("นางสาวบุษราคม ศรีจันทร์", "3484")
    assert (project["coordinator_name"], project["coordinator_phone"]) == ("นายณัฐ คงชนะมงคล", "1546")


def test_an_amount_label_ending_the_line_above_its_value():
    text = _source().replace(f"{END}\n\n{SPENT}\n", f"{END}       งบประมาณที่ใช้ไป\n: 171,600 บาท\n")
    project = _project(text)
    assert project["budget_spent"] == Decimal("171600.00")
    assert str(project["end_date"]) == "2020-09-30"


def test_a_label_s_words_over_a_line_opening_with_no_separator_stay():
    # "... ประจำปีงบประมาณ" / "พ.ศ. 2563": the name's own words, no label moved (the name keeps them)
    source = _source()
    name = _project(source)["name"]
    assert name and not name.endswith("ปีงบประมาณ")
    first = next(line for line in source.splitlines() if line.startswith("ชื่อโครงการ/กิจกรรม"))
    text = source.replace(first, f"{first} ประจำปีงบประมาณ\nพ.ศ. 2563", 1)
    project = _project(text)
    assert project["name"].startswith(name) and project["name"].endswith("ปีงบประมาณ พ.ศ. 2563")
    assert project["fiscal_year_be"] == 2563
