"""BMA progress report headers whose numbers OCR misread in a row (Thai
digits the engine cannot write: ๖ read ๒, ๘ read ๕, ๙ read ๑, ๗ lost and the
day after it read as the number), between headers that print their places:
the headers between two such anchors can only be the numbers between them,
in order (assemble._between_anchors)."""
from __future__ import annotations

import json
from decimal import Decimal

from tests.test_repair import form, read, repairs

THAI = "๐๑๒๓๔๕๖๗๘๙"


def thai(n: int) -> str:
    return "".join(THAI[int(d)] for d in str(n))


def eleven(printed: list[str]) -> list[dict]:
    """Eleven monthly reports, report k paying k hundred baht, its header and
    its budget clause printing `printed[k - 1]`."""
    days = ["8/10/2562", "9/11/2562", "4/12/2562", "7/1/2563", "7/2/2563", "6/3/2563", "7/4/2563",
            "8/5/2563", "9/6/2563", "7/7/2563", "6/8/2563"]
    return [{"seq": p, "day": days[k], "pct": f"{5 * (k + 1)}.00", "paid": f"{100 * (k + 1)}", "lines": ""}
            for k, p in enumerate(printed)]


def test_headers_misread_between_two_runs_that_print_their_places_take_their_places():
    printed = [thai(n) for n in (1, 2, 3, 5, 5, 2, 11, 5, 1, 10, 11)]
    rows = read(form(spent="6,600", end="30/9/2563", entries=eleven(printed)))
    reports = {r["seq"]: r for r in rows["progress_reports"]}
    assert sorted(reports) == list(range(1, 12))
    assert [reports[k]["disbursed"] for k in range(1, 12)] == [Decimal(100 * k) for k in range(1, 12)]
    chosen = sorted(json.loads(i["evidence"])["chosen"] for i in repairs(rows, "report_sequence"))
    assert {4, 6, 7, 8, 9} <= set(chosen)


def test_a_run_of_its_own_between_the_anchors_is_not_renumbered_by_the_places():
    # "1 2 | 6 7 | 5": the in-step 6 7 say headers were lost before them; the places decide nothing
    printed = ["1", "2", "6", "7", "5", "6"]
    rows = read(form(entries=eleven(printed)))
    said = [i for i in rows["issues"] if "print their places" in i["message"]]
    assert not said


def test_a_last_header_alone_printing_its_place_is_no_anchor():
    # "1 | 5 5 | 4": only the last header prints its place; nothing between is renumbered by places
    printed = ["1", "5", "5", "4"]
    rows = read(form(entries=eleven(printed)))
    assert not [i for i in rows["issues"] if "print their places" in i["message"]]


def test_a_number_the_run_left_out_standing_where_the_reading_order_moved_it_stays_as_printed():
    # "1 2 3 6 7 4 8 9": report 4 read after 7 (a layout OCR read out of order), report 5 lost; 4 repeats
    # nothing and the headers after it go on from 7: it is report 4, not a repeat pushed to 8 (which pushed
    # 8 to 9, 9 to 10, ...)
    printed = ["1", "2", "3", "6", "7", "4", "8", "9"]
    entries = eleven(["1", "2", "3", "4", "6", "7", "8", "9"])
    order = [0, 1, 2, 4, 5, 3, 6, 7]
    rows = read(form(entries=[entries[k] for k in order]))
    assert sorted(r["seq"] for r in rows["progress_reports"]) == [1, 2, 3, 4, 6, 7, 8, 9]
    assert {r["seq"]: r["disbursed"] for r in rows["progress_reports"]}[4] == Decimal(400)
    assert [e["seq"] for e in (entries[k] for k in order)] == printed


def test_a_number_that_repeats_an_earlier_header_is_still_pushed_on():
    # "1 2 3 2 5": the second 2 repeats report 2's number (a date follows it): the number after report 3
    printed = ["1", "2", "3", "2", "5"]
    rows = read(form(entries=eleven(printed)))
    assert 4 in {r["seq"] for r in rows["progress_reports"]}
