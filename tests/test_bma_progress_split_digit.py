"""A progress OCR read with one printed Thai digit written as two characters
("๑๕๓" for ๔๓, "๓๑๑" for ๗๑, "๒๐๒.๐" for ๖๒.๐: the Thai model writes no ๔ ๖
๗ ๘ ๙, and now and then two of its own for one; normalizers.confusions.
SPLIT_READS, measured).  Its whole part then has three characters and reads
past 100, no progress: unreadable, and none of its readings (each character
misread alone) was one.  Now (repairs._split_readings) its readings also have
such a pair read as the digit it stands for, weighed by the progress order
like any other; one that fits alone is chosen (said), several are left."""

from parsers.bma_progress.repairs import _separator_readings, repair_progress
from schemas.document import Reading


def _reports(token: str, before: float = 39.0, after: float = 44.0) -> dict:
    texts = {1: f"ความก้าวหน้าของงานฯ = {before}", 2: f"ความก้าวหน้าของงานฯ = {token}",
             3: f"ความก้าวหน้าของงานฯ = {after}"}
    values = {1: before, 2: None, 3: after}
    return {s: {"progress_pct": Reading(values[s], texts[s], s, s)} for s in texts}


def test_a_digit_read_as_two_characters_is_read_back_by_the_order():
    found = _reports("๑๕๓")  # ๔๓: ๔ read as "๑๕"
    issues = repair_progress(found, "k")
    assert found[2]["progress_pct"].value == 43.0
    assert [i.code for i in issues] == ["value_repaired"] and "'๑๕๓'" in issues[0].message


def test_several_readings_that_fit_are_left_unchosen():
    found = _reports("๑๒๐.๐", 12.0, 66.0)  # ๑๖.๐ or ๖๐.๐ ("๑๒" or "๒๐" the ๖), each with the form's ".0"
    issues = repair_progress(found, "k")
    assert found[2]["progress_pct"].value is None
    assert [i.code for i in issues] == ["repair_ambiguous"]


def test_split_readings_only_past_a_progress():
    assert _separator_readings("๑๒๐.๐") == ["๑๒๐.๐", "6๐.๐", "๑6.๐"]
    assert _separator_readings("๓๑๑.๐๐")[1:] == ["7๑.๐๐", "9๑.๐๐"]
    assert _separator_readings("๒๕.๕") == ["๒๕.๕"]
    assert _separator_readings("100.00") == ["100.00"]
    assert _separator_readings("900.0") == ["900.0"]  # ("90", "00": no pair OCR writes for one digit)
    # a look-alike or an Arabic digit in the whole part may be the character too many: no pair is read
    # (the mark itself, a speck before two digits, may be: the figure without it, repairs._SPECK_OPEN_RE)
    assert _separator_readings("@๑๒.๐๐") == ["@๑๒.๐๐", "๑๒.๐๐"]
    assert _separator_readings("9๒๐.๕๐") == ["9๒๐.๕๐"]


def test_of_readings_that_differ_in_their_decimals_the_form_prints_one():
    # "๑๒๐.๐" between 12.0 and 22.0 fits as 16.0, 16.6 or 16.4 (a ๐ after the point may be a ๖ or ๔ OCR
    # misread); the form's other progress figures print ".0" and ".5" alone: 16.0 is chosen, and said so
    import json

    texts = {1: "๑๒.๐", 2: "๑๒๐.๐", 3: "๒๒.๐", 4: "๒๕.๕"}
    found = {s: {"progress_pct": Reading(None if s == 2 else float(t.translate(str.maketrans("๐๑๒๓๔๕", "012345"))),
                                         f"ความก้าวหน้าของงานฯ = {t}", s, s)} for s, t in texts.items()}
    issues = repair_progress(found, "k")
    assert found[2]["progress_pct"].value == 16.0
    assert [i.code for i in issues] == ["value_repaired"]
    evidence = json.loads(issues[0].evidence)
    assert evidence["decimals"] == ["0", "5"] and evidence["chosen"] == 16.0 and len(evidence["candidates"]) == 3
    found[4]["progress_pct"] = Reading(25.6, "ความก้าวหน้าของงานฯ = ๒๕.๖", 4, 4)  # a form that prints ".6" too
    found[2]["progress_pct"] = Reading(None, "ความก้าวหน้าของงานฯ = ๑๒๐.๐", 2, 2)
    assert [i.code for i in repair_progress(found, "k")] == ["repair_ambiguous"]
    assert found[2]["progress_pct"].value is None
