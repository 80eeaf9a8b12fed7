"""An OBEC activity's progress that opens with the last words of one of the
form's status clauses ("เข้าร่วมกิจกรรม จำนวน 46 คน" for "มีผู้เข้าร่วมกิจกรรม
จำนวน 46 คน"): OCR lost its opening words with specks or at the margin.
Said (unknown_words on activities.progress, the words lost its pieces), kept
as read (parsers.obec_progress.texts.status_heads_lost).  Before, where no
other row of the report printed the clause whole, the text was given short
with no issue naming it (fresh set s71b's obec_progress_s71b003)."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"
CLAUSE = "มีผู้เข้าร่วมกิจกรรม จำนวน"


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unknown_words" and i["field"] == "activities.progress"
            and "status clause" in i["message"]]


def _run(text: str) -> dict:
    return process_document("x.txt", text.encode("utf-8"))


def test_a_progress_short_of_its_status_clause_s_opening_is_said():
    text = (CORPUS / "clean" / "obec_progress_001.txt").read_text(encoding="utf-8")
    assert text.count(CLAUSE) == 4
    rows = _run(text.replace(CLAUSE, "เข้าร่วมกิจกรรม จำนวน"))
    short = [a for a in rows["activities"] if (a.get("progress") or "").startswith("เข้าร่วมกิจกรรม")]
    said = _said(rows)
    assert short and len(said) == len(short)
    assert all("มีผู้" in i["evidence"] for i in said)


def test_the_clause_whole_says_nothing():
    text = (CORPUS / "clean" / "obec_progress_001.txt").read_text(encoding="utf-8")
    assert _said(_run(text)) == []
