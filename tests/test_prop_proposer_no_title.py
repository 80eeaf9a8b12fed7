"""A proposal whose signature lines were left blank, OCR reading the next line's "(ลงชื่อ)" as "(เลงซือ)" under
the proposer's role: the bracket was read as the proposer's name, silent (extra4 t003).  A signer's name is
printed with its title; a bracket without one is said (`implausible_value`), kept as read."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

SIGNED = "\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ"


def _signed(block: str) -> dict:
    text = sample_text(PROPOSAL)
    assert SIGNED in text
    return run(text[:text.index(SIGNED)] + block)


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "projects.owner_name" and i["code"] == "implausible_value"]


def test_a_proposer_read_from_a_bracket_with_no_title_is_said():
    rows = _signed("(งซีกก 0นนณแซฒัวไนไ1ฝืี\nผู้เสนอโครงการ\n(เลงซือ) ] ทมมแมแมแม\nเห็นชอบโครงการ\n")
    assert rows["projects"][0]["owner_name"] == "เลงซือ" and len(_said(rows)) == 1


def test_a_proposer_with_a_title_or_a_rank_is_not_said():
    for name in ("นางประภาพร สุขสวัสดิ์", "ผศ.ดร.สมชาย ใจดี", "ว่าที่ร้อยตรีสมชาย ใจดี"):
        rows = _signed(f"{SIGNED}\n\t\t\t\t\t({name})\n")
        assert rows["projects"][0]["owner_name"] == name and not _said(rows)
