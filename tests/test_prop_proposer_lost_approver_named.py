"""A BMA proposal whose signature block names its signers in brackets, where OCR garbled the proposer's
signature line, role and name past reading but read an approver's ("... ความพึงพอใจของผู้เข้าร่วม / A / Ids
(ODD) 11โ1โ1โ 9 / Ve / ee eeผู้เห็นชอบโครงการ / (นางนงลักษณ์ จันทร์เพ็ญ) (": my fresh sets pr24a
bma_proposal_pr24a007 and pr24b bma_proposal_pr24b007).  No proposer's name was read and nothing said so
(silent): the rules that say it ask for the proposer's role or a position line.  A form that names its signers
names its proposer (every proposal of the fifteen worked sets, my two fresh sets and the committed corpus that
prints a bracketed signer's name has an owner_name), so a signer's bracketed name with no proposer's name read
is now said (missing_value on projects.owner_name, read.read_proposer); a form with no names (the sample's
signature lines alone) says nothing."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_proposer_inline import SIGNED, _flagged, _owner, _signed


def test_an_approver_s_name_read_without_the_proposer_s_says_the_proposer_lost():
    rows = _signed("ความพึงพอใจของผู้เข้าร่วม\nA\nIds (ODD) 11โ1โ1โ 9\n\nVe\nee eeผู้เห็นชอบโครงการ\n"
                   "(นางนงลักษณ์ จันทร์เพ็ญ) (\n")
    assert _owner(rows) is None
    assert _flagged(rows)


def test_nothing_is_said_where_the_proposer_is_read_or_no_signer_is_named():
    rows = _signed(SIGNED + "\n\t\t\t\t\t      (นางวรรณา ชัยมงคล)\n\t\t\t\t\tตำแหน่ง นักวิชาการศึกษาชำนาญการ\n"
                   "(ลงชื่อ)......................ผู้เห็นชอบโครงการ\n(นางนงลักษณ์ จันทร์เพ็ญ)\n")
    assert _owner(rows) == "นางวรรณา ชัยมงคล" and not _flagged(rows)
    assert not _flagged(run(sample_text(PROPOSAL)))
