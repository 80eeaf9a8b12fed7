"""A proposer's family name OCR read as Latin letters (fresh set s74o's bma_proposal_s74o003: "(นางสาวนงลักษณ์ NAIA)"
for ทองดี, printed once, under the signature line) was given with no issue naming it: the name check read only
words of Thai letters (pipeline.wording.misread_name_words).  No Thai person's name is printed in Latin letters
(none of the 1,015 names of the truth of every committed and fresh set holds one), so a word of Latin letters
alone after the name's Thai words is said (unknown_words), the name kept as read."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document
from pipeline.wording import flag_misread_names, misread_name_words

SAMPLE = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_proposal_002.txt"


def test_a_family_name_of_latin_letters_is_said():
    assert misread_name_words("นางสาวนงลักษณ์ NAIA") == [("NAIA", [])]
    assert misread_name_words("นาง สาวนงลักษณ์ NAIA") == [("NAIA", [])]
    # a Thai name whole, a lone Latin letter (a speck), a name all in Latin letters: nothing said of them here
    assert misread_name_words("นางสาวนงลักษณ์ ทองดี") == []
    assert misread_name_words("นางสาวนงลักษณ์ A") == []
    assert misread_name_words("JOHN SMITH") == []
    tables = {"projects": [{"project_key": "p", "line_start": 4, "line_end": 6,
                            "owner_name": "นางสาวนงลักษณ์ NAIA"}]}
    (issue,) = flag_misread_names(tables, [])
    assert (issue.code, issue.field) == ("unknown_words", "projects.owner_name")
    assert "Latin letters" in issue.message
    assert tables["projects"][0]["owner_name"] == "นางสาวนงลักษณ์ NAIA"


def test_a_proposal_whose_proposer_family_name_ocr_read_as_latin_letters_says_it():
    text = SAMPLE.read_text(encoding="utf-8")
    rows = process_document(SAMPLE.name, text.encode("utf-8"))
    (owner,) = {p["owner_name"] for p in rows["projects"]}
    given, family = owner.split()
    assert not [i for i in rows["issues"] if i["field"] == "projects.owner_name"]
    damaged = text.replace(owner, f"{given} NAIA")
    assert damaged != text
    rows = process_document(SAMPLE.name, damaged.encode("utf-8"))
    assert {p["owner_name"] for p in rows["projects"]} == {f"{given} NAIA"}
    assert [i["code"] for i in rows["issues"] if i["field"] == "projects.owner_name"] == ["unknown_words"]
