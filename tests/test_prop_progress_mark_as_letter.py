"""A progress clause whose ฯ OCR read as ซ ("ความก้าวหน้าของงานซ = ๒.๐๐ %", "งานซฯ = ..."): ซ is also a look-alike
of a Thai digit OCR cannot write, so it was taken for the progress itself, and the progress-order repair chose
a reading of that one letter (7 for a page's 6: a wrong repair).  Glued to the clause's words and standing
before its "=", it is the ฯ (parsers.bma_progress.clauses.PROGRESS_RE); a ซ after the "=" is still the
progress as printed.  And a one-digit progress printed with its decimals ("๒.๐๐") is a figure of its own,
which pipeline.doubtful flags in a document whose OCR never writes some Thai digits."""

from __future__ import annotations

from parsers.bma_progress.clauses import progress_token
from parsers.digits import unread_digits
from pipeline.doubtful import flag_values
from pipeline.printed import value_pattern
from schemas.document import Line


def test_the_mark_read_as_a_letter_before_the_equals_sign_is_no_progress():
    assert progress_token("ความก้าวหน้าของงานซ = ๒.๐๐ %: งบประมาณ") == "๒.๐๐"
    assert progress_token("ความก้าวหน้าของงานซฯ = ๒๐.๐๐ % งบประมาณ") == "๒๐.๐๐"
    assert progress_token("ความก้าวหน้าของงานซ = ๕๕.๐๐") == "๕๕.๐๐"
    # after the "=", the letter is the progress as printed (its readings are weighed by the repair)
    assert progress_token("ความก้าวหน้าของงานฯ = ซ %") == "ซ"
    assert progress_token("ความก้าวหน้าของงานข = 4.50 %") == "4.50"


def test_a_one_digit_value_printed_with_its_decimals_is_its_own_figure():
    assert value_pattern(2.0).search("ความก้าวหน้า = 2.00 %")
    assert not value_pattern(2.0).search("รายงานครั้งที่ 2 :")  # a digit alone: no figure of the value's
    assert not value_pattern(2.0).search("= 12.00 %") and not value_pattern(2.0).search("= 2.05 %")
    text = [Line(1, "รายงาน" + " ๑๒๓๕๐" * 40), Line(2, "ความก้าวหน้าของงานซ = ๒.๐๐ % งบประมาณ")]
    row = {"line_start": 2, "line_end": 2, "project_key": "p", "progress_pct": 2.0}
    issues = flag_values(unread_digits(text), {"progress_reports": [row]}, text, [])
    assert [i.field for i in issues] == ["progress_reports.progress_pct"]
