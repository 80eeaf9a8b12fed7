"""A risk table OCR read by its columns whose last cells came out after the
benefits' heading (s42z's bma_proposal_s42z002: "3 ปานกลาง" / "สอดคล้องกับ"
/ "ปฏิทิน" under "9. ประโยชน์ที่คาดว่าจะได้รับ"): the first risk's mitigation
took the second risk's text, the second row was lost, and the only issue was
the benefits' unplaced text, at the benefits' lines.  A risk's score and
level there say the risk table over its lines (parsers.bma_proposal.read.
read_sections)."""

from pathlib import Path

from tests.test_bma_proposal import run

_DOC = Path(__file__).parent / "corpus" / "clean" / "bma_proposal_002.txt"
_HEADING = "### **๙. ประโยชน์ที่คาดว่าจะได้รับ**\n"


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings"
            and "score and level" in i["message"]]


def test_a_risk_s_score_and_level_under_the_benefits_heading_says_the_risk_table():
    text = _DOC.read_text(encoding="utf-8")
    assert _HEADING in text
    rows = run(text.replace(_HEADING, _HEADING + "3 ปานกลาง\nสอดคล้องกับ ปฏิทิน การศึกษา\n"))
    said = _said(rows)
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    assert len(said) == 1 and risks and said[0]["line_start"] <= risks[0]["line_start"] <= said[0]["line_end"]
    assert not _said(run(text))  # as printed: none
    # a figure and a word that is no level ("3 โรงเรียน") is a benefit's own text
    assert not _said(run(text.replace(_HEADING, _HEADING + "3 โรงเรียนต้นแบบ\n")))
