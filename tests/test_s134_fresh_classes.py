"""Classes of layout and OCR damage fresh sets s141o and after showed, each
read before with wrong values and nothing naming them:

- a proposal's budget category whose cell wrapped ("ค่าเช่ารถโดยสาร" /
  "ปรับอากาศ"), its amount cell read into its first line one space after
  its words ("ค่าเช่ารถโดยสาร 19,000.-" / "ปรับอากาศ   บาท"): the next
  line's words were read as its end only where the amount stood as a cell
  of its own, so the category was cut to its first line
  (parsers.bma_proposal.budget.read_expenses' _next_line_words,
  _AMOUNT_ENDS_RE);
- the same category where OCR read the table down its columns, the other
  columns' header cells and amount between its two lines ("ค่าเช่ารถโดยสาร"
  ... "ปรับอากาศ   บาท" / "- รถโดยสาร" / "ปรับอากาศ จำนวน 2 ..."): its end
  is the word its item goes on with past the category's words, standing
  alone before the item's bullet (read_expenses' _echoed_end,
  budget.echoed_end; rule category_item_echo);
- a category's row in a budget of item columns, specks of the table's
  rules OCR read under its subtotal joined to it ("ค่าอาหารว่างและ
  ๒,๒๕๐.-   4   4"): it read as an item's row, the subtotal its quantity,
  and the lines under it were numbered one on; and a line of two specks
  read as a figure of two digits and one of one ("๑7  9"), read as an
  item's row not read, numbering the lines under it one on too
  (budget._specks_after_subtotal, _DIGIT_SPECKS_RE);
- a BMA entries table whose first header's number OCR read from a date's
  day ("7" / "29/3/68" under a header row it did not read): the headers
  after it, 3 4 5, were each read as a repeat of a report never read and
  renumbered 8 9 10; a number that repeats no header, below a last number
  no run of headers reaches, stands as printed
  (parsers.bma_progress.assemble._last_unconfirmed);
- a proposal's action plan in a narrow column, a step's cell "งบประมาณ"
  taken for the budget's heading OCR lost, whose steps past a page break
  print wider: the list stopped at the first wider line, and the steps
  after it were read as the budget's text, lost with nothing said; a
  wider line that opens the list's next number goes on with it
  (parsers.bma_proposal.sections._past_list);
- a proposal risk's score read beside a score cell read as none, which
  the level filled: the level checks the two scores' product only, so
  which of them the one read is rests on OCR's order of the cells; it is
  said (unchecked_value, parsers.bma_proposal.risks._score_by_level);
- a dash after a proposal period's end, a speck of the table's rule
  ("ต.ค. 66 - ส.ค. 67     -"): kept in the period's text with nothing
  said (parsers.bma_proposal.fields.period, _TRAILING_DASH_RE);
- a proposal budget line, its clause read across lines, whose จำนวน OCR
  misread past reading ("MUI ๕ โรงเรียนๆ ละ ...") or whose quantity it read
  as no figure ("จำนวน © โรงเรียนๆ ละ ..."): the line was lost and the
  lines under it numbered one short; its per-unit clause, the unit
  repeated before ละ, tells it (parsers.bma_proposal.budget.loose_line,
  _per_unit_line);
- an OBEC list of projects whose head OCR garbled past reading, its rows
  run together with one space, a unit's name or its start where the cell
  wrapped after the title's words ("๑ โครงการพัฒนาระบบการติดตาม
  กลุ่มพัฒนาครูและบุคลากร"): the units ran into the titles, silently; the
  list's unit column is told by such a row, each cut said unsure
  (parsers.obec_progress.read._title_cell, INFERRED_UNITS);
- a running header wrapped over lines, OCR setting blank lines and lines
  of specks between them at some printings: only a wrapped line right
  under the header's was taken, so the rest ran into the text the page
  break cut (a proposal's model, silently); blank and speck lines are
  passed, a line of a label and its colon never taken (a copy's field
  under the form's title: pipeline.clean.mark_header_wraps, _past_filler);
- an OBEC list whose item numbers OCR read as a column apart from its
  texts, every number's mark lost ("1" / "2"): both taken for debris, the
  items read as one and a row lost with nothing said; numbers alone in
  sequence, marks lost, are the column's (parsers.obec_progress.lists.
  may_be_column_number, _first_of_column);
- a proposal KPI row read across on its first line, its value's figure
  not there, then down its columns: the indicator's wrapped words, one
  cell a line, went to the method, the indicator cut to its first word,
  silently; words before the value's figure are the indicator's
  (parsers.bma_proposal.kpis._indicator_wrap_before_figure, Kpi.down)."""

from __future__ import annotations

import json

from parsers.bma_progress.entries import parse_entries
from parsers.bma_proposal.budget import echoed_end, item_columns, loose_line
from parsers.bma_proposal.fields import period
from parsers.bma_proposal.kpis import read_rows
from parsers.bma_proposal.risks import repair_risks
from parsers.bma_proposal.sections import _past_list
from parsers.obec_progress.lists import column_numbers_mended, may_be_column_number
from parsers.reader import Event
from pipeline.clean import mark_header_wraps
from schemas.document import Line, Reading
from tests.conftest import sample_text
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_obec_ocr import report
from tests.test_obec_ocr import run as run_obec

_HEAD = """กิจกรรม                    รายการค่าใช้จ่าย              จำนวน          กฎหมาย ระเบียบที่
เงิน            เกี่ยวข้อง

จัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้
"""
_ITEM = """- รถโดยสาร
ปรับอากาศ จำนวน 2 คันๆ ละ 34,750.-บาท
เป็นเงิน 69,500.-บาท
"""
_GLUED = "ค่าเช่ารถโดยสาร 69,5๐๐.-\nปรับอากาศ         บาท\n"
_DOWN = """ค่าเช่ารถโดยสาร

จำนวน       กฎหมาย ระเบียบที่

เงิน           เกี่ยวข้อง

69,5๐๐.- ระเบียบ

ปรับอากาศ                บาท
"""


def _categories(table: str) -> tuple[list[str], set[str]]:
    text = sample_text(PROPOSAL)
    start, end = text.index("\tกิจกรรม\n"), text.index("\t69,5๐๐.-\n")
    rows = run(text[:start] + table + text[end:])
    rules = {json.loads(i["evidence"]).get("rule") for i in rows["issues"]
             if i["field"] == "expenses.category" and i["code"] == "value_repaired"}
    return [e["category"] for e in rows["expenses"]], rules


def test_a_category_whose_amount_ocr_read_into_its_first_line_takes_its_wrapped_end():
    assert _categories(_HEAD + _GLUED + _ITEM) == (["ค่าเช่ารถโดยสารปรับอากาศ"], {"category_next_line"})


def test_a_category_read_down_its_columns_takes_the_end_its_item_echoes():
    assert _categories(_HEAD + _DOWN + _ITEM) == (["ค่าเช่ารถโดยสารปรับอากาศ"], {"category_item_echo"})


def test_no_word_alone_before_the_item_leaves_the_category_as_read():
    # (the item's own words are no evidence: a category is shorter than its item as often as not)
    down = _DOWN.replace("ปรับอากาศ                บาท\n", "บาท\n")
    assert _categories(_HEAD + down + _ITEM) == (["ค่าเช่ารถโดยสาร"], set())


def test_the_word_an_item_goes_on_with_past_its_categorys_words():
    assert echoed_end("ค่าเช่ารถโดยสาร", "รถโดยสาร ปรับอากาศ") == "ปรับอากาศ"
    assert echoed_end("ค่าเช่ารถโดยสาร", "- รถโดยสารปรับอากาศ ๒ คัน") == "ปรับอากาศ"
    assert echoed_end("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสาร ปรับอากาศ") is None  # (read whole: nothing goes on)
    assert echoed_end("ค่าวัสดุ", "วัสดุสำนักงาน") is None  # (fewer than ECHO_MIN characters echoed)


def _item_rows(lines: list[str]) -> list[tuple[str | None, str, str]]:
    # (the lines as the clean-up gives them: OCR's gaps between cells as tabs, a bullet taken off its line)
    table = [Line(k, "\t".join(text.removeprefix("- ").split("  ")).replace("\t\t", "\t").strip("\t").strip(),
                  bullet=text.startswith("- ")) for k, text in enumerate(lines, start=130)]
    unread: list[tuple[str, int, int, bool]] = []
    found, _ = item_columns(table, [], unread)
    return [(e.category, e.item, e.amount) for e in found] + [("unread", t, "") for t, *_ in unread]


_ROWS = ["รายการ  จำนวน  หน่วย  ราคาต่อ  จำนวนเงิน", "หน่วย  (บาท)", "บาท)",
         "ค่าอาหารว่างและ  ๒,๒๕๐.-", "เครื่องดื่ม",
         "- ผู้เข้ารับการอบรม  64 คน  ๓๕.-  ๒,2๕๐.-",
         "ค่าวัสดุสำนักงาน  ๗,๐๐๐.-",
         "วัสดุสำนักงานและวัสดุ  20 ชุด  350.-  7,000.-"]


def test_specks_ocr_joined_to_a_categorys_row_leave_it_a_category():
    # (fresh set s141p, bma_proposal_s141p002: "4 4" under the subtotal joined its row, read as an item's row, the
    # subtotal its quantity and ".-" its unit; every line under it numbered one on, with nothing said)
    specked = [*_ROWS[:3], _ROWS[3] + "  4  4", *_ROWS[4:]]
    assert _item_rows(specked) == _item_rows(_ROWS) == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "๒,2๕๐.-"),
        ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุ", "7,000.-")]


def test_a_line_of_two_specks_as_a_figure_is_no_row():
    # ("๑7  9" between two rows: before, an item's row not read, the line under it numbered one on)
    assert _item_rows([*_ROWS[:6], "๑7  9", *_ROWS[6:]]) == _item_rows(_ROWS)
    assert _item_rows([*_ROWS[:6], "12  34", *_ROWS[6:]])[-1] == ("unread", "12\t34", "")  # (two figures: a row)


def _entry(number: str, date: str, text: str) -> tuple[str, ...]:
    return (f"รายงานครั้งที่ {number} {date} : {text}", "ความก้าวหน้าของงานฯ = ๑๐ % งบประมาณที่เบิกใช้ = ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def _numbers(*numbers: str) -> tuple[list[int], list[str]]:
    dates = ("๗/๑๒/๒๕๖๗", "๑๙/๔/๒๕๖๘", "๑๗/๗/๒๕๖๘", "๗/๙/๒๕๖๘")
    result = parse_entries(_lines(*(ln for n, d in zip(numbers, dates) for ln in _entry(n, d, "จัดทำโครงการ"))))
    return sorted(result.entries), [i.message for i in result.issues
                                    if i.code == "value_repaired" and i.field == "progress_reports.seq"]


def test_a_first_number_past_the_run_after_it_does_not_renumber_the_run():
    # (fresh set s142o, bma_progress_s142o005: a date's day read as the first entry's number, "7", and the
    # headers after it, 3 4 5, each read as "repeating" a report never read and renumbered 8 9 10, wrong)
    entries, repaired = _numbers("7", "3", "4", "5")  # (Arabic digits, as printed there: no digit misread)
    assert entries == [3, 4, 5, 7] and repaired == []


def test_a_header_that_repeats_a_number_read_before_is_still_the_next():
    entries, repaired = _numbers("๑", "๒", "๓", "๒")
    assert entries == [1, 2, 3, 4] and len(repaired) == 1 and "repeats report 2's number" in repaired[0]


_STEP_LINES = {10: "2. โรงเรียน", 11: "รายงานแผน", 12: "งบประมาณ", 13: "ส่ง สำ", 14: "3. โรงเรียน", 15: "คัดสรร",
               16: "4. นิเทศ ติดตาม การดำเนินงานของโรงเรียน O 0 7", 17: "5. โรงเรียนรายงานผลการดำเนินงาน",
               18: "เบิกจ่ายจากงบประมาณรายจ่ายประจำปี พ.ศ.2567"}


def _budget_heading_at(lines: dict[int, str]) -> int:
    events = [Event("heading", "s7", "", no) if text == "งบประมาณ" else Event("text", None, text, no)
              for no, text in lines.items()]
    moved = _past_list(events, [("s6", "แผนปฏิบัติการ"), ("s7", "งบประมาณ")], {"s6": 0, "s7": 1},
                       {no: Line(no, text) for no, text in lines.items()})
    return next(ev.line for ev in moved if ev.kind == "heading")


def test_a_wider_step_that_opens_the_lists_next_number_goes_on_with_the_list():
    # (fresh set s142o, bma_proposal_s142o001: a step's cell "งบประมาณ" in a narrow column taken for the budget's
    # heading, which OCR lost; past a page break the steps print wider, read across: they stopped the list, and
    # steps 4 and 5 were read as the budget section's text, lost with nothing said)
    assert _budget_heading_at(_STEP_LINES) == 18
    wide = {**_STEP_LINES, 16: "ผลการดำเนินงานของโรงเรียนในสังกัดทั้งหมด"}  # (a wider line of no next number)
    assert _budget_heading_at(wide) == 16


def _score_filled(likelihood: str, level: str) -> tuple[str, list[tuple[str, str]]]:
    findings = {("risk", 1): {"likelihood": Reading(likelihood, likelihood, 10, 12),
                              "impact": Reading(None, "เจ", 10, 12), "level": Reading(level, level, 10, 12)}}
    issues = repair_risks(findings)
    return findings[("risk", 1)]["impact"].value, sorted((i.code, i.field) for i in issues)


def test_a_score_beside_a_cell_read_as_none_is_unchecked_where_the_pair_is_not_symmetric():
    # (fresh set s142o, bma_proposal_s142o002: ๑ / ๓ read "3" / "เจ": the impact filled as 1 by the level น้อย, the
    # likelihood kept as 3 with nothing said, though the level says only that their product is 3)
    assert _score_filled("3", "น้อย") == ("1", [("unchecked_value", "findings.likelihood"),
                                               ("value_repaired", "findings.impact")])
    assert _score_filled("2", "น้อย") == ("2", [("value_repaired", "findings.impact")])  # (2 x 2: either way)


def test_a_dash_after_a_periods_end_is_a_speck_where_the_period_is_a_range():
    # (fresh set s142p, bma_proposal_s142p005: "ต.ค. 66 - ส.ค. 67     -", the table rule's speck kept in the text)
    assert period("ต.ค. 66 - ส.ค. 67                            -")[0] == "ต.ค. 66 – ส.ค. 67"
    assert period("ต.ค. 66 -")[0] == "ต.ค. 66 -"  # (no range before it: the end may be what OCR lost)


def test_a_bulleted_line_whose_quantity_ocr_misread_is_told_by_its_per_unit_clause():
    # (fresh set s143o, bma_proposal_s143o001: จำนวน read as "MUI", or the quantity as "©": both lines lost, the
    # lines under them numbered one short, with nothing said)
    def read(text: str) -> tuple[str, str, str, str, bool] | None:
        e = loose_line(text, "ค่าวัสดุ", 1, 2)
        return None if e is None else (e.item, e.qty, e.unit, e.each, e.loose)
    assert read("- โรงเรียน ขนาดใหญ่ MUI ๕ โรงเรียนๆ ละ ๑๕,๑๐๐.๐๐ เธร ๕= บาท เป็นเงิน") == (
        "โรงเรียน ขนาดใหญ่", "๕", "โรงเรียน", "๑๕,๑๐๐.๐๐", True)
    assert read("- โรงเรียน ขนาดเล็ก จํานวน © โรงเรียนๆ ละ ๙,๐๐๐.๐๐ เธร = บาท") == (
        "โรงเรียน ขนาดเล็ก", "©", "โรงเรียน", "๙,๐๐๐.๐๐", True)
    assert read("- โรงเรียน ขนาดเล็ก ได้รับการจัดสรร") is None  # (no clause: no line)


def test_a_units_start_run_into_a_title_tells_a_headless_lists_unit_column():
    # (fresh set s143o, obec_progress_s143o004: the list's head garbled past reading, its rows run together with
    # one space, a unit's start where its cell wrapped: the units ran into the titles with nothing said)
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n"
                       "๑ โครงการพัฒนาระบบการติดตาม กลุ่มพัฒนาครูและบุคลากร\n"
                       "ตรวจสอบ ประเมินผลและนิเทศ         ทางการศึกษา\n"
                       "การศึกษา\n"
                       "๒ โครงการพัฒนาการจัดการเรียนรู้ กลุ่มส่งเสริมการจัดการศึกษา\n"
                       "เชิงรุกฐานสมรรถนะ\n")
    rows = run_obec(text)
    listed = sorted((p["group_seq"], p["name"], p["project_key"]) for p in rows["projects"]
                    if p["plan_status"] == "not_started")
    assert [name for _, name, _ in listed] == ["โครงการพัฒนาระบบการติดตาม ตรวจสอบ ประเมินผลและนิเทศ การศึกษา",
                                               "โครงการพัฒนาการจัดการเรียนรู้ เชิงรุกฐานสมรรถนะ"]
    unsure = {i["project_key"] for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"}
    assert {key for *_, key in listed} <= unsure  # (told by no head and no gap: each cut said unsure)


def test_a_running_headers_wrapped_lines_past_blank_lines_and_specks_are_the_header():
    # (fresh set s143o, bma_proposal_s143o003: OCR set blank lines, and specks at one printing, between the
    # header's lines; its wrapped lines ran into the project's model text over the page break, silently)
    head = "สำนักงานเขตราษฎร์บูรณะ โครงการส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสารสำหรับ"
    pages = (("แล้วให้โรงเรียนนำไปขยายผลในการจัดกิจกรรม", ["", "นักเรียนเขตราษฎร์บูรณ", "", "เห", "เซ", ""]),
             ("๑ โรงเรียนมีผลงานการนำเสนอเป็นภาษาอังกฤษ", ["", "นักเรียนเขตราษฎร์บูรณะ"]))
    lines: list[Line] = []
    for before, wrapped in pages:
        for text, kind in ((before, "text"), ("", "blank"), (head, "page_header"),
                           *((t, "text" if t else "blank") for t in wrapped),
                           ("ปีงบประมาณ พ.ศ. ๒๕๖๘", "text"), ("", "blank"), ("5. ระยะเวลา", "text")):
            lines.append(Line(len(lines) + 1, text, kind))
    kinds = {ln.text: ln.kind for ln in mark_header_wraps(lines) if ln.text}
    assert [kinds[t] for t in ("นักเรียนเขตราษฎร์บูรณ", "นักเรียนเขตราษฎร์บูรณะ", "เห", "ปีงบประมาณ พ.ศ. ๒๕๖๘")] \
        == ["page_header"] * 4
    assert kinds["5. ระยะเวลา"] == kinds["แล้วให้โรงเรียนนำไปขยายผลในการจัดกิจกรรม"] == "text"


def test_a_column_of_numbers_each_of_which_lost_its_mark_numbers_the_list():
    # (fresh set s143p, obec_progress_s143p004: "1" / "2" over the success indicators' texts, both taken for
    # debris: the two indicators read as one, the second's row lost with nothing said)
    assert may_be_column_number("1", "2") and may_be_column_number(None, "1")
    lines = [Line(75, "1"), Line(76, "2"), Line(78, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 134 คน"),
             Line(80, "สพป. สุพรรณบุรี เขต 4 ได้บุคลากรที่ดีมีความรู้ความสามารถ")]
    assert [ln.text for ln in column_numbers_mended(lines, {75, 76})][:2] == ["1.", "2."]
    assert [ln.text for ln in column_numbers_mended([lines[0], lines[2]], {75})][:1] == [lines[2].text]  # (one alone)


def test_a_field_under_a_copys_title_past_a_blank_line_is_no_header_wrap():
    # (two copies of a form, the title repeated and marked a header: the field under it, past a blank line at one
    # copy, "รหัสโครงการ... : 5025...", stays the copy's own; fresh set s133o, bma_progress_s133o009)
    lines: list[Line] = []
    for before, gap in (("สำนักงานเขตบึงกุ่ม", False), ("กับเป้าหมาย", True)):
        for text, kind in ((before, "text"), ("แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ", "page_header"),
                           *((("", "blank"),) if gap else ()), ("รหัสโครงการ... : 50250000-6214", "text"),
                           ("", "blank"), ("ชื่อโครงการ : ส่งเสริมการใช้เทคโนโลยี", "text")):
            lines.append(Line(len(lines) + 1, text, kind))
    assert all(ln.kind == "text" for ln in mark_header_wraps(lines) if ln.text.startswith("รหัสโครงการ"))


def test_an_indicators_words_read_down_its_column_before_the_value_figure_are_the_indicators():
    # (fresh set s143o, bma_proposal_s143o004: the row read across on its first line, its value's figure not there,
    # then down its columns: the indicator's words went to the method, the indicator cut to its first word, unsaid)
    lines = [Line(n, t) for n, t in enumerate(["โรงเรียน    ร้อยละ     ผลผลิต วิธีการคำนวณ          ปีงบประมาณ",
                                                 "ดำเนิน", "กิจกรรม", "ได้ครบ", "ตาม", "แผนที่", "กำหนด", "100",
                                                 "จำนวนโรงเรียนที่", "ดำเนินกิจกรรมครบ", "ตามแผน/จำนวน",
                                                 "โรงเรียนทั้งหมด % 100", "เครื่องมือที่ใช้ในการ", "วัด แบบรายงาน",
                                                 "2570"], start=166)]
    (row,), _ = read_rows(lines)
    assert ("".join(row.text), row.value) == ("โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด", ["ร้อยละ", "100"])
    assert row.method[0] == "วิธีการคำนวณ" and row.method[1] == "จำนวนโรงเรียนที่" and row.figure_late == ""
