"""OBEC: a count whose first digit OCR wrote as a symbol glued to its other digits ("จำนวน «๕ คน" for ๙๕, fresh set
s60z obec 001) stood silent: the symbol-for-a-count rule took only a symbol standing alone ("จำนวน « คน").  Glued to
the count's digits it is said too (parsers.obec_progress.digits._SYMBOL_COUNT_RE), whatever digits the document
reads; a dash or a bracket is no digit's place."""

from parsers.obec_progress.digits import flag_doubtful


def _flagged(progress: str) -> list[str]:
    row = {"line_start": 2, "line_end": 2, "project_key": "p", "text": "ประชุม", "progress": progress}
    return [i.message for i in flag_doubtful("", {"activities": [row]}, [], [])]


def test_a_symbol_glued_to_a_count_s_digits_is_said():
    (message,) = _flagged("มีผู้เข้าร่วมกิจกรรม จำนวน «๕ คน")
    assert "holds '«' where digits stood" in message


def test_a_count_read_whole_or_bracketed_is_not():
    assert _flagged("มีผู้เข้าร่วมกิจกรรม จำนวน 95 คน") == []
    assert _flagged("มีผู้เข้าร่วมกิจกรรม (จำนวน 95 คน)") == []
    assert _flagged("มีผู้เข้าร่วมกิจกรรม จำนวน - คน") == []
