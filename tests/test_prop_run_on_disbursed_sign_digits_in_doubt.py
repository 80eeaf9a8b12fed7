"""A run-on table's disbursement row printed with a ฿ sign OCR read as a digit, its amount in Thai digits after
it ("8๓,๒๐๐" for ฿๓,๖๐๐, the ๖ read ๒): the sign was dropped and the digits after it taken as sure, a
value_repaired of 3,200 where 3,600 was printed (fresh set s51z004).  As for an expense figure's sign
(repairs._sign_in_doubt), the sign is dropped and the amount kept as printed without it, but where its digits
have other readings (normalizers.confusions.certain) it is said repair_ambiguous, none of their readings chosen
(transposed._run_sign_issue); digits with no other reading (Arabic) keep the value_repaired."""

import json

from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line
from tests.test_prop_run_on_expenses_sign_read import _TABLE


def _said(table: tuple[str, ...]) -> list:
    _, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(table, start=84)])
    return [i for i in issues if i.field == "progress_reports.disbursed" and "฿ sign" in i.message]


def test_thai_digits_after_the_sign_are_kept_and_said_in_doubt():
    table = list(_TABLE)
    table[7] = table[7].replace("846,550", "8๔๖,๕๕๐")
    said = _said(tuple(table))
    assert [i.code for i in said] == ["repair_ambiguous"]
    evidence = json.loads(said[0].evidence)
    assert evidence["kept"] == "46550.00" and "chosen" not in evidence


def test_arabic_digits_after_the_sign_are_repaired():
    said = _said(_TABLE)
    assert [i.code for i in said] == ["value_repaired"]
    assert json.loads(said[0].evidence)["chosen"] == "46550.00"


def test_a_thousands_comma_read_as_a_dot_after_the_sign_still_parts_the_row():
    """"Bo 8๕.๑๐๐" for ฿๐ ฿๕,๑๐๐ (a fresh set's form printed on a few lines): the comma read as a dot, three
    digits after it (a decimal has two): each token is its report's amount, the second kept as printed without
    its sign and said in doubt; before, the row did not part and neither report had a disbursement."""
    table = list(_TABLE)
    table[7] = table[7].replace("846,550", "8๔๖.๕๕๐")
    said = _said(tuple(table))
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["kept"] == "46550.00"
    # four digits after the dot are no amount's shape: the row is no signed amounts' (nothing said)
    table[7] = table[7].replace("8๔๖.๕๕๐", "8๔๖.๕๕๐๐")
    assert _said(tuple(table)) == []
