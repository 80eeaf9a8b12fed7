"""Rows lost with no issue naming them (silent misses of the thirty-fifth session), one test per check.

- A BMA progress target group whose label OCR damaged past reading ("๒. NIBDAMAIW" for ๒. ด้านคุณภาพ) runs into
  the group before behind its bare number: the list item's text holds a bare item number "๒." (before, only a
  sub-list's "๒.๕" was seen), so the table is said (pipeline.wording.bare_item_numbers; unknown_words, field: the
  table), not the text alone; where the copy reads no label of that group, the targets' reader says the table
  first (bma_progress.read.kinds_lost, target_kind_unknown).
- A proposal KPI row whose type cell OCR lost takes its method, period and the next row's indicator as its
  text: the text holds the method cell's words (kpis.method_words_in_text; unread_cells on the table).
- An OBEC round that reads fewer strategy alignments than every other round of the report prints
  (obec_progress.rows.rounds_short_of_alignments; missing_row on the table)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import put_kpis, read_cells
from parsers.obec_progress.rows import rounds_short_of_alignments
from pipeline.stages import process_document
from pipeline.wording import bare_item_numbers, flag_unknown_words
from schemas.document import CopyReading, Issue
from tests.conftest import sample_text
from tests.lines import numbered_lines

PROGRESS = "001_fdefb2afb18072a2.txt"  # the real BMA progress sample: "๑. ด้านปริมาณ ..." / "๒. ด้านคุณภาพ"


def _targets(text: str) -> tuple[list[tuple], list[tuple]]:
    rows = process_document(PROGRESS, text.encode())
    return ([(r["kind"], r["seq"]) for r in rows["targets"]],
            [(i["code"], i["field"]) for i in rows["issues"] if (i["field"] or "").startswith("targets")])


def test_a_target_group_run_into_the_one_before_behind_its_bare_number_says_the_table():
    text = sample_text(PROGRESS)
    damaged = text.replace("จำนวน ๓๐ คน\n๒. ด้านคุณภาพ\n", "จำนวน ๓๐ คน ๒. NIBDAMAIW\n", 1)
    assert damaged != text
    read, said = _targets(damaged)
    assert read == [("quantity", 1)]  # the quality group is lost: its lines read as the quantity's text
    # the table is said: by the targets' reader, which reads no ด้านคุณภาพ label (bma_progress.read.kinds_lost,
    # target_kind_unknown), so the bare number's check (unknown_words) is not asked (the list's parser said it)
    assert ("target_kind_unknown", "targets") in said
    read, said = _targets(text)
    assert sorted(read) == [("quality", 2), ("quantity", 1)] and not said


def test_a_bare_item_number_inside_a_list_text_is_one_a_bracketed_point_or_a_figure_is_not():
    assert bare_item_numbers("ได้รับการพัฒนาตามโครงการ ๒. NIBDAMAIW นักเรียนมีผลสัมฤทธิ์") == ["๒."]
    assert bare_item_numbers("มีความพึงพอใจในระดับมาก 5. ร้อยละ 85 ของผู้เข้ารับการอบรม") == ["5."]
    assert bare_item_numbers("ประกอบด้วย 1) ครูผู้สอน จำนวน 584 คน 2) นักเรียนแกนนำ จำนวน 58 คน") == []
    assert bare_item_numbers("ผู้เข้าร่วมร้อยละ 80.5 มีความรู้ ตามข้อ 2. ของแผน") == []
    row = {"project_key": "p", "kind": "quantity", "seq": 1, "line_start": 5, "line_end": 9,
           "text": "โรงเรียนในสังกัด จำนวน 33 โรงเรียน ได้รับการพัฒนาตามโครงการ ๒. นักเรียนมีผลสัมฤทธิ์สูงขึ้น"}
    assert [(i.code, i.field) for i in flag_unknown_words({"targets": [row]}, [])] == [("unknown_words", "targets")]


_KPI_CELLS = ["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม", "ร้อยละ", "๘๐", "ผลลัพธ์", "- วิธีการคำนวณ",
              "จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x ๑๐๐",
              "- เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม", "ภายในปีงบประมาณ ๒๕๖๘",
              "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วน", "ร้อยละ", "๑๐๐", "ผลผลิต", "- วิธีการคำนวณ",
              "จำนวนโรงเรียนที่รายงาน/จำนวนโรงเรียนทั้งหมด x ๑๐๐", "- เครื่องมือที่ใช้ในการวัด แบบรายงานผล",
              "ภายในปีงบประมาณ ๒๕๖๘"]


def _kpis(cells: list[str]) -> tuple[dict, list[tuple]]:
    rows, _ = read_cells(numbered_lines(*cells, start=100))
    out = CopyReading(0, 1, 200)
    put_kpis(rows, out)
    return out.tables["kpis"], [(i.code, i.field) for i in out.issues]


def test_a_kpi_text_holding_the_method_cells_words_says_the_table():
    # the first row's value and type cells lost to OCR ("@O"): its method, period and the next row's indicator
    # are read as its text, the next row's method and type as its own, and the next row is lost
    kpis, said = _kpis([_KPI_CELLS[0], "@O", *_KPI_CELLS[4:]])
    assert list(kpis) == [1] and "เครื่องมือที่ใช้ในการวัด" in kpis[1]["text"].value
    assert kpis[1]["type"].value == "ผลผลิต"  # the lost row's, kept as read
    assert ("unread_cells", "targets") in said
    kpis, said = _kpis(_KPI_CELLS)
    assert [kpis[k]["type"].value for k in kpis] == ["ผลลัพธ์", "ผลผลิต"] and said == []


def _alignments(counts: dict[tuple[str, int], int]) -> list[dict]:
    rows, line = [], 10
    for (key, quarter), n in counts.items():
        for seq in range(1, n + 1):
            rows.append({"project_key": key, "quarter": quarter, "seq": seq, "plan": f"แผน {seq}", "text": "ข้อความ",
                         "line_start": line, "line_end": line + 1})
            line += 3
    return rows


def test_an_obec_round_short_of_the_alignments_every_other_round_prints_is_said():
    rows = _alignments({("a", 1): 4, ("a", 2): 4, ("b", 2): 4, ("c", 3): 3, ("d", 3): 4})
    said = rounds_short_of_alignments(rows, [])
    assert [(i.code, i.field, i.project_key, i.line_start) for i in said] == [("missing_row", "alignments", "c", 46)]
    # every round alike: nothing; rounds that disagree widely: no count the report holds to
    assert rounds_short_of_alignments(_alignments({("a", 1): 4, ("b", 1): 4, ("c", 1): 4, ("d", 1): 4}), []) == []
    assert rounds_short_of_alignments(_alignments({("a", 1): 4, ("b", 1): 3, ("c", 1): 2, ("d", 1): 4}), []) == []
    # a round another issue already says the table of, at its lines: not said twice
    before = [Issue("warning", "missing_row", "", None, 46, 47, field="alignments")]
    assert rounds_short_of_alignments(rows, before) == []
