"""A real form cut short (issue 14, part 3): a BMA progress form whose last
copy stops in its report entries, without the certification that closes
every copy, or a proposal that stops before section 10 and its signatures,
is `partial` with a `form_truncated` error naming where it stops; the
whole form has no such issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"


def _cut(keep: float) -> bytes:
    data = sample_text(SAMPLE).encode("utf-8")
    return data[: int(len(data) * keep)]


def test_the_whole_form_is_not_truncated():
    rows = process_document("whole.txt", sample_text(SAMPLE).encode("utf-8"))
    assert rows["documents"][0]["status"] == "ok"
    assert not [i for i in rows["issues"] if i["code"] == "form_truncated"]


@pytest.mark.parametrize("keep", [0.95, 0.8, 0.6])
def test_a_form_cut_in_its_entries_is_partial_and_says_where(keep):
    data = _cut(keep)
    rows = process_document("cut.txt", data)
    assert rows["documents"][0]["status"] == "partial"
    (issue,) = [i for i in rows["issues"] if i["code"] == "form_truncated"]
    last = data.decode("utf-8", "ignore").rstrip("\n").count("\n") + 1
    assert issue["severity"] == "error" and issue["line_start"] <= last
    assert f"line {issue['line_start']}" in issue["message"]
    if keep <= 0.8:
        assert len(rows.get("progress_reports", [])) < 10  # what the cut lost is not there, and is said


PROPOSAL = "002_e5b5a9d4d9adb57c.txt"


def test_a_proposal_cut_before_section_10_is_partial():
    whole = sample_text(PROPOSAL).encode("utf-8")
    assert not [i for i in process_document("p.txt", whole)["issues"] if i["code"] == "form_truncated"]
    rows = process_document("p.txt", whole[: int(len(whole) * 0.7)])
    assert rows["documents"][0]["status"] == "partial"
    assert [i for i in rows["issues"] if i["code"] == "form_truncated" and i["severity"] == "error"]


def test_a_proposal_cut_after_its_first_sections_is_still_a_proposal():
    """A proposal that stops in section 6 shows the labels of sections 4 and
    5 ("ประเภทโครงการ", "ระยะเวลาดำเนินการ"): it is read, partial, not unknown."""
    text = (Path(__file__).parent / "corpus" / "clean" / "bma_proposal_003.txt").read_text(encoding="utf-8")
    cut = text[: text.index("ขั้นตอนการดำเนินงาน")]
    rows = process_document("cut.txt", cut.encode("utf-8"))
    assert rows["documents"][0]["doc_type"] == "bma_proposal" and rows["documents"][0]["status"] == "partial"
    assert len(rows["projects"]) == 1
