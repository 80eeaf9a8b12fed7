"""A flag cell three lines high beside the figures cell (line groups in tab
columns, as OCR reads them): ": ไม่" ending the figures' first line, the
plan flag's "เป็นไปตาม" on the next, its "แผน" under it; the target flag's
cell opening on the negation's line (": เป็นไปตาม" / "เป้าหมาย").  OCR parted
the columns, "ไม่" stood as text of its own (run into the description) and
the plan flag was read met, with nothing said.  The flag whose words open on
the line below the lone negation is the one it negates
(entries.negation_beside, value_repaired); where the layout does not say
which flag it is, both are said in doubt."""

import json

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import negation_beside
from tests.bma_entries import entry_flags

_LINES = """รายงาน     :: 29/12/2567 : อยู่ระหว่างขั้นตอน
ครั้งที่2      แต่งตั้งคณะกรรมการฯ
:: ความก้าวหน้าของงานฯ =      :             : เป็นไปตาม
2.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย
(ครั้งที่ 2) =0 บาท                แผน
รายงาน     :: 22/1/68 : เลื่อนการอบรม
ครั้งที่3      แกนนํานักเรียนและครู
ในเดือนถัดไป
:: ความก้าวหน้าของงานฯ =      : ไม่          : เป็นไปตาม
8.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย
(ครั้งที่ 3) = 0 บาท                แผน
รายงาน     :: 24/2/2568 : อยู่ระหว่าง
ครั้งที่4      ติดต่อประสานงานสถานที่
:: ความก้าวหน้าของงานฯ =      :             : เป็นไปตาม
9.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย
(ครั้งที่ 4) = 0 บาท                แผน""".split("\n")


def test_lone_negation_beside_the_figures_is_read_with_its_flag():
    # the side-by-side reader now reads these cells by column (sidebyside._mend_flags), so the negation reaches
    # the plan flag as printed, nothing to repair; negation_beside takes the events where it did not
    flags, result = entry_flags(*_LINES, start=10)
    assert flags == {2: (True, True), 3: (False, True), 4: (True, True)}
    assert result.entries[3].description == "เลื่อนการอบรม แกนนำนักเรียนและครู ในเดือนถัดไป"


def test_lone_negation_beside_the_figures_negates_the_flag_opening_below_it():
    events = [Event("progress", 17, "8.00", text="ความก้าวหน้าของงานฯ = 8.00 %"),
              Event("text", 17, text="ไม่"),
              Event("target", 17, True, text="เป็นไปตามเป้าหมาย"),
              Event("plan", 18, True, text="เป็นไปตามแผน")]
    out, issues = negation_beside(events)
    assert [(e.kind, e.value) for e in out if e is not None and e.kind in ("plan", "target")] == \
        [("target", True), ("plan", False)]
    assert all(e is None or e.text != "ไม่" for e in out)
    (said,) = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.on_plan"]
    assert json.loads(said.evidence)["rule"] == "negation_beside"
    assert (said.line_start, said.line_end) == (17, 18)


def test_lone_negation_the_layout_does_not_place_leaves_both_flags_in_doubt():
    events = [Event("progress", 5, "8.00", text="ความก้าวหน้าของงานฯ = 8.00 %"),
              Event("text", 5, text="ไม่"),
              Event("plan", 6, True, text="เป็นไปตามแผน"),
              Event("target", 6, True, text="เป็นไปตามเป้าหมาย")]
    out, issues = negation_beside(events)
    assert [e.value for e in out if e.kind in ("plan", "target")] == [True, True]
    assert {(i.code, i.field) for i in issues} == {("entry_cell_in_doubt", "progress_reports.on_plan"),
                                                   ("entry_cell_in_doubt", "progress_reports.on_target")}


def test_lone_negation_beside_a_flag_read_not_met_changes_nothing():
    events = [Event("text", 5, text="ไม่"),
              Event("target", 5, True, text="เป็นไปตามเป้าหมาย"),
              Event("plan", 6, False, text="ไม่เป็นไปตามแผน")]
    out, issues = negation_beside(events)
    assert out == events and not issues


def test_lone_negation_before_the_plan_flag_on_its_line_leaves_both_flags_in_doubt():
    # ": ไม่ : เป็นไปตาม" / "เป็นไปตาม เป้าหมาย" / "แผน" read with the first line's opening paired with "แผน" (the plan
    # flag on the negation's line, after it) and the next line's words as the target flag: a negation left of the
    # plan's words is in no target's column, so the pairing is not the print's; neither flag is chosen
    events = [Event("progress", 17, "54.00", text="ความก้าวหน้าของงานฯ = 54.00 %"),
              Event("text", 17, text="ไม่"),
              Event("plan", 17, True, text="เป็นไปตามแผน"),
              Event("target", 18, True, text="เป็นไปตาม เป้าหมาย")]
    out, issues = negation_beside(events)
    assert [e.value for e in out if e.kind in ("plan", "target")] == [True, True]
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {(i.code, i.field) for i in issues} == {("entry_cell_in_doubt", "progress_reports.on_plan"),
                                                   ("entry_cell_in_doubt", "progress_reports.on_target")}
