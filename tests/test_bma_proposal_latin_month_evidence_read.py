"""A proposal's period whose month OCR wrote in Latin letters, read as the one month inside the fiscal year (rule
latin_month): its evidence named the token alone ("B.A."), not the period's text as read, so an analyst saw the
chosen text ("ระหวาง ธ.ค. 68 ถง ก.ค. 69") beside a token and not beside the text it replaced, and the eval judged the
repair of the text wrong for the marks OCR lost elsewhere in it (fresh set s111o, bma_proposal_s111o003).  The
evidence now holds the text as read too."""

from __future__ import annotations

import json

import pytest

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import latin_period_month
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_latin_month_repair_names_the_text_as_read():
    text = "พ.ย. 69 – 1.U. 70"
    project = {"fiscal_year_be": Reading(2570, "2570", 3, 3), "period_raw": Reading(text, text, 40, 40)}
    said = [i for i in latin_period_month(project, period, settled=True) if i.code == "value_repaired"]
    assert said
    for issue in said:
        evidence = json.loads(issue.evidence)
        assert evidence["printed"] == "1.U." and evidence["read"] == text
