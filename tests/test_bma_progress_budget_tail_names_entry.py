"""A table read column by column whose budget clause a wrap cut inside its bracket ("100.0% งบประมาณที่เบิกใช้
(ครั้ง"), the tail with its number and amount ("11) = ฿15,035") standing apart, after the next entry's clause
(fresh set s58o, bma_progress_s58o002 project 2).  The cut clause stood in the place of the entry after the group
before's (10), the next clause, naming 10, was moved to 11: the two entries' progress and disbursements swapped,
and the expense lines, which follow the disbursement they add up to, went to the wrong entry, all silently.  The
number the tail carries names its clause's entry, as the whole clause would have
(assemble._Assembler._tails_name_owners)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines


_HEAD = ("รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3", "",
         "5/1/2563 : จัดทําโครงการเพื่อขออนุมัติ", "",
         "19 สิงหาคม 2563 : ผลการดําเนินงานในเดือนนี้", "",
         "20 กันยายน 63 : ดําเนินการเบิกจ่ายงบประมาณเสร็จสิ้น ค่าเกียรติบัตร 121 ใบ x B35 = B4,235", "",
         "ความก้าวหน้าของงานฯ = 13.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = BO",
         "ความก้าวหน้าของงานฯ", "ความก้าวหน้าของงานฯ", "",
         "เป็นไปตามแผน :", "",
         "100.0% งบประมาณที่เบิกใช้ (ครั้ง", "",
         "เป็นไปตามเป้าหมาย", "",
         "86.0% งบประมาณที่เบิกใช้ (ครั้งที่ 2) = BO", "1", "")
_FLAGS = ("", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def _read(tail: str):
    result = parse_entries(numbered_lines(*_HEAD, tail, *_FLAGS, start=40))
    return {seq: (figure_values(e)[0]["progress_pct"], figure_values(e)[0]["disbursed"],
                  [x.amount for x in e.expenses]) for seq, e in sorted(result.entries.items())}, result.issues


def test_the_number_of_a_cut_clause_tail_names_its_entry():
    got, issues = _read("3) = B4,235")
    assert got[2] == (86.0, Decimal("0.00"), [])
    assert got[3] == (100.0, Decimal("4235.00"), ["4,235"])
    assert not [i for i in issues if i.code == "value_repaired"]  # no clause moved to another entry


def test_a_tail_without_a_number_goes_by_place_as_before():
    got, _ = _read(") = B4,235")
    assert got[2][1] == Decimal("4235.00")  # the clause's place, the entry after the group before's
