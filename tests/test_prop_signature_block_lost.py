"""A BMA proposal whose signature block OCR lost whole (the last page's foot: no "(ลงชื่อ)", no role, no name, no
position read in any copy): the proposer's name, which the form prints under its signature line, was lost with no
issue naming it (fresh set s95p, bma_proposal_s95p003).  Now rows.build says it (missing_value on
projects.owner_name) where no copy read a line of the block (read.read_proposer puts fields.SIGNATURE_SEEN); a form
that prints the block and names no one is left as before."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _lost_said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "projects.owner_name"
            and "signature block" in i["message"]]


def test_a_proposal_whose_signature_block_ocr_lost_says_its_proposer_lost():
    text = sample_text(PROPOSAL)
    rows = run(text[: text.index("\t\t\t\t\t(ลงชื่อ)")])
    assert rows["projects"][0]["owner_name"] is None
    assert len(_lost_said(rows)) == 1


def test_a_signature_block_that_names_no_one_is_no_loss():
    rows = run(sample_text(PROPOSAL))
    assert rows["projects"][0]["owner_name"] is None and not _lost_said(rows)
