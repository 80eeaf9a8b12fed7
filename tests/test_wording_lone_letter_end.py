"""A finding whose last word OCR lost all but one letter of ("ระยะเวลาในการอบรมพัฒนามีจำ ด" for "...มีจำกัด"): the
letter alone is no word and was dropped from the words looked up, so the text read as words throughout and nothing
named it (fresh set s99p, obec_progress_s99p004: a silent miss).  A consonant alone ending a text after its words
is said (normalizers.words.lone_letter_end); an abbreviation's letter keeps its dot, and a letter opening a text is
another rule's.  So is a speck of punctuation opening a text before its words (pipeline.wording._SPECK_OPENING_RE)."""

from __future__ import annotations

import json

import pytest

from normalizers.words import lone_letter_end
from pipeline.wording import flag_unknown_words


def _finding(text: str) -> dict:
    return {"text": text, "line_start": 5, "line_end": 5, "project_key": "k"}


def test_a_letter_alone_ending_a_text_is_said():
    (flag,) = flag_unknown_words({"findings": [_finding("ระยะเวลาในการอบรมพัฒนามีจำ ด")]}, [])
    assert flag.code == "unknown_words" and flag.field == "findings.text"
    assert json.loads(flag.evidence)["pieces"] == ["ด"]


@pytest.mark.parametrize("text", ["ระยะเวลาในการอบรมพัฒนามีจำกัด", "ดำเนินการตามแผน ข.", "ก ดำเนินการตามแผน",
                                  "ผู้เข้าร่วมกิจกรรม จำนวน 29 คน"])
def test_a_text_ending_with_a_word_an_abbreviation_or_opening_with_a_letter_is_not(text):
    assert lone_letter_end(text) is None
    if not text.startswith("ก "):  # (a letter opening a text is debris_pieces' to say)
        assert not flag_unknown_words({"findings": [_finding(text)]}, [])


def test_a_speck_of_punctuation_opening_a_text_is_said():
    # ".จัดเตรียมข้อมูล/จัดทำโครงการ": a dot of the scan OCR read before a report's description (fresh set s99r,
    # bma_progress_s99r001: silent); no text of the forms opens so
    (flag,) = flag_unknown_words({"findings": [_finding(".จัดเตรียมข้อมูล/จัดทำโครงการ")]}, [])
    assert flag.code == "unknown_words" and json.loads(flag.evidence)["pieces"] == ["."]
    assert not flag_unknown_words({"findings": [_finding("จัดเตรียมข้อมูล/จัดทำโครงการ")]}, [])
