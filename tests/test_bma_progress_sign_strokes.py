"""A BMA progress form prints every report's progress one way ("๑๒.๐%", "๒๕.๐%"); OCR read one figure's "%" with
its strokes as digits on both sides of the sign ("๑๓.๐05%6" for ๑๓.๐%: fresh set s79b; "๕๕.๐9%6": s79a), and the
figure was read 13.005.  A digit glued right after the "%" (no figure is printed so) says the sign was read in
pieces: the one or two digits before it past the decimals every other progress of the copy prints (two at least,
all as many) are its strokes, and the progress is the number without them (rule percent_sign); in doubt where its
Thai digits could be others or where it would then stand out of order."""

import json

from parsers.bma_progress.clauses import progress_token
from parsers.bma_progress.repairs import repair_percent_sign
from schemas.document import Reading


def _reports(*tokens: str) -> dict:
    out = {}
    for seq, token in enumerate(tokens, start=1):
        text = f"ความก้าวหน้าของงานฯ = {token}"
        number = token.split("%")[0].translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        out[seq] = {"progress_pct": Reading(float(number), text, 10 + seq, 10 + seq)}
    return out


def test_the_clause_keeps_the_digit_glued_after_its_sign():
    assert progress_token("ความก้าวหน้าของงานฯ = ๑๓.๐05%6") == "๑๓.๐05"
    assert progress_token("ความก้าวหน้าของงานฯ = ๑๓.๐% : งบประมาณ") == "๑๓.๐"


def test_digits_around_the_sign_are_its_strokes():
    reports = _reports("10.0%", "13.005%6", "25.0%", "55.0%")
    (issue,) = repair_percent_sign(reports, "k")
    assert reports[2]["progress_pct"].value == 13.0 and issue.code == "value_repaired"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "percent_sign" and evidence["printed"] == "13.005" and evidence["chosen"] == 13.0
    assert issue.field == "progress_reports.progress_pct" and issue.line_start == 12


def test_without_a_digit_after_the_sign_or_the_form_s_decimals_the_figure_is_kept():
    for tokens in (("10.0%", "13.005%", "25.0%"),  # nothing glued after the sign
                   ("10.0%", "13.005%6"),  # one other report only
                   ("10.0%", "12.00%", "13.005%6"),  # the others disagree on their decimals
                   ("10.00%", "12.00%", "13.00%6"),  # as many decimals as the others: no stroke before the sign
                   ("10.0%", "12.0%", "13.0005%6")):  # three digits past the form's decimals: not the sign's
        reports = _reports(*tokens)
        assert repair_percent_sign(reports, "k") == []
        assert reports[len(tokens)]["progress_pct"].value == float(tokens[-1].split("%")[0])


def test_thai_digits_that_could_be_others_or_a_figure_out_of_order_are_said_in_doubt():
    reports = _reports("10.0%", "๑๓.๐05%6", "25.0%")  # the ๓ may be a ๗ or ๙ the OCR cannot write
    (issue,) = repair_percent_sign(reports, "k")
    assert issue.code == "repair_ambiguous" and reports[2]["progress_pct"].value == 13.0
    assert json.loads(issue.evidence)["candidates"] == [13.0]
    reports = _reports("10.0%", "13.05%6", "12.0%")  # 13.0 stands above report 3's 12.0
    (issue,) = repair_percent_sign(reports, "k")
    assert issue.code == "repair_ambiguous" and reports[2]["progress_pct"].value == 13.0
