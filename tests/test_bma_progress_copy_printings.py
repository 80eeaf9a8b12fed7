"""A progress the form's copies print apart as OCR read them ("๒๕" in two copies, "28" in the one that prints Arabic
digits; "๒๕.๐", "อ4.๐" and "6๕.๐" for ๖๔.๐) was the vote's majority or earliest copy, a misread (corpus ocr 018,
extra4 t018).  Every copy printed the same figure: the one value a reading of every copy's characters gives is it
(repairs.progress_from_copies, rule copy_readings), the copies no one could read among them (their text is kept:
pipeline.vote.Vote.unread).  Not where several values fit every copy, nor where the one that fits has decimals the
form's other figures never read with (the copies read two entries' figures), nor out of order with every reading of
a neighbour."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from parsers.bma_progress.rows import progress_printings
from pipeline.vote import merge_copies
from schemas.document import CopyReading, Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reading(token: str, line: int) -> Reading:
    try:
        value = float(token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        value = None
    return Reading(value, f"ความก้าวหน้าของงานฯ = {token}%", line, line)


def _reports(*printed: str) -> dict:
    return {seq: {"progress_pct": _reading(token, seq)} for seq, token in enumerate(printed, 1)}


def test_the_one_value_every_copy_allows_is_read():
    reports = _reports("๑๓.๐", "๒๕.๐", "๗๐.๐")
    printings = {2: [reports[2]["progress_pct"], _reading("อ4.๐", 20), _reading("6๕.๐", 30)]}
    issues = repair_progress(reports, "k", printings=printings)
    assert reports[2]["progress_pct"].value == 64.0
    said = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.progress_pct"]
    assert len(said) == 1 and json.loads(said[0].evidence)["rule"] == "copy_readings"
    assert json.loads(said[0].evidence)["copy_readings"] == ["อ4.๐", "6๕.๐"]


def test_without_the_other_copies_nothing_is_chosen():
    reports = _reports("๑๓.๐", "๒๕.๐", "๗๐.๐")
    repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 25.0


def test_several_values_every_copy_allows_choose_none():
    reports = _reports("๑๓.๐", "๒๕.๐", "๗๐.๐")
    printings = {2: [reports[2]["progress_pct"], _reading("6๕.๐", 30)]}  # 64, 65, 68, 69 fit both
    repair_progress(reports, "k", printings=printings)
    assert reports[2]["progress_pct"].value == 25.0


def test_letters_for_digits_agreed_on_only_under_the_common_look_alikes_choose_none():
    # a copy that printed letters for both digits ("me" for ๓๗: ๓ read "m", ๗ "e") and one that printed "๓ฒ" share
    # 39 alone under the table's look-alikes ("e" for ๕ or ๙), 37 too with "e" for the ๗ it was measured to stand for
    reports = _reports("๒๒", "me", "๖๘")
    printings = {2: [reports[2]["progress_pct"], _reading("๓ฒ", 30)]}
    issues = repair_progress(reports, "k", printings=printings)
    assert reports[2]["progress_pct"].value != 39.0
    assert not [i for i in issues if i.code == "value_repaired" and "copy_readings" in i.evidence]


def test_decimals_the_form_never_reads_are_not_chosen():
    # "๕๒.๕" and "๕๕.๐" share 55.4 alone, a decimal no other figure reads with: two entries' figures
    reports = _reports("๑๑.๕", "๕๒.๕", "๕๕.๐", "๕๕.๕")
    printings = {2: [reports[2]["progress_pct"], _reading("๕๕.๐", 30)]}
    repair_progress(reports, "k", printings=printings)
    assert reports[2]["progress_pct"].value == 52.5


def test_the_vote_keeps_the_printings_no_copy_could_read():
    copies = []
    for index, token in enumerate(["๒๕.๐", "อ4.๐", "6๕.๐"]):
        copy = CopyReading(index, index * 10 + 1, index * 10 + 9)
        copy.tables["progress_reports"] = {1: {"progress_pct": _reading(token, index * 10 + 2)}}
        copies.append(copy)
    merged = merge_copies(copies)
    texts = sorted(r.text for r in progress_printings(merged)[1])
    assert len(texts) == 3 and any("อ4.๐" in t for t in texts)


def test_a_copy_printing_the_neighbours_figure_says_its_doubt():
    # a copy whose entries stand one off prints report 3's "๓๕.๐๐" in report 4's place: the one value every
    # printing allows ("๕๐.๐๐" twice and "๓๕.๐๐": 74, ๗ read ๕ and ๓, ๔ read ๐ and ๕) is no evidence: said, none
    # chosen (set s66z: 74 taken for 40, the copy's entries one off after a header's number misread)
    reports = _reports("๑๕.๐๐", "๒๒.๕๐", "๓๕.๐๐", "๕๐.๐๐", "๕๑.๐๐")
    printings = {4: [reports[4]["progress_pct"], _reading("๕๐.๐๐", 40), _reading("๓๕.๐๐", 50)]}
    issues = repair_progress(reports, "k", printings=printings)
    assert reports[4]["progress_pct"].value == 50.0
    assert not [i for i in issues if i.code == "value_repaired" and "copy_readings" in i.evidence]
    said = [i for i in issues if i.code == "repair_ambiguous" and "copy_readings" in i.evidence]
    assert len(said) == 1 and json.loads(said[0].evidence)["neighbour"] == 3


def test_a_copy_printing_no_neighbours_figure_still_chooses():
    reports = _reports("๑๓.๐", "๒๕.๐", "๗๐.๐")
    printings = {2: [reports[2]["progress_pct"], _reading("อ4.๐", 20), _reading("6๕.๐", 30)]}
    repair_progress(reports, "k", printings=printings)
    assert reports[2]["progress_pct"].value == 64.0
