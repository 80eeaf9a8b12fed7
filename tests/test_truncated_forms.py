"""A real form cut short (issue 14, part 3): a BMA progress form whose last
copy stops in its report entries, without the certification that closes
every copy, a proposal that stops before the signature lines closing it,
or an OBEC report whose last project's round stops before the part that
closes every other round, is `partial` with a `form_truncated` error naming
where it stops; the whole form has no such issue.  A proposal cut after its
first page (its project block only) is still read as a proposal."""

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
    """(and one cut inside section 10, before the signatures: 0.9)"""
    whole = sample_text(PROPOSAL).encode("utf-8")
    assert not [i for i in process_document("p.txt", whole)["issues"] if i["code"] == "form_truncated"]
    for keep in (0.7, 0.9):
        rows = process_document("p.txt", whole[: int(len(whole) * keep)])
        assert rows["documents"][0]["status"] == "partial"
        assert [i for i in rows["issues"] if i["code"] == "form_truncated" and i["severity"] == "error"]


def test_a_proposal_ending_at_its_signers_names_is_whole():
    """OCR garbles the "(ลงชื่อ)....ผู้เสนอโครงการ" line past the clean-up's
    signature test; the signer's bracketed name under it still closes the form."""
    text = sample_text(PROPOSAL)
    head = text[: text.index("(ลงชื่อ)")]
    closed = head + "\n(เลงซุ) : ล: โธโธโ[สไฝไฝ\nโครงการ\n(นางสาวสมศรี ใจดี)\nตำแหน่ง หัวหน้าฝ่ายการศึกษา\n"
    rows = process_document("p.txt", closed.encode("utf-8"))
    assert not [i for i in rows["issues"] if i["code"] == "form_truncated"]
    rows = process_document("p.txt", head.encode("utf-8"))
    assert [i for i in rows["issues"] if i["code"] == "form_truncated"]


@pytest.mark.parametrize("keep", [0.1, 0.2])
def test_a_proposal_cut_to_its_project_block_is_a_proposal(keep):
    """The first page of a proposal holds only the project block the progress
    form opens with too (title, agency, rationale, objectives); without the
    progress form's own labels it is a proposal, partial, with its project row."""
    whole = sample_text(PROPOSAL).encode("utf-8")
    rows = process_document("p.txt", whole[: int(len(whole) * keep)])
    assert rows["documents"][0]["doc_type"] == "bma_proposal"
    assert rows["documents"][0]["status"] == "partial"
    assert len(rows["projects"]) == 1 and rows["projects"][0]["name"]
    assert [i for i in rows["issues"] if i["code"] == "form_truncated"]


def test_random_text_with_one_project_label_is_not_a_proposal():
    text = "ชื่อโครงการ ทดสอบ\nข้อความอื่น ๆ ที่ไม่ใช่แบบฟอร์ม\n" * 5
    rows = process_document("x.txt", text.encode("utf-8"))
    assert rows["documents"][0]["doc_type"] == "unknown"


OBEC = Path(__file__).parent / "corpus" / "clean" / "obec_progress_006.txt"


def test_an_obec_report_cut_inside_its_last_project_is_partial():
    text = OBEC.read_text(encoding="utf-8")
    assert not [i for i in process_document("o.txt", text.encode("utf-8"))["issues"] if i["code"] == "form_truncated"]
    last_findings = text.rindex("ปัญหาและอุปสรรค")
    rows = process_document("o.txt", text[:last_findings].encode("utf-8"))
    assert rows["documents"][0]["status"] == "partial"
    (issue,) = [i for i in rows["issues"] if i["code"] == "form_truncated"]
    assert "last project" in issue["message"]


def test_a_proposal_cut_after_its_first_sections_is_still_a_proposal():
    """A proposal that stops in section 6 shows the labels of sections 4 and
    5 ("ประเภทโครงการ", "ระยะเวลาดำเนินการ"): it is read, partial, not unknown."""
    text = (Path(__file__).parent / "corpus" / "clean" / "bma_proposal_003.txt").read_text(encoding="utf-8")
    cut = text[: text.index("ขั้นตอนการดำเนินงาน")]
    rows = process_document("cut.txt", cut.encode("utf-8"))
    assert rows["documents"][0]["doc_type"] == "bma_proposal" and rows["documents"][0]["status"] == "partial"
    assert len(rows["projects"]) == 1
