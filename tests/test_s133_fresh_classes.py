"""Classes of layout and OCR damage fresh sets s138o and after showed, each
read before with wrong values and nothing naming them:

- a BMA entries table OCR read column by column, one entry's header lost:
  the entry before's column (its text, progress, disbursement and expense
  lines) came under the next header, and that entry's own text and
  progress cell after it, cut off with the row titles OCR ran in; the
  lines added up to the disbursement read with them, so nothing named
  them.  A progress cell's figure in what the cuts left out, other than
  the entry's progress as read, says the column holds two entries' cells
  (parsers.bma_progress.rows._rival_progress_cut);
- a proposal's budget of item columns OCR read in blocks, its names
  before the risks' heading and its rows' other cells past it, a figure's
  thousands separator read as a space ("๕, ๕๐๐"; "๕ ญ่อ๐" for ๕,๗๖๐, a
  digit read as a letter too) and a unit amount of two figures after its
  unit ("คน ๕๐"): the run of the table's cells stopped at the first such
  line, and no expense line was read (parsers.bma_proposal.columns:
  _SEPARATOR_SPACE_RE, _word_atoms, _cells_below);
- a one-line BMA form OCR wrapped, a section's number left at a line's
  end ("... ต่อเนื่อง 1.4") and its heading opening a later line with a
  line of a speck alone between ("จ7"): the break was mended past blank
  lines only, so the objectives ran into the rationale, the section said
  missing but the rationale not; a line of a speck alone is passed too
  (parsers.anchors.AnchorSet.mend_breaks, speck_line);
- a proposal's title-block year printed with Arabic digits among Thai
  ones ("พ.ศ. ๒๕55" for ๒๕๖๖), its other mentions damaged so each reads
  as several years, the printed one among them: it stood as read with
  nothing said (and repaired a KPI's period to it), though its Arabic
  digits may be any Thai ones; it is said in doubt
  (parsers.bma_proposal.years._mixed_in_tie);
- a proposal whose section 3 heading ("3. เป้าหมาย") OCR lost whole: its
  targets ("3.1 ด้านปริมาณ ...") were read as the objectives' list and the
  objectives above them left out as text before it; the section opens at
  the line that opens with its quantity group, as the budget's opens at
  its source clause (parsers.bma_proposal.read.SECTION_OPENERS,
  sections._opening_re);
- a bulleted objective whose dash OCR glued to its opening word, a speck
  before it (": -เพื่ออำนวย..."): no bullet was seen, so it ran into the
  objective above, its row lost with nothing naming it
  (parsers.items.bullet_lookalikes, _GLUED_DASH_RE)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from parsers.bma_proposal.columns import _cells_below, _is_money
from parsers.bma_proposal.years import repair_fiscal_year
from parsers.items import bullet_lookalikes, opens_purpose
from pipeline.stages import process_document
from schemas.document import Line, Reading
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_ran_in_expenses import _build

_OWN = "จัดทำคำสั่งคณะกรรมการ และเจ้าหน้าที่ดำเนินโครงการ อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน"
_TITLES = (" ความสอดคล้องกับ เป้าหมาย รายการ รายละเอียดการ ดำเนินงาน ของงานฯ งบประมาณที่ เบิกใช้ กับแผน "
           "กับเป้าหมาย รายการ รายละเอียดการ ดำเนินงาน")


def _said(description: str) -> list[tuple[str, str | None, int | None, int | None]]:
    result, _ = _build(description, Decimal("4395"))  # (the lines add up to the disbursement: pinned by the sum)
    return [(i.code, i.field, i.line_start, i.line_end) for i in result.issues if i.code == "entry_cell_in_doubt"]


def test_a_second_progress_figure_a_column_ran_past_the_description_puts_the_entry_and_its_lines_in_doubt():
    # the row titles after it, cut off as furniture (the label in the description's first half)
    assert _said(_OWN + " 52.5%" + _TITLES) == [("entry_cell_in_doubt", "progress_reports", 176, 230),
                                                ("entry_cell_in_doubt", "expenses", 202, 205)]
    # a label after it, in the second half: cut there
    assert _said(_OWN + " 52.5% ความสอดคล้องกับ เป้าหมาย") == [("entry_cell_in_doubt", "progress_reports", 176, 230),
                                                             ("entry_cell_in_doubt", "expenses", 202, 205)]


def test_the_entrys_own_progress_figure_past_its_description_is_no_rival():
    assert _said(_OWN + " 18.0%" + _TITLES) == []  # (the entry's progress read 18)


def test_money_cells_ocr_spaced_at_their_separator_keep_a_budget_read_past_the_heading():
    # a proposal's budget read in blocks (fresh set s138p, bma_proposal_s138p001): its names before the risks'
    # heading, its other columns' rows past it; OCR read a figure's comma as a space ("๕, ๕๐๐", "๕ ญ่อ๐" for
    # ๕,๗๖๐, its ๗ a letter) and a unit amount of two figures after a unit ("คน ๕๐"): before, the run of the
    # table's rows stopped at the first such line and no expense line was read
    lines = [Line(1, "จำนวน หน่วย    ราคาต่อหน่วย    จำนวนเงิน"), Line(2, "(บาท)        (บาท)"),
             Line(3, "๕ ญ่อ๐"), Line(4, "via คน      ๕๐   ๕ ญ่อ๐"), Line(5, "๑๑,๐๐๐"),
             Line(6, "๒๒ ชุด     ๕๐๐   ๑๑,๐๐๐"), Line(7, "๓ ชั่วโมง    อ๑๐๐   ๕, ๕๐๐"), Line(8, "๓๕๕,ออ๐"),
             Line(9, "โอกาส ผลกระทบ ระดับของ   แนวทางการบริหาร")]
    tokens = _cells_below(lines)
    assert [t.line for t in tokens] == [3, 4, 5, 6, 7, 8]
    assert [a.text for a in tokens[1].atoms] == ["via", "คน", "๕๐", "๕ ญ่อ๐"]
    assert [a.text for a in tokens[4].atoms][-1] == "๕, ๕๐๐"


def test_a_figure_and_a_word_are_no_money_cell_with_a_spaced_separator():
    assert _is_money("๕ ญ่อ๐") and _is_money("๕, ๕๐๐")
    assert not _is_money("๒๒ ห้อง") and not _is_money("๕ ชุด") and not _is_money("๒๒ คน")


_OBJECTIVES = "1.4 วัตถุประสงค์ของโครงการ"


def _objectives(between: str) -> tuple[int, list[str]]:
    text = (Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_010.txt").read_text(encoding="utf-8")
    assert text.count(_OBJECTIVES) == 1  # (the whole form on one line)
    cut = text.replace(_OBJECTIVES, f"1.4\n\n{between}\n\n{_OBJECTIVES.removeprefix('1.4 ')}")
    rows = process_document("speck.txt", cut.encode("utf-8"))
    return len(rows.get("objectives", [])), [i["code"] for i in rows["issues"] if i["code"] == "missing_section"]


def test_a_heading_whose_number_a_break_and_a_speck_line_part_from_it_is_found():
    whole = _objectives("")
    assert whole[0] >= 2 and not whole[1]
    for speck in ("จ7", "47", "ww"):  # before: the objectives ran into the rationale, the section said missing
        assert _objectives(speck) == whole
    assert _objectives("ครู")[1]  # a line of a word is text of its own: the break is not mended past it


def _fiscal_year(token: str, value: int) -> tuple[list[tuple[str, str | None]], int]:
    project = {"fiscal_year_text": Reading(f"พ.ศ. {token}", f"พ.ศ. {token}", 3, 3),
               "fiscal_year_be": Reading(value, f"พ.ศ. {token}", 3, 3)}
    issues = repair_fiscal_year(project, ["๒๕๒๒", "๒๕๒๒๐"])  # (each reads as six years, 2555 and 2566 among them)
    return [(i.code, i.field) for i in issues], project["fiscal_year_be"].value


def test_a_title_block_year_of_mixed_scripts_in_a_tie_is_said_in_doubt():
    assert _fiscal_year("๒๕55", 2555) == ([("repair_ambiguous", "projects.fiscal_year_be"),
                                           ("repair_ambiguous", "projects.fiscal_year")], 2555)  # before: none
    assert _fiscal_year("๒๕๕๕", 2555) == ([], 2555)  # its digits of one script: the printing stands as read


def test_a_proposals_targets_whose_heading_ocr_lost_open_at_their_quantity_group():
    sample = sample_text(PROPOSAL)
    assert sample.count("๓. เป้าหมาย\n") == 1
    whole = run(sample)
    lost = run(sample.replace("๓. เป้าหมาย\n", "\n"))  # (the heading's line read as nothing)
    assert [(o["seq"], o["text"]) for o in lost["objectives"]] == [(o["seq"], o["text"]) for o in whole["objectives"]]
    assert [(t["kind"], t["text"]) for t in lost["targets"]] == [(t["kind"], t["text"]) for t in whole["targets"]]
    said = [(i["code"], i["field"]) for i in lost["issues"] if i["field"] == "targets"]
    assert said == [("label_inferred", "targets")]  # (before: the targets read as objectives, the section missing)


def test_a_dash_glued_to_an_objectives_opening_word_opens_an_item():
    # (fresh set s140p, bma_progress_s140p001: ": -เพื่ออำนวย..." ran into the objective above, silently)
    lines = [Line(53, "- เพื่อส่งเสริมการยกย่องเชิดชูเกียรติข้าราชการครู", bullet=True),
             Line(54, "- เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียน", bullet=True),
             Line(55, "ด้วยระบบเครือข่ายโรงเรียน"),
             Line(56, ": -เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงาน"), Line(57, "-เพื่อติดตามผล"),
             Line(58, "ค่า-เบี้ยเลี้ยง")]
    got = bullet_lookalikes(lines, opens_purpose)
    assert [(ln.no, ln.bullet, ln.text) for ln in got[3:]] == [
        (56, True, "เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงาน"), (57, True, "เพื่อติดตามผล"),
        (58, False, "ค่า-เบี้ยเลี้ยง")]  # (a dash inside a word, before no item's opening word: no bullet)
