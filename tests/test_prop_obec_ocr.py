"""OCR damage on BMA proposals and OBEC reports: classes of layout and
damage the generated sets show after OCR, each on a hand-made or modified
copy of a sample's text."""

from __future__ import annotations

import json
from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import ROOT
from tests.conftest import sample_text

PROPOSAL = "002_e5b5a9d4d9adb57c.txt"


def run(text: str, name: str = "doc.txt") -> dict:
    return process_document(name, text.encode("utf-8"))


def test_a_budget_line_whose_amount_ocr_prefixed_with_a_letter_is_still_a_line():
    """"เป็นเงิน ใ๓๙,๓๐๐.-บาท": a speck OCR read as a Thai letter before the
    amount's figure; the line is read (not lost, which would shift every
    later line's number), its amount taken from its digits."""
    text = sample_text(PROPOSAL).replace("เป็นเงิน 39,300.-บาท", "เป็นเงิน ใ39,300.-บาท")
    rows = run(text)
    got = [(e["seq"], e["quantity"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert got == [(1, Decimal("2.00"), Decimal("15100.00"), Decimal("30200.00")),
                   (2, Decimal("3.00"), Decimal("13100.00"), Decimal("39300.00"))]


# ---------------------------------------------------------------- OBEC report printed as running text

ONE_LINE = ROOT / "tests" / "corpus" / "clean" / "obec_progress_006.txt"  # the report on one line


def _titles(rows: dict) -> list[tuple[str, int, str]]:
    return sorted((p["plan_status"], p["group_seq"], p["name"][:20]) for p in rows["projects"])


def test_running_text_titles_whose_numbers_ocr_damaged_are_read():
    """A report on one line, as OCR reads it back: the first title after a
    group's header with its number read as Latin letters ("or"), a number
    OCR spaced ("3. 2") and one that lost its dot ("31" for 3.1); each is
    still a project (no project's text runs into the one before), and the
    reporter's signature whose dotted line OCR read as digits is not part of
    the last title."""
    clean = ONE_LINE.read_text(encoding="utf-8")
    damaged = (clean.replace("ดังนี้ 1. โครงการฝึก", "ดังนี้ or โครงการฝึก")
               .replace("3.1 โครงการพัฒนาสม", "31 โครงการพัฒนาสม")
               .replace("3.2 โครงการส่งเสริมสุข", "3. 2 โครงการส่งเสริมสุข")
               .replace("ลงชื่อ..............................................ผู้รายงาน",
                        "ลงชื่อ2266๑6๑6๑๐496565696363636258 ผู้รายงาน"))
    assert damaged.count("or โครงการ") == damaged.count("31 โครงการ") == damaged.count("3. 2 โครงการ") == 1
    a, b = run(clean), run(damaged)
    assert _titles(b) == _titles(a) and len(a["projects"]) == 6
    last = next(p for p in b["projects"] if p["plan_status"] == "not_started" and p["group_seq"] == 2)
    assert "ลงชื่อ" not in last["name"] and last["name"].endswith("นันทนาการ")
    for table in ("targets", "activities", "findings", "alignments"):
        assert len(b[table]) == len(a[table]), table


def test_a_project_whose_title_is_lost_is_flagged_at_its_groups_lines():
    """A title OCR damaged past reading ("โครงการ" itself garbled): its
    project's text runs into the project before. The summary's count for
    the group says one is missing; the loss is an issue about the projects
    table at the lines of that group's projects, not only at the summary."""
    clean = ONE_LINE.read_text(encoding="utf-8")
    damaged = clean.replace("2. โครงการรับนักเรียน", "2. โศรงการรับนักเรียน")
    assert damaged != clean
    rows = run(damaged)
    assert [p["group_seq"] for p in rows["projects"] if p["plan_status"] == "in_progress"] == [1, 3]
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert issue["project_key"] is None
    assert json.loads(issue["evidence"])["status"] == "in_progress"
    assert issue["line_start"] == 1 and issue["line_end"] == 1  # the report is one line
    assert not [i for i in run(clean)["issues"] if i["code"] == "project_unread"]


# ---------------------------------------------------------------- proposal budget table read down its columns

def _reading_line(q: str, e: str, a: str | None) -> dict:
    from parsers.bma_proposal.money import amount_or_none
    from schemas.document import Reading
    figures = (("quantity", q), ("unit_amount", e)) + ((("amount", a),) if a is not None else ())
    return {n: Reading(amount_or_none(t), t, 1, 1) for n, t in figures}


def test_the_amount_columns_header_cells_inside_a_clause_do_not_lose_the_line():
    """OCR read the table down its columns: the amount column's header cells
    ("จำนวน", "เงิน") and the category's amount stand between a clause's
    "เป็นเงิน" and its figure. The header cells are left out, so the line is
    read (item, quantity, unit amount), its amount the figure that follows."""
    from parsers.bma_proposal.budget import expense_stream, read_expenses
    from schemas.document import Line

    cells = ["ค่าวัสดุในการจัดกิจกรรม", "- โรงเรียน", "ขนาดใหญ่", "จำนวน 4", "โรงเรียนๆ ละ", "15,100 บาท", "เป็นเงิน",
             "จำนวน", "เงิน", "72,400", "บาท", "- โรงเรียนขนาดเล็ก จำนวน 2 โรงเรียนๆ ละ", "6,000 บาท เป็นเงิน 12,000 บาท"]
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    found = read_expenses(expense_stream(lines, ""))
    assert [(e.item, e.qty, e.each, e.amount) for e in found] == [
        ("โรงเรียน ขนาดใหญ่", "4", "15,100", "72,400"), ("โรงเรียนขนาดเล็ก", "2", "6,000", "12,000")]


def test_an_amount_that_is_none_of_the_products_readings_is_chosen_only_by_the_total():
    """A line whose amount OCR lost or read from another column: the
    product of its printed figures is one more reading, which the total
    may choose (a repair); without a total nothing is chosen."""
    from parsers.bma_proposal.money import repair_lines

    lines = [_reading_line("4", "15,100", "72,400"), _reading_line("2", "6,000", "12,000")]
    issues = repair_lines(lines, None)
    assert lines[0]["amount"].value == Decimal("72400.00") and "value_repaired" not in {i.code for i in issues}
    lines = [_reading_line("4", "15,100", "72,400"), _reading_line("2", "6,000", "12,000")]
    issues = repair_lines(lines, Decimal("72400"))  # 60,400 + 12,000
    assert lines[0]["amount"].value == Decimal("60400.00")
    assert [json.loads(i.evidence)["rule"] for i in issues if i.code == "value_repaired"] == ["sum"]
    lines = [_reading_line("4", "15,100", None), _reading_line("2", "6,000", "12,000")]
    repair_lines(lines, None)
    assert "amount" not in lines[0] or lines[0]["amount"].value is None  # the product alone never fills it


def test_running_text_titles_whose_numbers_are_symbols_or_specked_are_read():
    """More of what OCR makes of a title's number in running text: a
    symbol ("¢." for ๔.), letters and a dot ("o.d" for ๓.๖), a tab and a
    stray tone mark between the number and the title ("1.\\t๊ โครงการ")."""
    clean = ONE_LINE.read_text(encoding="utf-8")
    damaged = (clean.replace("ดังนี้ 1. โครงการฝึก", "ดังนี้ 1.\t\u0e4a โครงการฝึก")
               .replace("2. โครงการรับนักเรียน", "¢. โครงการรับนักเรียน")
               .replace("3.1 โครงการพัฒนาสม", "o.d โครงการพัฒนาสม"))
    assert damaged.count("¢. โครงการ") == damaged.count("o.d โครงการ") == 1
    a, b = run(clean), run(damaged)
    assert _titles(b) == _titles(a)
    for table in ("targets", "activities", "findings", "alignments"):
        assert len(b[table]) == len(a[table]), table


def test_a_kpi_target_value_without_its_figure_is_flagged():
    """"ร้อยละ" with its figure lost to OCR: kept as read, and said."""
    text = sample_text(PROPOSAL)
    assert text.count("\tร้อยละ\n95\n") == 1
    rows = run(text.replace("\tร้อยละ\n95\n", "\tร้อยละ\n"))
    (kpi,) = [t for t in rows["targets"] if t["kind"] == "indicator"]
    assert kpi["target_value"] == "ร้อยละ"
    assert [i["code"] for i in rows["issues"] if i["field"] == "targets.target_value"] == ["missing_value"]
    assert not [i for i in run(text)["issues"] if i["field"] == "targets.target_value"]


def test_an_unreadable_fiscal_year_leaves_both_year_columns_flagged():
    """No fiscal year read anywhere: fiscal_year_be and the fiscal_year
    read from it are both empty, and both are named."""
    import regex

    text = regex.sub(r"[๒2][๕5][๖6][๙9]", "????", sample_text(PROPOSAL))
    rows = run(text)
    assert rows["projects"][0]["fiscal_year_be"] is None and rows["projects"][0]["fiscal_year"] is None
    named = {i["field"] for i in rows["issues"] if i["code"] == "missing_field"}
    assert {"projects.fiscal_year_be", "projects.fiscal_year"} <= named


def test_a_field_every_proposal_prints_but_none_was_read_is_flagged():
    """The project type's label lost to OCR: the column is empty, and an
    issue says so (not a silent null)."""
    text = sample_text(PROPOSAL)
    line = next(ln for ln in text.split("\n") if "ประเภทโครงการ" in ln)
    rows = run(text.replace(line + "\n", ""))
    assert rows["projects"][0]["project_type"] is None
    assert [i["code"] for i in rows["issues"] if i["field"] == "projects.project_type"] == ["missing_value"]
    assert not [i for i in run(text)["issues"] if i["code"] == "missing_value" and i["field"].startswith("projects.")]


def _one_line_and_damaged(printed: str, read: str) -> tuple[dict, dict]:
    """The one-line OBEC report's rows as printed, and with `printed` read as `read`."""
    clean = ONE_LINE.read_text(encoding="utf-8")
    damaged = clean.replace(printed, read)
    assert damaged != clean
    return run(clean), run(damaged)


def _results(rows: dict) -> list[tuple[int, int, str]]:
    return [(f["quarter"], f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "result"]


def test_running_text_heading_whose_year_ocr_read_as_letters_still_ends_there():
    """"...ประจำไตรมาสที่ 1 ปีงบประมาณ weve ผลการดำเนินงาน ...": the findings
    heading's period tail ends at the year OCR read as letters, so the
    results block that follows it is still cut out and read."""
    a, b = _one_line_and_damaged("ปีงบประมาณ 2565 ผลการดำเนินงาน", "ปีงบประมาณ weve ผลการดำเนินงาน")
    assert _results(b) == _results(a) and _results(a)


def test_running_text_heading_with_a_letter_ocr_added_is_still_a_heading():
    """"ผลการตดำเนินงานต่อเป้าหมายของแผนย่อย": a long heading with one
    letter OCR added is still where an alignment starts (one changed was
    already); a heading printed right is not cut a letter off."""
    a, b = _one_line_and_damaged("ผลการดำเนินงานต่อเป้าหมายของแผนย่อย", "ผลการตดำเนินงานต่อเป้าหมายของแผนย่อย")
    rows = lambda r: [(x["quarter"], x["seq"], x["text"]) for x in r["alignments"]]
    assert rows(b) == rows(a)


def test_running_text_results_heading_with_a_letter_ocr_changed_opens_the_results():
    """"ผลการดำเหินงาน" right after a findings heading: the results heading
    with one letter OCR changed still opens the results block (it is cut
    only there, as the printed one is)."""
    a, b = _one_line_and_damaged("ปีงบประมาณ 2565 ผลการดำเนินงาน", "ปีงบประมาณ 2565 ผลการดำเหินงาน")
    assert _results(b) == _results(a) and _results(a)


def test_a_list_whose_first_number_ocr_read_as_a_letter_splits_into_its_items():
    """"o. ครูผู้สอน... ๒. การบริหาร...": the first item's ๑. read as "o.";
    the second item's "๒." says the list is numbered, so it is two items.
    Without a second "๒." nothing is changed."""
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    got = items_of([Line(5, "o. ครูผู้สอนนำความรู้ไปใช้ ๒. การบริหารจัดการมีประสิทธิภาพ")])
    assert [t for t, _, _ in got] == ["ครูผู้สอนนำความรู้ไปใช้", "การบริหารจัดการมีประสิทธิภาพ"]
    alone = items_of([Line(5, "o. ครูผู้สอนนำความรู้ไปใช้")])
    assert [t for t, _, _ in alone] == ["o. ครูผู้สอนนำความรู้ไปใช้"]


def test_a_list_whose_first_number_ocr_lost_leaving_its_mark_splits_into_its_items():
    """". ครูที่... / lo. ผู้บริหาร...": the first item's number lost, its dot
    left; a later line opening with a number (here ๒ read "lo") and the same
    mark says the list is numbered.  A Thai abbreviation ("สพป.") is no
    number: without one nothing is changed."""
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    got = items_of([Line(5, ". ครูที่ทำหน้าที่ได้รับการพัฒนา"), Line(7, "lo. ผู้บริหารสถานศึกษา จำนวน 23 คน"),
                    Line(8, "เข้าร่วมการประชุม")])
    assert got == [("ครูที่ทำหน้าที่ได้รับการพัฒนา", 5, 5), ("ผู้บริหารสถานศึกษา จำนวน 23 คน เข้าร่วมการประชุม", 7, 8)]
    alone = items_of([Line(5, ". ครูที่ทำหน้าที่ได้รับการพัฒนา"), Line(6, "สพป. บุรีรัมย์ เขต 3 จัดอบรม")])
    assert len(alone) == 1


def test_a_page_number_ocr_garbled_past_the_clean_up_is_no_item_of_a_list():
    """"หนา ฒ/๓๓" (หน้า ๕/๓๓, its page digit read as a letter) before a
    numbered list of results: furniture, not the list's first item."""
    from parsers.obec_progress.lists import is_page_left
    from tests.test_obec_ocr import report, run

    listed = "หนา ฒ/๓๓\n๑) ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด\n๒) ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ"
    rows = run(report().replace("ได้ดำเนินการครบตามแผนที่กำหนด", listed, 1))
    results = [f["text"] for f in rows["findings"] if f["kind"] == "result"]
    assert results[:2] == ["ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด", "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ"]
    assert is_page_left("win ฒ/1๕") and not is_page_left("ร้อยละ ๘๐ ของผู้เข้าร่วม")


def test_inline_item_marks_ocr_doubled_or_dropped_are_mended():
    """A numbered list printed as running text: "3) 3)" (a mark read twice)
    is one mark, and a number that lost its mark between "1)" and "3)" is
    item 2; a figure of the lead sentence ("เขต 2 ได้...") is left alone."""
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    text = ("สพป.เพชรบูรณ์ เขต 2 ได้ดำเนินการขับเคลื่อน ดังนี้ 1) ได้ดำเนินการนิเทศ จำนวน 128 โรงเรียน "
            "2 ผู้เข้าร่วมกิจกรรมมีความรู้ 3) 3) ได้ดำเนินการประชุม")
    got = [t for t, _, _ in items_of([Line(1, text)])]
    assert got == ["สพป.เพชรบูรณ์ เขต 2 ได้ดำเนินการขับเคลื่อน ดังนี้", "ได้ดำเนินการนิเทศ จำนวน 128 โรงเรียน",
                   "ผู้เข้าร่วมกิจกรรมมีความรู้", "ได้ดำเนินการประชุม"]


def test_an_alignment_heading_lost_between_two_printed_is_flagged():
    """The form prints its alignment headings in order (national strategy,
    master plan, sub-plan, NESDP): one OCR garbled past reading between two
    that were read is said at the round's alignment lines; its text runs
    into the row before."""
    clean = ONE_LINE.read_text(encoding="utf-8")
    damaged = clean.replace("ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น", "ชาติ พชวา รณ์ เซ 2 ตําเป็น", 1)
    assert damaged != clean
    issues = [i for i in run(damaged)["issues"] if i["field"] == "alignments"]
    assert [i["code"] for i in issues] == ["missing_value"] and "plan_master_plan" in issues[0]["message"]
    assert not [i for i in run(clean)["issues"] if i["field"] == "alignments"]
