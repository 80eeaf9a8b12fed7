"""Classes of layout and OCR damage fresh sets s118p-s133p showed, each
read before with wrong values and nothing, or only a repair, naming them:

- an OBEC group whose first title's number OCR read past the sequence
  ("9." for ๑, the group's count unreadable) and whose next title's number
  was unreadable ("la." for ๒): the gap in the sequence was closed only
  by the title right after it, so the group was numbered 9, 10, 11, ...
  and its titles listed alone at the end, look-alikes of their numbers,
  were lost with their projects; titles numbered by their places between
  count as places (parsers.obec_progress.read.rule_title's jump);
- an OBEC list whose first numbers OCR lost, its texts paired with the
  numbers left by their places, one paragraph each: a gap OCR left inside
  an item made a piece of it ("เนื่องจาก...") a row of its own, which then
  witnessed a cut of the item printed whole in another quarter
  (texts.split_joined_items); such a list's rows witness no item alone
  (lists.PLACES_BY_PARAGRAPHS);
- an OBEC list whose numbers OCR read as a column apart from its texts,
  a gap after a line running to the margin ("...การศึกษาเรียน" / gap / "รวม
  ครบตามแผนที่กำหนด"), and an item the report prints whole elsewhere
  after it: the count of numbers took the gap for an item's end and the
  known item for the opening of a longer one, where the known items cut
  the texts otherwise; the pairing is said to be in doubt
  (lists._KNOWN_CUT_OTHERWISE), and the row so joined is not cut in two;
- a BMA entries table read column by column whose last entry's
  description, with its expense lines, ran into the page's closing words:
  its disbursement unreadable, no expense line read, and the
  disbursements read short of the budget spent; its lines are said to be
  lost (parsers.bma_progress.rows.check_figures);
- a BMA heading after its section number, a letter OCR misread ("1.4
  จัตถุประสงค์ของโครงการ" for วัตถุประสงค์), the section's content run on
  after it on the line: the fuzzy comparison took the whole line or the
  headings that carry a tail only, so the objectives were lost (said as
  a missing section); the line's first letters after a dotted number are
  compared too (parsers.anchors.AnchorSet._run_on_numbered);
- an OBEC summary whose planned amount OCR left unread ("@๕๑,๕๐๐.๐๐") and
  whose undisbursed amount it misread in Arabic digits ("66,006.00" for
  ๑๑,๑๗๘.๐๐): nothing checked it and nothing was said; it is said to be
  unchecked (parsers.obec_progress.rows.repair_summary, unchecked_value);
- a text, no label, holding a word one look-alike letter off ("...ของ
  โรงเวียน", ร read as ว: โรง + เวียน, both words): only a label's look-alike
  letters were asked, so it stood with nothing said; in any text it is
  read as the word where the document prints the word on far more lines
  (pipeline.wording.printed_lookalike, rule printed_word);
- a budget line's item opening with คำ cut as a word of its own, the
  tone mark of its ค่า read as sara am's nikhahit ("คำตอบแทนวิทยากร"): คำ
  and ตอบแทน are words, so nothing was said; ค่า is put back, as where
  the tone mark was dropped (pipeline.marks._cost_restoration);
- a proposal's risk text holding a cause and an effect ("... เนื่องจาก
  มีภารกิจ... ราคาวัสดุสูงกว่า... ทำให้จัดซื้อ..."), the last row's scores
  and level lost and its risk read into the row before: only เนื่องจาก
  twice was said; a risk states one cause or effect (every risk of the
  sets' truth), so two are said on the table (bma_proposal.risks)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.fields import ANCHORS as BMA_PROGRESS_ANCHORS
from parsers.bma_progress.rows import check_figures
from parsers.engine import Line
from parsers.obec_progress.rows import repair_summary
from parsers.obec_progress.lists import PAIRED_IN_DOUBT, PLACES_BY_PARAGRAPHS, item_key, paired_in_doubt
from parsers.obec_progress.texts import split_joined_items
from parsers.wraps import PageWraps
from pipeline.marks import restore_labels
from pipeline.wording import flag_unknown_words, printed_lookalike
from schemas.document import Issue, Reading
from tests.test_bma_proposal import run as run_proposal
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"


def _seqs(rows: dict) -> list[int]:
    return [p["group_seq"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_gap_past_the_first_title_closed_after_a_title_numbered_by_its_place():
    # "9." for ๑ (a section vouches for it, the count unreadable), "la." for ๒ (numbered by its place), then
    # "3.": the title two places on reads as its place past the number expected at the gap, so nothing was
    # missed there and the 9 is ๑ misread; before, the group ran 9, 10, 11, 12
    projects = [project(n, FY) for n in (1, 2, 3, 4)]
    projects[0] = projects[0].replace("1. โครงการ", "9. โครงการ", 1)
    projects[1] = projects[1].replace("2. โครงการ", "la. โครงการ", 1)
    text = report(projects=projects).replace(" จำนวน 4 โครงการ", " จำนวน od โครงการ")
    rows = run(text)
    assert _seqs(rows) == [1, 2, 3, 4]
    (fix,) = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.group_seq"
              and i["line_start"] == min(p["line_start"] for p in rows["projects"])]
    assert json.loads(fix["evidence"])["printed"] == "9" and json.loads(fix["evidence"])["chosen"] == 1
    # a title after the unreadable one that reads otherwise leaves the gap standing (titles were missed)
    projects[2] = projects[2].replace("3. โครงการ", "12. โครงการ", 1)
    projects[3] = projects[3].replace("4. โครงการ", "13. โครงการ", 1)
    rows = run(report(projects=projects).replace(" จำนวน 4 โครงการ", " จำนวน od โครงการ"))
    assert _seqs(rows)[0] == 9


HEAD = "การประสานงานการประชุมคณะกรรมการ อาจจะมาประชุมไม่ครบ"
CAUSE = "เนื่องจากคณะกรรมการบางท่านติดภาระงานในการไปราชการด่วน"
SIGNAL = "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์ทำให้เกิดความล่าช้า และความไม่ชัดเจน"


def _problem(quarter: int, seq: int, text: str, line: int) -> dict:
    return {"project_key": "a", "quarter": quarter, "kind": "problem", "seq": seq, "text": text,
            "line_start": line, "line_end": line + 1}


@pytest.mark.usefixtures("repair_on")
def test_a_row_of_a_list_paired_by_its_places_after_its_first_numbers_were_lost_witnesses_no_item():
    # quarter 2's list: "๒." alone (its ๑ lost), its texts in two paragraphs, the second the cause OCR's gap
    # parted from its item; quarter 1 prints the item whole: no cut of it at the cause
    whole = f"{HEAD} {CAUSE}"
    tables = {"findings": [_problem(1, 1, whole, 100), _problem(2, 1, f"{SIGNAL} {HEAD}", 200),
                           _problem(2, 2, CAUSE, 203)]}
    why = ("one number alone ('๒') opens it, the numbers before it lost, and " + PLACES_BY_PARAGRAPHS)
    doubt = Issue("warning", "items_cut_in_doubt", f"findings: a list of project a {PAIRED_IN_DOUBT} ({why}): which "
                  "text is which item's is in doubt", "{}", 198, 203, field="findings", project_key="a")
    split_joined_items(tables, [doubt])
    assert [r["text"] for r in tables["findings"] if r["quarter"] == 1] == [whole]
    # without the doubt the piece witnesses an item alone, and the whole one is cut (the rule still works)
    tables["findings"][0]["text"] = whole
    split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["quarter"] == 1] == [HEAD, CAUSE]


def test_a_gap_after_a_line_at_the_margin_that_the_known_items_cut_otherwise_is_in_doubt():
    # three numbers apart; "...เรียน" at the margin / gap / "รวม ครบตามแผน..." / a known item / "ได้ดำเนินการ
    # ประชุม..." / "และจัดทำ...": the gap and the count say item 2 is "รวม ...", the known item then opening a longer
    # one; the known item alone says items 1 and 3 hold the lines around it
    texts = {132: "1)", 134: "2)", 136: "3)",
             138: "สพป.สกลนคร เขต 1 ได้ดำเนินการพัฒนาคุณภาพการจัดการศึกษาเรียน",
             140: "รวม ครบตามแผนทีกำหนด",
             141: "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 78 โรงเรียน",
             142: "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน",
             143: "และจัดทำคำสังแต่งตังคณะกรรมการเรียบร้อยแล้ว"}
    lines = [Line(no, text, "text", False, False, ()) for no, text in texts.items()]
    wraps = PageWraps(wrapped=frozenset({140, 142, 143}), past=frozenset(), at_margin=frozenset({140, 142}))
    known = frozenset({item_key("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 13 โรงเรียน")})
    assert "cut its texts otherwise than its paragraphs" in paired_in_doubt(lines, wraps, known)
    # nothing known: nothing says otherwise
    assert paired_in_doubt(lines, wraps, frozenset()) is None or "otherwise" not in paired_in_doubt(
        lines, wraps, frozenset())


def _entries(*paid: str | None) -> dict:
    return {seq: {"description": Reading("ประชุม", "ประชุม", 100 + 10 * seq, 100 + 10 * seq),
                  **({} if p is None else {"disbursed": Reading(Decimal(p), p, 105 + 10 * seq, 105 + 10 * seq)})}
            for seq, p in enumerate(paid, start=1)}


def _expenses_named(spent: str, *paid: str | None) -> list[tuple[str, int | None]]:
    return [(i.code, i.line_start) for i in check_figures(_entries(*paid), {}, {"budget_spent": Decimal(spent)})
            if i.field == "expenses"]


def test_a_report_with_no_disbursement_and_no_lines_short_of_the_budget_spent_may_have_lost_its_lines():
    # report 3's disbursement unreadable and no expense line read, the others adding up to less than the budget
    # spent: its lines, if any, were lost, said on the expenses (before, three lost lines stood silent)
    assert _expenses_named("53500", "0", "0", None) == [("missing_value", 130)]
    # the disbursements read reach the budget spent: nothing is missing
    assert _expenses_named("500", "0", "500", None) == []


def test_a_numbered_heading_ocr_misread_with_its_content_run_on_after_it_is_found():
    # "1.4 จัตถุประสงค์ของโครงการ ๒.๑ เพื่อ..." (ว read จ), the objectives on the heading's line: found by its
    # first letters after the section number, its content after it (before, the objectives were lost with it)
    line = "1.4 จัตถุประสงค์ของโครงการ ๒.๑ เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ๒.๒"
    (hit,) = BMA_PROGRESS_ANCHORS.scan(line)
    assert (hit.anchor.key, hit.number) == ("s1_4", "1.4")
    assert line[hit.end:] == "๒.๑ เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ๒.๒"
    # a numbered item whose words are no heading's, and the heading's words with no number, are not taken
    assert BMA_PROGRESS_ANCHORS.scan("2.1 เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขตและการพัฒนา") == []
    assert BMA_PROGRESS_ANCHORS.scan("จัตถุประสงค์ของโครงการ ๒.๑ เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต") == []


@pytest.mark.usefixtures("repair_on")
def test_an_obec_summarys_undisbursed_amount_is_unchecked_where_the_planned_amount_was_not_read():
    # the planned amount unread ("@๕๑,๕๐๐.๐๐"), the undisbursed one read in Arabic digits OCR misread ("66,006.00"
    # for ๑๑,๑๗๘.๐๐): nothing checks it, and that is said (before, kept with nothing said)
    summary = {"budget_disbursed": Reading(Decimal("50322"), "๕๐,๓๒๒.๐๐ บาท", 56, 56),
               "budget_not_disbursed": Reading(Decimal("66006"), "66,006.00 บาท", 59, 61)}
    said = [(i.code, i.field, i.line_start) for i in repair_summary(summary, {})]
    assert ("unchecked_value", "report_summaries.budget_not_disbursed", 59) in said
    # the planned amount read: the undisbursed one is checked against it, not said unchecked
    summary["budget_planned"] = Reading(Decimal("61500"), "๖๑,๕๐๐.๐๐ บาท", 54, 54)
    summary["budget_not_disbursed"] = Reading(Decimal("11178"), "๑๑,๑๗๘.๐๐ บาท", 59, 61)
    assert not [i for i in repair_summary(summary, {}) if i.code == "unchecked_value"]


@pytest.mark.usefixtures("repair_on")
def test_a_look_alike_letter_in_a_text_is_read_where_the_document_prints_the_word_far_more():
    # "...ของโรงเวียน" (ร read as ว: โรง + เวียน, both words) in an activity's text, the document printing
    # โรงเรียน on many lines: the word, said (rule printed_word); before, kept with nothing said
    texts = ["นิเทศติดตามการดำเนินงานของโรงเวียน", "จัดสรรงบประมาณให้โรงเวียนตามขนาด"] + [
        f"โรงเรียนแห่งที่{n}" for n in range(8)]
    assert printed_lookalike("นิเทศ ติดตาม การดำเนินงานของโรงเวียน", texts) == ("โรงเวียน", "โรงเรียน")
    tables = {"activities": [{"project_key": "a", "seq": 7, "text": "นิเทศ ติดตาม การดำเนินงานของโรงเวียน",
                              "line_start": 118, "line_end": 118}]}
    said = flag_unknown_words(tables, [], texts)
    assert tables["activities"][0]["text"] == "นิเทศ ติดตาม การดำเนินงานของโรงเรียน"
    assert [json.loads(i.evidence)["rule"] for i in said] == ["printed_word"]
    # the word printed no more than a few times its look-alike: nothing tells which is right, nothing is read
    assert printed_lookalike("นิเทศ ติดตาม การดำเนินงานของโรงเวียน", texts[:2] + texts[2:4]) is None


@pytest.mark.usefixtures("repair_on")
def test_a_budget_lines_opening_cost_word_whose_tone_mark_ocr_read_as_a_nikhahit_gets_it_back():
    # "คําตอบแทนวิทยากร" (่ read ํ, joined with า into ำ: คำ + ตอบแทน, both words), an expense item: ค่า, said;
    # before, kept with nothing said.  A word that opens with คำ ("คำสั่ง...") is left
    row = {"item": "คำตอบแทนวิทยากร", "line_start": 618, "line_end": 619}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert row["item"] == "ค่าตอบแทนวิทยากร"
    assert (issue.code, issue.field, json.loads(issue.evidence)["rule"]) == (
        "value_repaired", "expenses.item", "dictionary_marks")
    for table, column, text in (("expenses", "item", "คำสั่งแต่งตั้ง"), ("activities", "text", "คำตอบแทนวิทยากร")):
        row = {column: text, "line_start": 1, "line_end": 1}
        assert restore_labels({table: [row]}, []) == [] and row[column] == text
    # "คำสัง..." (its tone mark dropped) reads คำสั่ง once its marks are back: a word whole, no ค่า misread
    row = {"item": "คำสัง รถโดยสาร", "line_start": 96, "line_end": 98}
    restore_labels({"expenses": [row]}, [])
    assert row["item"] == "คำสั่ง รถโดยสาร"


def test_a_risk_text_stating_a_cause_and_an_effect_is_said_on_the_table():
    # the last row's scores and level lost, its risk ("ราคาวัสดุสูงกว่า... ทำให้จัดซื้อ...") read into the row
    # before it ("... เนื่องจากมีภารกิจ..."): a cause and an effect, as two risks state; said on the table (before,
    # only 'เนื่องจาก' twice was, and the row stood lost with nothing naming it)
    from tests.test_bma_proposal import _with_risks, risk_table_said
    from tests.test_prop_risk_two_causes import TABLE
    lost = "ราคาวัสดุสูงกว่าที่\tเพื่อให้แต่ละ\nประมาณการไว้ ทำให้\tโรงเรียนทราบ\nจัดซื้อวัสดุได้ไม่ครบ\tขั้นตอน"
    assert len(risk_table_said(run_proposal(_with_risks(TABLE.format(lost=lost))), "two causes or effects")) == 1
