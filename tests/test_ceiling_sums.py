"""bench/sums.py and bench.ceiling.measure_facts: what a document's sums and products could decide after OCR."""

import json
import random
from itertools import product

from bench.ceiling import measure_facts
from bench.sums import bma_project, figure, obec_report, proposal_project, sum_feasible


def _proposal(lines: list[tuple[str, str]], total: str) -> dict:
    """A proposal whose one category holds lines of (quantity, unit amount); the amount is their product."""
    rows = [{"report_seq": None, "seq": i, "category": "ค่าใช้จ่าย", "quantity": q, "unit_amount": u,
             "amount": f"{int(float(q)) * float(u):.2f}"} for i, (q, u) in enumerate(lines, start=1)]
    return {"budget_allocated": total, "expenses": rows}


def test_candidates_of_an_amount():
    # ๑๔ is read ๑๕; ๑๕ could have been printed 14, 15, 17, 18 or 19; ๑๐ read right could have been 10, 14 or 16
    assert figure("x", "14.00").options == {1400, 1500, 1700, 1800, 1900}
    assert figure("x", "10.00").options == {1000, 1400, 1600} and not figure("x", "10.00").damaged
    # a figure free of such digits is known right only in the looser bound
    assert figure("x", "10.00", known=True).options == {1000}


def test_a_sum_decides_the_one_figure_with_an_unwritable_digit():
    # 14 (read 15: 14 15 17 18 19) + 10 (read 10: 10 14 16) = 24, the total its Thai words say:
    # only 14 + 10 makes 24, so the line and its unit amount are decided
    tally = proposal_project(_proposal([("1.00", "14.00"), ("1.00", "10.00")], "24.00"), set())
    assert tally.damaged["proposal line amount"] == 1 and tally.decided["proposal line amount"] == 1
    assert tally.decided["proposal line unit_amount"] == 1
    assert tally.decided["proposal total"] == tally.damaged["proposal total"] == 1  # 24: its Thai words say it


def test_two_figures_with_unwritable_digits_in_one_sum_leave_it_undecided():
    # 14 + 18 = 32: both read 15 (14 15 17 18 19 each), and 14+18, 15+17, 17+15, 18+14 all make 32
    tally = proposal_project(_proposal([("1.00", "14.00"), ("1.00", "18.00")], "32.00"), set())
    assert tally.damaged["proposal line amount"] == 2 and tally.decided["proposal line amount"] == 0


def test_a_bma_project_decided_through_a_product_and_two_sums():
    # spent 36 = 12 + 24, allocated 40; the 24 is 8 x 3.  36 reads 32 (32 36 35 92 96 95 72 76 75),
    # 24 reads 25, 8 reads 5: brute force over every joint assignment leaves one value for each
    project = {"budget_spent": "36.00", "budget_allocated": "40.00",
               "progress_reports": [{"seq": 1, "disbursed": "12.00"}, {"seq": 2, "disbursed": "24.00"}],
               "expenses": [{"report_seq": 2, "amount": "24.00", "quantity": "8.00", "unit_amount": "3.00"}]}
    tally = bma_project(project)
    for kind in ("budget_spent", "entry disbursed", "expense amount", "expense quantity"):
        assert (tally.damaged[kind], tally.decided[kind]) == (1, 1), kind
    assert (tally.damaged["budget_allocated"], tally.decided["budget_allocated"]) == (1, 0)  # only at least 36


def test_figures_read_right_leave_room_that_knowing_them_closes():
    # spent 45 = the one entry's 45 = 9 x 5, allocated 50: read, 45 could be 45 or 55 or 85 ... and 9 x 5 too
    project = {"budget_spent": "45.00", "budget_allocated": "50.00",
               "progress_reports": [{"seq": 1, "disbursed": "0.00"}, {"seq": 2, "disbursed": "45.00"}],
               "expenses": [{"report_seq": 2, "amount": "45.00", "quantity": "9.00", "unit_amount": "5.00"}]}
    read, known = bma_project(project), bma_project(project, known=True)
    assert sum(read.decided.values()) == 0 and sum(read.damaged.values()) == 4
    # the 5 and the 50 taken as read right: 5 x 9 is the one product under 50 whose digits fit
    assert sum(known.decided.values()) == 4


def test_an_obec_summary_decided_by_its_row_and_percentage():
    report = {"report_summary": {"budget_quarter": 2, "budget_planned": "8.00", "budget_disbursed": "2.00",
                                 "budget_not_disbursed": "6.00", "disbursed_pct": 25.0},
              "projects": [{"quarterly_budgets": [{"quarter": 2, "planned": "8.00", "disbursed": "2.00"},
                                                  {"quarter": 1, "planned": "9.00", "disbursed": "9.00"}]}]}
    tally = obec_report(report)
    assert tally.decided["quarter planned"] == tally.decided["summary planned"] == 1
    assert tally.decided["summary not disbursed"] == 1
    # the first quarter's row is in no sum: held, never decided
    assert tally.damaged["quarter disbursed"] == 1 and tally.decided["quarter disbursed"] == 0


def test_sum_feasible_agrees_with_enumeration():
    rng = random.Random(7)
    for _ in range(300):
        parts = [set(rng.sample(range(0, 60, rng.choice([1, 2, 5])), rng.randrange(1, 5)))
                 for _ in range(rng.randrange(1, 4))]
        total = set(rng.sample(range(0, 150), rng.randrange(1, 30)))
        feasible, reached = [set() for _ in parts], set()
        for combo in product(*parts):
            if sum(combo) in total:
                reached.add(sum(combo))
                for i, v in enumerate(combo):
                    feasible[i].add(v)
        assert sum_feasible(parts, total) == (feasible, reached)


def test_the_ceiling_counts_the_facts_no_relation_decides(tmp_path):
    project = _proposal([("1.00", "14.00"), ("1.00", "18.00"), ("1.00", "10.00")], "42.00")
    expected = {"format": "raingan-expected/1", "variants": ["digits_thai"],
                "document": {"doc_type": "bma_proposal", "n_copies": 1}, "projects": [project]}
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "bma_proposal_x.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    out = measure_facts(tmp_path)
    # facts: seq x3, quantity x3, unit_amount x3, amount x3, budget_allocated; with a 4 or 8: 14, 18, 42 (twice each
    # for the lines: unit amount and amount)
    assert out["facts"] == 13 and out["thai_unwritable"] == 5
    assert out["sums"]["proposal total"] == [1, 1]  # its words
    assert out["sums"]["proposal line amount"] == [2, 0]
    assert out["undecided"] == 4 and round(out["bound"], 4) == round(9 / 13, 4)
