"""A long unit with one letter OCR misread for a letter no look-alike table lists ("โรงเรียบ" for โรงเรียน, its น
read บ; "หัวโมง" for ชั่วโมง, its ช read ห and a mark lost) was kept as printed in a proposal's budget line (said
only as no unit of the form: fresh sets s30o, s31o, s34z).  A unit of five letters or more (marks aside) is one no
other unit comes within one letter of: the printed unit that is one letter from exactly one such unit reads as it,
said (value_repaired, rule unit: parsers.units.unit_by_one_letter).  Short units are left alone: one letter from
คน is คัน's letters or another word."""

import json
from pathlib import Path

from parsers.units import unit_by_one_letter
from pipeline.stages import process_document


def test_a_long_unit_one_letter_off_is_that_unit():
    assert unit_by_one_letter("โรงเรียบ") == "โรงเรียน"
    assert unit_by_one_letter("หัวโมง") == "ชั่วโมง"
    assert unit_by_one_letter("เครี่อย") == "เครื่อง"


def test_units_and_words_it_leaves_alone():
    assert unit_by_one_letter("โรงเรียน") is None  # a unit
    assert unit_by_one_letter("ชัวโมง") is None  # a mark lost only: canonical_unit reads it
    assert unit_by_one_letter("โงเรียบ") is None  # a letter lost and one misread: two changes
    assert unit_by_one_letter("ชุค") is None and unit_by_one_letter("คม") is None  # short units: not told
    assert unit_by_one_letter("AU") is None and unit_by_one_letter("") is None


def test_a_proposal_s_long_unit_misread_is_read_and_said():
    path = Path(__file__).parent / "corpus" / "clean" / "bma_proposal_011.txt"
    text = path.read_text(encoding="utf-8")
    assert "จำนวน 8 ชั่วโมงๆ ละ" in text
    rows = process_document(path.name, text.replace("จำนวน 8 ชั่วโมงๆ ละ", "จำนวน 8 หัวโมงๆ ละ").encode("utf-8"))
    assert {e["item"]: e["unit"] for e in rows["expenses"]}["วิทยากรภายใน"] == "ชั่วโมง"
    said = [json.loads(i["evidence"]) for i in rows["issues"] if i["field"] == "expenses.unit"]
    assert [(s["rule"], s["printed"], s["chosen"]) for s in said] == [("unit", "หัวโมง", "ชั่วโมง")]
