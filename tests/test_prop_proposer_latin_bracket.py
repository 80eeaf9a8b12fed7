"""BMA proposals after OCR whose proposer's signature line names nobody ("(ลงชื่อ)......ผู้เสนอโครงการ") and
whose next signature line OCR read as Latin letters in brackets ("ผู้เสนอโครงการ" / "(DIVO) ทท๒ท๒้ฤล๐๐0!": fresh
set pr2/set2 s19prb011): the bracket after "ผู้เสนอ" was taken for the proposer's name (owner_name 'DIVO', no
issue).  A bracket of no Thai letter is no person's name: the proposer is looked for as when none is printed."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

SIGNED = "\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ\n"


def test_latin_letters_in_brackets_after_the_proposer_s_line_are_no_name():
    source = sample_text(PROPOSAL)
    assert SIGNED in source
    damaged = source.replace(SIGNED, "ผู้เสนอโครงการ\n\n(DIVO) ทท๒ท๒้ฤล๐๐0!\nเห็นชอบโครงการ\n")
    assert run(damaged)["projects"][0]["owner_name"] is None


def test_a_thai_name_in_brackets_after_it_is_read():
    source = sample_text(PROPOSAL)
    named = source.replace(SIGNED, "ผู้เสนอโครงการ\n\n(นางสาววิไลวรรณ อินทร์แก้ว)\n")
    assert run(named)["projects"][0]["owner_name"] == "นางสาววิไลวรรณ อินทร์แก้ว"
