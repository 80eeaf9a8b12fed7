"""A report that disburses and lists no expense line, while another report's lines cannot be checked against its
disbursement (an amount OCR garbled past reading): the lines may be the first report's, read under the other (fresh
set s94o, bma_progress_s94o002: report 5's line "ค่าเกียรติบัตร = ไช๒,๕๐๐" stood in the next page's column, under
report 10).  Before, only lines that did not add up to their report made the others that disburse with none said;
report 5 lacked its line with no issue naming its expenses.  Now (rows.check_figures) lines whose sum cannot be read
count as such too (missing_value, field expenses)."""

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from schemas.document import Reading


def _reports(**paid):
    return {int(seq[1:]): {"disbursed": Reading(Decimal(v), v, 10 * int(seq[1:]), 10 * int(seq[1:]) + 5)}
            for seq, v in paid.items()}


def _said(issues):
    return [i for i in issues if i.code == "missing_value" and i.field == "expenses"]


def test_a_report_without_lines_beside_lines_that_cannot_be_checked_is_said():
    issues = check_figures(_reports(r5="2800", r10="9300"), {10: [None]}, {})
    said = _said(issues)
    assert len(said) == 1 and "report 5 disburses 2,800.00" in said[0].message and said[0].line_start == 50


def test_nothing_is_said_where_every_sum_is_read_or_nothing_was_spent():
    assert not _said(check_figures(_reports(r5="2800", r10="9300"), {10: [Decimal("9300")]}, {}))
    assert not _said(check_figures(_reports(r5="0", r10="9300"), {10: [None]}, {}))
