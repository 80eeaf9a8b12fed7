"""A document's own misread profile (parsers.misreads): the numbers the
document fixes show how its OCR read each printed digit, and a reading that
needs a misread the document never shows is ruled out; the profile only
removes candidates, and decides nothing on its own."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.misreads import MIN_SEEN, document_profile, narrow, profile_of, sequence_observations
from pipeline.stages import process_document

TWIN = Path(__file__).parent / "corpus" / "ocr" / "obec_progress_014.txt"  # a 2569 report OCR read as ๒๕๒๓/๒๕๒๕


def test_a_digit_seen_often_enough_and_never_as_c_rules_out_reading_it_as_c():
    profile = profile_of([("ฒ", "7")] * MIN_SEEN)
    assert profile.rejects("๒๕๒๓", "2567") == [("7", "3", {"ฒ": MIN_SEEN})]
    assert profile.rejects("๒๕๒๓", "2569") == []  # ๙ never seen: nothing said about it


def test_a_reading_the_profile_has_seen_both_ways_is_not_rejected():
    profile = profile_of([("ฒ", "7"), ("๓", "7"), ("ฒ", "7")])
    assert profile.rejects("๒๕๒๓", "2567") == []
    assert profile.rejects("๒๕๒ฒ", "2567") == []


def test_a_digit_seen_once_or_printed_arabic_rules_nothing_out():
    assert profile_of([("ฒ", "7")] * (MIN_SEEN - 1)).rejects("๒๕๒๓", "2567") == []
    arabic = profile_of([("7", "7")] * 5)  # an Arabic digit was printed Arabic: no evidence on Thai glyphs
    assert arabic.rejects("๒๕๒๓", "2567") == []


def test_narrow_rules_out_by_the_positions_where_candidates_differ():
    profile = profile_of([("ฒ", "7"), ("ฒ", "7"), ("๓", "3")])
    kept, why = narrow("๒๕๒๓", [2563, 2567], profile)
    assert kept == [2563] and set(why) == {2567}


def test_a_printing_whose_shared_digits_the_profile_contradicts_is_not_narrowed():
    # ๕ read as ๕ five times and never as ๓: "๒๓๕๑" is damaged beyond what its candidates explain
    profile = profile_of([("๕", "5")] * 5 + [("๕", "4")] * 2)
    assert narrow("๒๓๕๑", [2556, 2564], profile) == ([2556, 2564], {})


def test_item_numbers_a_sequence_fixes_are_observed_and_a_list_s_damaged_last_number_is_not():
    lines = ["๑. ก", "๒. ข", "๓. ค", "๕. ง", "๕. จ", "๒. ฉ", "ฒ. ช", "๘. ซ", "ไม่มีเลข", "๑. ก", "๒. ข", "๓. ค", "ฒ. ง"]
    found = sequence_observations(lines)
    firm = {(printed, true) for _, printed, true, sure in found if sure}
    assert {("๕", "4"), ("๒", "6"), ("ฒ", "7"), ("๘", "8")} <= firm  # ๕ then ๕: the first is 4 misread
    assert not [f for f in found if f[0] == 12]  # the second list's last number: nothing fixes it


def test_a_number_read_as_the_next_one_is_observed_both_ways_unless_the_next_says_which():
    found = sequence_observations(["๑. ก", "๒. ข", "๓. ค", "๕. ง", "ไม่มีเลข"])  # 4 misread, or 4 missing?
    assert [(p, t, sure) for i, p, t, sure in found if i == 3] == [("๕", "4", False), ("๕", "5", False)]
    profile = document_profile(["๑. ก", "๒. ข", "๓. ค", "๕. ง"] + ["ปีงบประมาณ ๒๕๒๓", "๑. ก", "๒. ข", "๓. ค", "๕. ง"])
    assert profile.maybe["4"] == {"5": 2} and "4" not in profile.seen


def _list(seventh: str) -> str:
    """A numbered list printed ๑-๑๓ as this report's OCR reads it (๔ ๘ ๙ as ๕, ๖ as ๒), its ๗ as given."""
    marks = ["๑", "๒", "๓", "๕", "๕", "๒", seventh, "๕", "๕", "๑๐", "๑๑", "๑๒", "๑๓"]
    return "".join(f"{m}. กิจกรรมที่จัดทำตามแผนงานของเขตพื้นที่\n" for m in marks)


def _report(*sevenths: str) -> dict:
    text = TWIN.read_text(encoding="utf-8")
    lists = "".join(_list(s) for s in sevenths)
    changed = text.replace("กลุ่มนโยบายและแผน\n", f"กลุ่มนโยบายและแผน\n\n{lists}\n", 1)
    assert changed != text or not sevenths
    rows = process_document("report.txt", changed.encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    return rows


def _year_issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and (i["field"] or "").startswith("report_summaries.fiscal")]


def test_the_report_s_own_misreads_choose_its_fiscal_year():
    # ๗ read as ฒ in both lists: 2567 would need ๗ read as ๓ or ๕, which this report never shows
    rows = _report("ฒ", "ฒ")
    assert {r["fiscal_year_be"] for r in rows["report_summaries"]} == {2569}
    assert {b["fiscal_year_be"] for b in rows["quarterly_budgets"]} == {2569}
    (issue,) = [i for i in _year_issues(rows, "value_repaired") if i["field"] == "report_summaries.fiscal_year_be"]
    evidence = json.loads(issue["evidence"])
    assert evidence["rule"] == "misread_profile" and evidence["chosen"] == 2569
    assert evidence["profile"]["7"] == {"ฒ": 2} and "2567" in evidence["ruled_out"]


def test_without_the_evidence_the_year_stays_flagged():
    for sevenths in ((), ("ฒ",)):  # no list, or ๗ seen once: too little to rule a reading out
        rows = _report(*sevenths)
        # the profile decides nothing: the year is chosen in doubt at most (what the printings of its last
        # digit read, ๓ and ๕: parsers.year_mentions.decided_by_readings), flagged, never claimed repaired
        assert {r["fiscal_year_be"] for r in rows["report_summaries"]} <= {None, 2569}
        assert not _year_issues(rows, "value_repaired")
        flagged = _year_issues(rows, "repair_ambiguous")
        assert flagged and json.loads(flagged[0]["evidence"])["candidates"] == [2567, 2569]
        assert not [i for i in rows["issues"] if '"misread_profile"' in (i["evidence"] or "")]


def test_a_digit_the_report_reads_both_ways_rules_neither_reading_out():
    # ๗ read as ฒ once and as ๕ once: 2567 stays a reading of ๒๕๒๕, so the profile decides nothing (the year
    # is chosen in doubt at most: decided_by_readings)
    rows = _report("ฒ", "๕")
    assert {r["fiscal_year_be"] for r in rows["report_summaries"]} <= {None, 2569}
    assert _year_issues(rows, "repair_ambiguous") and not _year_issues(rows, "value_repaired")
    assert not [i for i in rows["issues"] if '"misread_profile"' in (i["evidence"] or "")]


def test_a_document_s_profile_from_its_lines_alone():
    lines = ["ปีงบประมาณ ๒๕๒๓", "ปีงบประมาณ ๒๕๒๓", "๑. ก", "๒. ข", "๓. ค", "๕. ง", "๕. จ", "๒. ฉ", "ฒ. ช", "๘. ซ"]
    seen = document_profile(lines).summary()
    assert seen["5"] == {"5": 2}  # item ๕, and the years' "๒๕" (printed twice: one observation)
    assert seen["7"] == {"ฒ": 1} and seen["4"] == {"5": 1} and "8" in seen


def test_a_misread_added_for_one_document_widens_its_readings_only_inside_its_block():
    from normalizers.confusions import added_misreads, candidates, could_be, misreads_of

    assert "7" not in candidates("๒๕๒๑") and not could_be("๑", "7")
    with added_misreads([("7", "1")]):
        assert "2567" in candidates("๒๕๒๑") and could_be("๑", "7") and "1" in misreads_of("7")
    assert "2567" not in candidates("๒๕๒๑") and "1" not in misreads_of("7")
