"""A BMA progress form prints every report's progress one way ("20.0%", "21.0%", "33.0%"); OCR read the first
stroke of one figure's "%" as a digit more before it ("25.5%" read "25.59%": fresh set s60o).  That figure stood in
order with its neighbours, so no order rule weighed it, and its extra decimal went unsaid.  A progress printed
with a "%" and one decimal more than every other one of the copy (two at least, all as many), its last digit a
9 (the sign's ring), is the number without that digit (rule percent_sign, as a "%" read "96" is); in doubt
where its Thai digits could be others or where it would then stand out of order."""

import json

from parsers.bma_progress.repairs import repair_percent_sign
from schemas.document import Reading


def _reports(*tokens: str, values: dict[int, float] | None = None) -> dict:
    out = {}
    for seq, token in enumerate(tokens, start=1):
        text = f"ความก้าวหน้าของงานฯ = {token} งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = 0 บาท"
        value = (values or {}).get(seq, float(token.rstrip("% ").translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))))
        out[seq] = {"progress_pct": Reading(value, text, 10 + seq, 10 + seq)}
    return out


def test_a_digit_more_before_the_sign_is_no_part_of_the_progress():
    reports = _reports("20.0%", "21.0%", "45.09%", "53.0%")
    (issue,) = repair_percent_sign(reports, "k")
    assert reports[3]["progress_pct"].value == 45.0 and issue.code == "value_repaired"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "percent_sign" and evidence["printed"] == "45.09" and evidence["chosen"] == 45.0
    assert issue.field == "progress_reports.progress_pct" and issue.line_start == 13


def test_a_form_that_prints_its_decimals_otherwise_keeps_the_figure():
    for tokens in (("20.00%", "21.00%", "45.09%"),  # the form prints two decimals: 45.09 is a figure of it
                   ("20.0%", "21.00%", "45.09%"),  # the others disagree on their decimals
                   ("20.0%", "45.09%"),  # one other report only
                   ("20.0%", "21.0%", "45.07%"),  # a 7 is no ring
                   ("20.0%", "21.0%", "45.09")):  # no "%" after it: the sign was not read twice
        reports = _reports(*tokens)
        assert repair_percent_sign(reports, "k") == [] and reports[len(tokens)]["progress_pct"].value == \
            float(tokens[-1].rstrip("%"))


def test_thai_digits_that_could_be_others_or_a_figure_out_of_order_are_said_in_doubt():
    # "2๓.๕9%": the sign is known, the ๓ may be a ๗ or ๙ the document's OCR cannot write
    reports = _reports("20.0%", "21.0%", "2๓.๕9%", "53.0%")
    (issue,) = repair_percent_sign(reports, "k")
    assert issue.code == "repair_ambiguous" and reports[3]["progress_pct"].value == 23.5
    assert json.loads(issue.evidence)["candidates"] == [23.5]
    # 45.0 would stand below report 2's 45.5: said in doubt, the number without the digit kept
    reports = _reports("20.0%", "45.5%", "45.09%", "53.0%")
    (issue,) = repair_percent_sign(reports, "k")
    assert issue.code == "repair_ambiguous" and reports[3]["progress_pct"].value == 45.0
