"""OCR'd text whose abbreviation came with a mark right after its dot ("ก.ุค." for ก.ค., "พ.ุศ." for พ.ศ.: a
speck read as a vowel below the line; the corpus' OCR holds some forty).  A proposal's period printed with
one kept it, silently ("ธ.ค. 69 – ก.ุค. 70").  No word writes a mark there: the clean-up drops it
(normalizers.text.strip_marks_after_dots)."""

from __future__ import annotations

from normalizers.text import fix_line_and_explain
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def test_a_mark_after_an_abbreviations_dot_is_dropped():
    assert fix_line_and_explain("ธ.ค. 69 – ก.ุค. 70") == ("ธ.ค. 69 – ก.ค. 70", ("strip_marks_after_dots",))
    assert fix_line_and_explain("(พ.ุศ.๒๕๖๖)")[0] == "(พ.ศ.๒๕๖๖)"
    assert fix_line_and_explain("ก.ค. น้ำท่วม.ทั่วไป") == ("ก.ค. น้ำท่วม.ทั่วไป", ())  # marks on letters stay


def test_a_proposal_period_printed_with_such_a_mark_reads_as_printed():
    source = sample_text(PROPOSAL).replace("ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569",
                                           "ระยะเวลาดำเนินการ : ธ.ค. 68 – ก.ุค. 69")
    (project,) = run(source)["projects"]
    assert project["period_text"] == "ธ.ค. 68 – ก.ค. 69"
    assert str(project["end_date"]) == "2026-07-31"
