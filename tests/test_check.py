"""`raingan check`'s comparisons: strict and soft, specs, project pairing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.check import Counts, pair_projects, parse_min, CheckError, value_matches


@pytest.mark.parametrize("spec, actual, strict, soft", [
    ("2474000.00", Decimal("2474000.00"), True, True),
    ("2474000.00", Decimal("2474000.50"), False, False),
    ("2017-10-31", date(2017, 10, 31), True, True),
    (5.0, 5.0, True, True),
    (5.0, 5.004, True, True),
    (5.0, 6.0, False, False),
    (True, True, True, True),
    (True, 1, False, False),
    (None, None, True, True),
    (None, "x", False, False),
    ("ด้านที่ ๓ - มหานคร", "ด้านที่ 3 - มหานคร", False, True),  # digit scripts
    ("ค่าอาหารฯ", "ค่า อาหารฯ", False, True),  # spacing
    ("**ค่าวัสดุ**", "ค่าวัสดุ", False, True),  # markdown
    ("พ.ย. ๖๙ - ก.ค. ๗๐", "พ.ย. ๖๙ – ก.ค. ๗๐", False, True),  # a hyphen and an en dash: one mark
    ("พ.ย. ๖๙ - ก.ค. ๗๐", "พ.ย. ๖๙ ก.ค. ๗๐", False, False),  # ... a mark lost is no match
    ("ค่าวัสดุ", "ค่าวัสด", False, False),  # short text: no fuzzy slack
    ("เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียนสังกัดกรุงเทพมหานคร ด้วยระบบเครือข่าย",
     "เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรยนสังกัดกรุงเทพมหานคร ด้วยระบบเครือขาย", False, True),  # long text, two slips
    ({"one_of": ["นายวุฒิ เตชะชนอก", "นายวุฒิ เตชะนวก"]}, "นายวุฒิ เตชะนวก", True, True),
    ({"startswith": "อยู่ระหว่าง", "contains": ["คำสั่ง"]}, "อยู่ระหว่างการจัดทำคำสั่ง", True, True),
    ({"startswith": "อยู่ระหว่าง", "not_contains": ["คำสั่ง"]}, "อยู่ระหว่างการจัดทำคำสั่ง", False, False),
])
def test_value_matches(spec, actual, strict, soft):
    assert value_matches(spec, actual, soft=False) is strict
    assert value_matches(spec, actual, soft=True) is soft


def test_person_names_softly_with_or_without_title():
    assert value_matches("นายณัฐ คงชนะมงคล", "ณัฐ คงชนะมงคล", soft=True, column="owner_name")
    assert not value_matches("นายณัฐ คงชนะมงคล", "ณัฐ คงชนะมงคล", soft=False, column="owner_name")
    assert value_matches("นางสาวบุษราคม ศรีจันทร์", "บุษราคม ศรีจันทร์", soft=True, column="coordinator_name")
    assert not value_matches("นายณัฐ คงชนะมงคล", "ณัฐ คงชนะมงคล", soft=True, column="name")  # not a person column


def test_projects_pair_by_code_then_name():
    specs = [{"project_code": "09000000-3863", "name": "ก"}, {"name": "โครงการพัฒนาคุณภาพเครือข่ายโรงเรียน"}]
    rows = [{"project_code": None, "name": "โครงการพัฒนาคุณภาพเครือข่ายโรงเรยน", "project_key": "b"},
            {"project_code": "09000000-3863", "name": "ข", "project_key": "a"}]
    pairs = pair_projects(specs, rows)
    assert pairs[0]["project_key"] == "a" and pairs[1]["project_key"] == "b"
    assert pair_projects([{"name": "โครงการหนึ่ง"}], [{"name": "อะไรก็ไม่รู้", "project_key": "x"}])[0]["project_key"] == "x"
    assert pair_projects([{"name": "โครงการหนึ่ง"}, {"name": "สอง"}], [{"name": "อะไร", "project_key": "x"}]) == {}


def test_counts_and_min():
    c = Counts()
    for outcome in ("ok", "ok", "wrong", "missing", "extra"):
        c.add(outcome)
    assert (c.tp, c.fp, c.fn) == (2, 2, 2) and c.f1 == pytest.approx(0.5)
    assert parse_min("0.99") == parse_min("99") == pytest.approx(0.99)
    with pytest.raises(CheckError):
        parse_min("abc")


def test_a_miss_is_flagged_by_an_issue_naming_its_column_or_its_table_at_its_lines():
    """An issue naming `table.column` covers that column anywhere in its
    project; one naming only the table covers the rows it stands at (or a
    row without lines), not every value of the table."""
    from pipeline.check import _Issues

    issues = _Issues([
        {"project_key": "p", "field": "progress_reports.disbursed", "line_start": 90, "line_end": 90},
        {"project_key": "p", "field": "expenses", "line_start": 40, "line_end": 41},
        {"project_key": None, "field": "documents.n_copies", "line_start": None, "line_end": None},
    ])
    assert issues.names_field("p", "progress_reports", "disbursed", (10, 12))  # the column, elsewhere
    assert not issues.names_field("p", "progress_reports", "report_date", (10, 12))
    assert issues.names_field("p", "expenses", "amount", (41, 43))  # the table, at the row's lines
    assert not issues.names_field("p", "expenses", "amount", (60, 61))  # the table, another row
    assert issues.names_field("p", "expenses", "amount", (None, None))  # a row that was not read
    assert not issues.names_field("q", "expenses", "amount", (41, 43))  # another project
    assert issues.names_field("q", "documents", "n_copies", (1, 2))  # the document's own issue
    assert issues.names_field("p", "progress_reports", None, (90, 95))  # a whole row: any column at its lines
    assert not issues.names_field("p", "progress_reports", None, (10, 12))


def test_a_column_issue_at_another_row_does_not_flag_a_miss_here():
    from pipeline.check import _Issues

    issues = _Issues([{"project_key": "p", "field": "progress_reports.description", "line_start": 90, "line_end": 91}])
    assert issues.names_field("p", "progress_reports", "description", (10, 12))  # in the project
    assert not issues.names_field("p", "progress_reports", "description", (10, 12), here=True)  # not at this row
    assert issues.names_field("p", "progress_reports", "description", (88, 90), here=True)
    assert issues.names_field("p", "progress_reports", "description", (None, None), here=True)


def test_a_project_whose_code_ocr_lost_or_slipped_pairs_by_its_name_and_a_far_code_does_not():
    """An expected project with a code pairs with a read project whose name
    is only like its own (OCR garbled a word) when the read code is lost or
    within CODE_SLIPS edits of it (a digit more, less or misread): the same
    project with its code wrong, scored field by field, not all its facts
    missing and another project's extra.  A read code further off is
    another project, however alike the names (sibling projects named for
    their districts); an exact code pairs first."""
    spec = {"project_code": "50560000-3094", "name": "ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)"}
    garbled = "ส่งเสริมการจัดการเรียนรู้เชิงรุก (%6ปง@ Learning)"
    assert pair_projects([spec], [{"project_code": None, "name": garbled, "project_key": "x"},
                                  {"project_code": "50350000-8682", "name": "อื่น", "project_key": "y"}]
                         )[0]["project_key"] == "x"
    assert pair_projects([spec], [{"project_code": "505600000-3094", "name": garbled, "project_key": "x"},
                                  {"project_code": "50350000-8682", "name": "อื่น", "project_key": "y"}]
                         )[0]["project_key"] == "x"
    assert pair_projects([spec], [{"project_code": "50350000-8682", "name": garbled, "project_key": "x"},
                                  {"project_code": "50350000-8683", "name": "อื่น", "project_key": "y"}]) == {}
    siblings = [{"project_code": "50550000-2128", "name": "พัฒนาศักยภาพผู้บริหาร สังกัดสำนักงานเขตราษฎร์บูรณะ"},
                {"project_code": "50550000-2129", "name": "พัฒนาศักยภาพผู้บริหาร สังกัดสำนักงานเขตลาดพร้าว"}]
    rows = [{"project_code": "50550000-2129", "name": siblings[1]["name"], "project_key": "b"},
            {"project_code": "50550000-2128", "name": siblings[0]["name"], "project_key": "a"}]
    pairs = pair_projects(siblings, rows)
    assert pairs[0]["project_key"] == "a" and pairs[1]["project_key"] == "b"


def _expense(seq, item, amount, **more):
    return {"report_seq": 1, "seq": seq, "item": item, "amount": amount, **more}


def test_child_rows_after_a_lost_row_pair_by_what_they_hold():
    from pipeline.check import pair_child_rows
    specs = [_expense(1, "ค่าอาหาร", "100.00"), _expense(2, "ค่าเอกสาร", "200.00"), _expense(3, "ค่าที่พัก", "300.00")]
    # the parser lost the first line: its rows 1 and 2 hold the document's lines 2 and 3
    rows = [_expense(1, "ค่าเอกสาร", "200.00", line_start=5), _expense(2, "ค่าที่พัก", "300.00", line_start=6)]
    pairs = pair_child_rows("expenses", specs, rows)
    assert 0 not in pairs and pairs[1] is rows[0] and pairs[2] is rows[1]


def test_child_rows_align_in_their_running_order_not_their_lines():
    from pipeline.check import pair_child_rows
    specs = [_expense(1, "ค่าอาหาร", "100.00"), _expense(2, "ค่าเอกสาร", "200.00"), _expense(3, "ค่าที่พัก", "300.00")]
    # the copies' vote took row 1 from the second copy (a later line) and row 2 from the first: the first
    # line was lost, rows 1 and 2 hold the document's lines 2 and 3
    rows = [_expense(1, "ค่าเอกสาร", "200.00", line_start=250), _expense(2, "ค่าที่พัก", "300.00", line_start=115)]
    pairs = pair_child_rows("expenses", specs, rows)
    assert 0 not in pairs and pairs[1] is rows[0] and pairs[2] is rows[1]


def test_child_rows_pair_by_key_where_the_alignment_is_no_better():
    from pipeline.check import pair_child_rows
    specs = [_expense(1, "ค่าอาหาร", "100.00"), _expense(2, "ค่าเอกสาร", "200.00"), _expense(3, "ค่าที่พัก", "300.00")]
    rows = [_expense(1, "ค่าอาหาร", "100.00", line_start=1), _expense(2, "ค่าวัสดุ", "999.00", line_start=2),
            _expense(3, "ค่าที่พัก", "300.00", line_start=3)]
    pairs = pair_child_rows("expenses", specs, rows)
    assert [pairs[i] for i in range(3)] == rows  # a wrong row stays paired with its number: its facts count wrong
    # two entries' lines never pair across entries, and a printed report number pairs by key only
    other = [{**_expense(1, "ค่าเอกสาร", "200.00"), "report_seq": 2, "line_start": 9}]
    assert pair_child_rows("expenses", specs[1:2], other) == {}
    assert pair_child_rows("progress_reports", [{"seq": 1, "description": "x"}], [{"seq": 2, "description": "x"}]) == {}
