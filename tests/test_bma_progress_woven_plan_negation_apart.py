"""A side-by-side table (sidebyside.unweave) whose plan cell ran a line longer
than the target cell beside it: "ไม่" alone on the row's figures line, then
"เป็นไปตาม" and "แผน" each a line lower, the target's "เป็นไปตาม" /
"เป้าหมาย" on the first two lines:

    :: ความก้าวหน้าของงานฯ =      : ไม่          : เป็นไปตาม
    8.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย
    (ครั้งที่ 3) = 0 บาท                แผน

The flag pieces were matched in their order, "เป้าหมาย" to the first
"เป็นไปตาม" and "แผน" to the second, the "ไม่" left alone: the entry read on
plan, and no issue said so.  A line after the first holding one tail word
alone ("แผน", "เป้าหมาย") holds that word's cell's piece, so the cells are
read by column and the "ไม่" stays with the plan it negates."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def _table(plan_cell: str):
    return parse_entries(numbered_lines(
        "รายงาน     :: 7/11/2567 : จัดเตรียมข้อมูล/",
        "ครั้งที่1      จัดทำโครงการ",
        ":: ความก้าวหน้าของงานฯ =      :             : เป็นไปตาม",
        "2.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย",
        "(ครั้งที่ 1) = 0 บาท                แผน",
        "รายงาน     :: 22/1/68 : เลื่อนการอบรม",
        "ครั้งที่2      แกนนำนักเรียนและครู",
        "ที่ปรึกษา เนื่องจากวิทยากรติด",
        "ภารกิจ จึงเลื่อนไปดำเนินการ",
        f":: ความก้าวหน้าของงานฯ =      : {plan_cell}          : เป็นไปตาม",
        "8.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย",
        "(ครั้งที่ 2) = 0 บาท                แผน",
        "รายงาน     :: 24/2/2568 : อยู่ระหว่าง",
        "ครั้งที่3      ติดต่อประสานงานสถานที่",
        ":: ความก้าวหน้าของงานฯ =      :             : เป็นไปตาม",
        "11.00 % : งบประมาณที่เบิกใช้     เป็นไปตาม     เป้าหมาย",
        "(ครั้งที่ 3) = 0 บาท                แผน", start=280))


def test_a_negation_alone_atop_a_plan_cell_a_line_longer_than_the_target_stays_with_the_plan():
    result = _table("ไม่")
    assert sorted(result.entries) == [1, 2, 3]
    assert [result.entries[n].figures.get("plan") for n in (1, 2, 3)] == [True, False, True]
    assert [result.entries[n].figures.get("target") for n in (1, 2, 3)] == [True, True, True]
    # no negation: the plan cell's first line blank, the entry on plan as before
    assert _table("   ").entries[2].figures.get("plan") is True
