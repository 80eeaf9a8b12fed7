"""BMA proposals printed as running text (the form on one line, wrapped anywhere by OCR) whose long heading OCR
read with a letter changed, after its own section number ("... ๑๐. การติดตามประเมินผล ๑๐.๑ ตัวชี้วัดความสําเว็จ
ตัวชี้วัด ค่าเป้าหมาย ...", ร read ว: fresh set pr24a, bma_proposal_pr24a007).  Inside a line a heading was found
by its exact words after a number (sections._inline_heading), so section 10.1 was not found and its KPI table,
read as section 10's text, was lost with no issue naming it (8 silent misses).  Now a long heading (LONG
skeleton letters or more) inside a text after its own section number printed whole, each digit Arabic or Thai,
is found by its words HEADING_RATIO alike (sections._own_number_heading); after another number, or with words
further apart, it is not."""

from __future__ import annotations

from normalizers.text import skeleton
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_heading_dot_twice import _running

_HEAD = "10.1 ตัวชี้วัดความสำเร็จ"


def _kpis(text: str) -> list[tuple]:
    return [(t["text"], t["target_value"], t["indicator_type"]) for t in run(text)["targets"]
            if t["kind"] == "indicator"]


def test_a_kpi_heading_with_a_letter_changed_in_running_text_is_found():
    source = sample_text(PROPOSAL)
    assert _HEAD in source
    printed = _kpis(_running(source))
    assert printed
    assert _kpis(_running(source.replace(_HEAD, "๑๐.๑ ตัวชี้วัดความสําเว็จ"))) == printed


def test_only_after_its_own_number_and_near_its_words():
    from parsers.bma_proposal.sections import _own_number_heading

    heading = skeleton("ตัวชี้วัดความสำเร็จ")
    text = "อย่างต่อเนื่อง ๑๐. การติดตามประเมินผล ๑๐.๑ ตัวชี้วัดความสําเว็จ ตัวชี้วัด ค่าเป้าหมาย"
    start, end = _own_number_heading(text, "s10_1", heading)
    assert text[start:end] == "๑๐.๑ ตัวชี้วัดความสําเว็จ"
    assert _own_number_heading(text.replace("๑๐.๑", "๑๐.๒"), "s10_1", heading) is None  # another number
    assert _own_number_heading(text.replace("ตัวชี้วัดความสําเว็จ", "ตัวอย่างการทำงาน"), "s10_1", heading) is None
