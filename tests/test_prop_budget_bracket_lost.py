"""BMA progress budget clauses whose report number's opening bracket OCR
lost, its closing bracket and the "=" after it kept ("งบประมาณที่เบิกใช้
ครั้งที่ &) = 23,200.- บาท", "งบประมาณทีเบิกใช้ ey ») = ๐ บาท", "...ใช้
ครังที 5) = ..."; extra w016, extra4 t007, corpus 018, s31z004): BUDGET_RE
took the bracket's words only after an opening bracket, so the clause ended
at its label with no amount, and the rest was read as an expense line of
the entry ("ครั้งที่ &)" for its item, the disbursement for its amount).
Now the words before a closing bracket followed by "=" or ":" are the
clause's number as well: the clause keeps its amount, and its number when
one is printed (else its place says whose it is); no expense line."""

from __future__ import annotations

from parsers.bma_progress.clauses import events_of
from schemas.document import Line


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.value, e.seq) for e in events_of(Line(1, text))]


def test_a_budget_clause_keeps_its_number_and_amount_without_its_opening_bracket():
    assert _events("ความก้าวหน้าของงานฯ = 41 งบประมาณทีเบิกใช้  ครังที 5) = 2,300 บาท") == [
        ("progress", "41", None), ("budget", "2,300", 5)]
    assert _events("ความก้าวหน้าของงานฯ = 39.0% งบประมาณที่เบิกใช้ ครั้งที่ &) = 23,200.- บาท") == [
        ("progress", "39.0", None), ("budget", "23,200.-", None)]
    # the bracket's words OCR garbled past the word ครั้งที่: no number, the amount kept, no expense line
    assert _events("งบประมาณทีเบิกใช้ ey ») = ๐ บาท") == [("budget", "0", None)]


def test_a_budget_clause_with_its_brackets_or_none_reads_as_before():
    assert _events("งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 5,000 บาท") == [("budget", "5,000", 3)]
    assert _events("งบประมาณที่เบิกใช้ = 0 บาท") == [("budget", "0", None)]
    # a closing bracket with no "=" or ":" after it is no number's
    assert [k for k, _, _ in _events("งบประมาณที่เบิกใช้ ครั้งที่ 2) ค่าอาหาร = 500 บาท")][:1] == ["budget"]
    assert ("budget", None, None) in _events("งบประมาณที่เบิกใช้ ครั้งที่ 2) ค่าอาหาร = 500 บาท")
