"""The decidability ceiling of numeric facts (tests/corpus/ceiling.py) on
small made-up documents: a damaged value is decidable when the document's
constraints, with the other facts' true values, leave one candidate, and
undecidable when several fit (a sum counts joint assignments)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.corpus import ceiling
from tests.corpus.eval import NUMERIC


def _doc(tmp_path: Path, name: str, project: dict, text: str, variants=("digits_thai",)) -> Path:
    project = {"doc_type": "bma_progress", "progress_reports": [], "expenses": [], **project}
    data = {"format": "raingan-expected/1", "source": f"{name}.txt", "variants": list(variants),
            "document": {"doc_type": "bma_progress", "n_copies": 1}, "projects": [project]}
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / f"{name}.expected.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _verdicts(path: Path, missed: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(row, column) -> verdict, the facts of `missed` counted as misses."""
    data = json.loads(path.read_text(encoding="utf-8"))
    name = path.name.removesuffix(".expected.json")
    facts = ceiling.facts_of(data, name, NUMERIC)
    misses = [{"document": f.document, "table": f.table, "column": f.column, "row": f.row, "expected": f.value}
              for f in facts if (f.row, f.column) in missed]
    return {(f.row, f.column): f.verdict for f in ceiling.classify_run([path], misses, NUMERIC)}


def test_confusions_give_the_preimages_of_the_issue():
    # printed Thai digit (as Arabic) -> its commonest reading; read digit -> the printed digits it may stand for
    assert ceiling.READ["4"] == ceiling.READ["8"] == ceiling.READ["9"] == "5"
    assert ceiling.READ["6"] == "2" and ceiling.READ["7"] == "3"
    assert all(ceiling.READ[d] == d for d in "01235")
    assert ceiling.PREIMAGE["5"] == frozenset("45789")
    assert ceiling.PREIMAGE["2"] == frozenset("26")
    assert ceiling.PREIMAGE["3"] == frozenset("379")
    assert ceiling.PREIMAGE["0"] == frozenset("06") and ceiling.PREIMAGE["1"] == frozenset("17")
    assert ceiling.PREIMAGE["4"] == frozenset()  # a Thai ๔ is never read as 4


def test_a_day_read_as_another_day_of_a_long_month_is_undecidable(tmp_path):
    # ๒๔ reads ๒๕: 24, 25, 27, 28, 29 are all days of January; no neighbour report cuts them
    path = _doc(tmp_path, "day", {"fiscal_year_be": 2563, "progress_reports": [
        {"seq": 1, "report_date": "2020-01-24"}]}, "รายงานครั้งที่ ๑ วันที่ ๒๔ มกราคม ๒๕๖๓\n")
    row = "project 1 progress_reports[seq=1]"
    assert _verdicts(path, [(row, "report_date")])[(row, "report_date")] == "undecidable: several candidates fit"


def test_a_day_between_its_neighbours_is_decidable(tmp_path):
    # the same day, the reports before and after on the 23rd and the 25th: report dates increase, only 24 fits
    path = _doc(tmp_path, "day2", {"fiscal_year_be": 2563, "progress_reports": [
        {"seq": 1, "report_date": "2020-01-23"}, {"seq": 2, "report_date": "2020-01-24"},
        {"seq": 3, "report_date": "2020-01-25"}]},
        "๒๓ มกราคม ๒๕๖๓\n๒๔ มกราคม ๒๕๖๓\n๒๕ มกราคม ๒๕๖๓\n")
    row = "project 1 progress_reports[seq=2]"
    assert _verdicts(path, [(row, "report_date")])[(row, "report_date")] in ceiling.DECIDABLE


def test_a_year_read_wrong_inside_its_fiscal_year_is_decidable(tmp_path):
    # ๒๕๖๗ reads ๒๕๒๓ (the model reads ๖ as ๒, ๗ as ๓): the fiscal year 2567 leaves one year (the day ๓๐ reads
    # right and leaves one day of March)
    path = _doc(tmp_path, "year", {"fiscal_year_be": 2567, "progress_reports": [
        {"seq": 1, "report_date": "2024-03-30"}]}, "ปีงบประมาณ ๒๕๖๗\nรายงานครั้งที่ ๑ ๓๐ มีนาคม ๒๕๖๗\n")
    row = "project 1 progress_reports[seq=1]"
    verdicts = _verdicts(path, [(row, "report_date"), ("project 1", "fiscal_year_be")])
    assert verdicts[(row, "report_date")] == "pinned by a writable printing or a local constraint"
    assert verdicts[("project 1", "fiscal_year_be")] in ceiling.DECIDABLE


def test_a_sum_with_two_damaged_members_is_undecidable_when_two_joint_assignments_fit(tmp_path):
    # ๔๐๐ and ๘๐๐ both read ๕๐๐; budget_spent 1,200 printed in Arabic: 400 + 800, 800 + 400, 500 + 700, ... fit
    path = _doc(tmp_path, "sum2", {"fiscal_year_be": 2563, "budget_spent": "1200.00", "progress_reports": [
        {"seq": 1, "disbursed": "400.00"}, {"seq": 2, "disbursed": "800.00"}]},
        "งบประมาณที่เบิกใช้ ๔๐๐ บาท\nงบประมาณที่เบิกใช้ ๘๐๐ บาท\nรวม 1,200 บาท\n")
    row = "project 1 progress_reports[seq=1]"
    assert _verdicts(path, [(row, "disbursed")])[(row, "disbursed")] == "undecidable: several candidates fit"


def test_a_sum_with_one_damaged_member_is_decidable(tmp_path):
    # ๔๐๐ reads ๕๐๐, ๓๐๐ reads right, 700 in Arabic: 700 - 300 leaves 400 alone
    path = _doc(tmp_path, "sum1", {"fiscal_year_be": 2563, "budget_spent": "700.00", "progress_reports": [
        {"seq": 1, "disbursed": "400.00"}, {"seq": 2, "disbursed": "300.00"}]},
        "งบประมาณที่เบิกใช้ ๔๐๐ บาท\nงบประมาณที่เบิกใช้ ๓๐๐ บาท\nรวม 700 บาท\n")
    row = "project 1 progress_reports[seq=1]"
    assert _verdicts(path, [(row, "disbursed")])[(row, "disbursed")] == "a sum or product"


def test_a_miss_whose_printed_reading_is_right_is_the_parsers(tmp_path):
    # ๓๐๐ reads right: the rule would keep the printed reading, so the miss is decidable; a right fact is right
    path = _doc(tmp_path, "read", {"fiscal_year_be": 2563, "budget_spent": "700.00", "progress_reports": [
        {"seq": 1, "disbursed": "400.00"}, {"seq": 2, "disbursed": "300.00"}]},
        "งบประมาณที่เบิกใช้ ๔๐๐ บาท\nงบประมาณที่เบิกใช้ ๓๐๐ บาท\nรวม 700 บาท\n")
    verdicts = _verdicts(path, [("project 1 progress_reports[seq=2]", "disbursed")])
    assert verdicts[("project 1 progress_reports[seq=2]", "disbursed")] == "printed reading right"
    assert verdicts[("project 1", "budget_spent")] == "right"


def test_an_arabic_printing_elsewhere_pins_the_value(tmp_path):
    # a mixed-digit document prints the phone once in Thai (๔๘๒๑ reads ๕๕๒๑) and once in Arabic
    path = _doc(tmp_path, "phone", {"fiscal_year_be": 2563, "owner_phone": "4821"},
                "ผู้รับผิดชอบ นายสมชาย โทร. ๔๘๒๑\nติดต่อ 4821\n", variants=("digits_mixed",))
    assert _verdicts(path, [("project 1", "owner_phone")])[("project 1", "owner_phone")] in ceiling.DECIDABLE
    alone = _doc(tmp_path, "phone1", {"fiscal_year_be": 2563, "owner_phone": "4821"},
                 "ผู้รับผิดชอบ นายสมชาย โทร. ๔๘๒๑\n", variants=("digits_mixed",))
    assert _verdicts(alone, [("project 1", "owner_phone")])[("project 1", "owner_phone")] == \
        "undecidable: several candidates fit"


def test_render_reports_the_ceiling_per_run_and_form(tmp_path):
    path = _doc(tmp_path, "sum1", {"fiscal_year_be": 2563, "budget_spent": "700.00", "progress_reports": [
        {"seq": 1, "disbursed": "400.00"}, {"seq": 2, "disbursed": "300.00"}]},
        "งบประมาณที่เบิกใช้ ๔๐๐ บาท\nงบประมาณที่เบิกใช้ ๓๐๐ บาท\nรวม 700 บาท\n")
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = ceiling.facts_of(data, "sum1", NUMERIC)
    misses = [{"document": "sum1", "table": f.table, "column": f.column, "row": f.row, "expected": f.value}
              for f in facts if f.column == "disbursed"]
    text = ceiling.render({"x ocr": ceiling.classify_run([path], misses, NUMERIC)})
    line = next(l for l in text.splitlines() if l.startswith("x ocr") and l.split()[2] == "all")
    # facts: fiscal_year_be, budget_spent, two report numbers, two disbursements; both misses decidable
    assert line.split()[3:] == ["6", "66.7", "2", "0", "100.0"]


def _obec(tmp_path: Path, note: str | None, text: str) -> Path:
    """Two blocks of quarter 2: A planned 8,500 (its note as given), B 1,000 as planned; the summary 9,500."""
    blocks = [{"fiscal_year_be": 2567, "quarter": 2, "planned": "8500.00", "disbursed": "8500.00", "note": note},
              {"fiscal_year_be": 2567, "quarter": 2, "planned": "1000.00", "disbursed": "1000.00", "note": None}]
    data = {"format": "raingan-expected/1", "source": "o.txt", "variants": ["digits_thai"],
            "document": {"doc_type": "obec_progress", "n_copies": 1},
            "report_summary": {"fiscal_year_be": 2567, "budget_quarter": 2, "budget_planned": "9500.00"},
            "projects": [{"doc_type": "obec_progress", "fiscal_year_be": 2567, "quarterly_budgets": [b]}
                         for b in blocks]}
    (tmp_path / "o.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "o.expected.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_obec_block_disbursed_as_planned_is_decidable_by_its_note_and_the_summary(tmp_path):
    # A's ๘,๕๐๐ (planned and disbursed) reads ๕,๕๐๐; B's 1,000 and the summary's 9,500 print in Arabic: the
    # summary's sum leaves A's planned 8,500 alone, and the note (disbursed as planned) carries it to the
    # disbursed figure: the equations cut each other's members
    text = ("รวม จำนวนเงินงบประมาณตามแผนการใช้จ่าย 9,500.00 บาท\n"
            "ก. ตามแผนการใช้จ่าย ๘,๕๐๐ บาท เบิกจ่ายจริง ๘,๕๐๐ บาท สามารถเบิกจ่ายงบประมาณได้ตามแผนการ\n"
            "ข. ตามแผนการใช้จ่าย 1,000 บาท เบิกจ่ายจริง 1,000 บาท\n")
    path = _obec(tmp_path, "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ", text)
    row = "project 1 quarterly_budgets[fiscal_year_be=2567, quarter=2]"
    verdicts = _verdicts(path, [(row, "planned"), (row, "disbursed")])
    assert verdicts[(row, "planned")] == "a sum or product"
    assert verdicts[(row, "disbursed")] == "a sum or product"
    # without the note nothing holds the disbursed figure
    path = _obec(tmp_path, None, text.replace(" สามารถเบิกจ่ายงบประมาณได้ตามแผนการ", ""))
    verdicts = _verdicts(path, [(row, "planned"), (row, "disbursed")])
    assert verdicts[(row, "planned")] == "a sum or product"
    assert verdicts[(row, "disbursed")] == "undecidable: several candidates fit"
