"""BMA progress report headers between two that print their places, whose
own printed numbers are the gap's numbers out of order (side-by-side tables
OCR read with a column moved: "1 2 | ? 5 3 | 6 7"): they keep their printed
numbers, and the one header left unread takes the number no other header
prints (assemble._gap_moved), instead of every header being renumbered by
its place."""
from __future__ import annotations

import json
from decimal import Decimal

from tests.test_prop_report_numbers_between_anchors import eleven
from tests.test_repair import form, read, repairs


def test_a_reordered_gap_keeps_its_printed_numbers_and_the_unread_header_takes_the_one_left():
    entries = eleven([str(n) for n in range(1, 8)])[:7]
    order = [0, 1, 3, 4, 2, 5, 6]  # report 3's block read after reports 4 and 5
    text = form(spent="2,800", entries=[entries[k] for k in order])
    assert text.count("รายงานครั้งที่ 4 ::") == 1
    rows = read(text.replace("รายงานครั้งที่ 4 ::", "รายงานครั้งที่ [ ::"))  # report 4's header number unread
    paid = {r["seq"]: r["disbursed"] for r in rows["progress_reports"]}
    assert sorted(paid) == list(range(1, 8))
    assert [paid[k] for k in range(1, 8)] == [Decimal(100 * k) for k in range(1, 8)]
    chosen = [json.loads(i["evidence"]) for i in repairs(rows, "report_sequence")]
    assert [(c["read"], c["chosen"]) for c in chosen] == [(None, 4)]
    assert any("out of order" in i["message"] and i["code"] == "entry_cell_in_doubt" for i in rows["issues"])


def test_a_gap_with_a_number_read_twice_is_still_numbered_by_its_places():
    # "1 2 | 5 5 3 | 6 7": a number repeated is a misread, so the places decide (4 and 5 by place)
    entries = eleven([str(n) for n in range(1, 8)])[:7]
    printed = ["1", "2", "5", "5", "3", "6", "7"]
    rows = read(form(spent="2,800", entries=[dict(e, seq=p) for e, p in zip(entries, printed)]))
    assert [i for i in rows["issues"] if "print their places" in i["message"]]
    assert not [i for i in rows["issues"] if "out of order" in i["message"]]
