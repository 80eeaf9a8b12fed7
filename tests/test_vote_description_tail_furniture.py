"""A BMA progress report's description that two copies read apart, one each way, where one reading is the other with
the entries table's next cells after it (a row title's or flag's words, "ความก้าวหน้าของงานฯ", "เป็นไปตาม...", a
clause's "::" or "="): the reading without them wins the tie (pipeline.vote._description_tie_by_tail), whatever the
words' dictionary plausibility or the copies' order said (fresh s69o009 report 1, s73o003 reports 10 and 11, s73a009
report 10, s67o009 report 2, s74a003 report 7; corpus 021, extra2 z015, extra4 t009).  Before, the run-on reading
was often kept.  The ocr_variant issue still says the copies disagree, and how the tie was broken."""

from pipeline.vote import EARLIEST, merge_copies
from schemas.document import CopyReading, Reading

_CELL = "ประชุมผู้บริหาร สถานศึกษาเพื่อ กำหนดวันจัดสัมมนา"


def _copy(index: int, start: int, description: str) -> CopyReading:
    record = {"seq": Reading(1, "รายงานครั้งที่ 1", start, start),
              "description": Reading(description, description, start + 1, start + 3)}
    return CopyReading(index, start, start + 10, tables={"progress_reports": {1: record}})


def _kept(*descriptions: str):
    merged = merge_copies([_copy(k, 100 + 200 * k, d) for k, d in enumerate(descriptions)])
    vote = merged.votes[("progress_reports", 1, "description")]
    return merged.tables["progress_reports"][1]["description"].value, vote, merged


def test_the_reading_without_the_table_s_next_cells_wins_the_tie():
    for tail in ("ความก้าวหน้าของ", ":: ความก้าวหน้าของงานฯ = ๒๕", "ผลงาน เข้าร่วม เป็นไปตาม เป็นไปตาม",
                 "ค่าวัสดุ = 6,100"):
        for order in ((f"{_CELL} {tail}", _CELL), (_CELL, f"{_CELL} {tail}")):
            kept, vote, merged = _kept(*order)
            assert kept == _CELL, (tail, order)
            issue = next(i for i in merged.issues if i.code == "ocr_variant")
            assert "next cells" in issue.message or vote.tie_break != "next cells"


def test_the_run_on_reading_the_words_prefer_loses():
    # the tie the words' plausibility broke for the run-on reading (its tail all dictionary words)
    kept, vote, merged = _kept(f"{_CELL} ความก้าวหน้าของ", _CELL)
    assert kept == _CELL
    assert "next cells" in vote.tie_break
    assert "next cells" in next(i for i in merged.issues if i.code == "ocr_variant").message


def test_spacing_apart_the_readings_may_differ():
    kept, _, _ = _kept("ประชุมผู้บริหาร สถานศึกษา เพื่อ กำหนดวัน จัดสัมมนา ความก้าวหน้าของ", _CELL)
    assert kept == _CELL


def test_a_tail_of_the_description_s_own_words_is_left_to_the_tie():
    # figures or words that no row title holds may be the description's own end ("...โคโรนา 2019", "(กิจกรรมที่ ๓)")
    for longer in (f"{_CELL} 2019", f"{_CELL} ครั้งที่สอง", "(กิจกรรมที่ ๓)"):
        shorter = "(กิจกรรมที่" if longer.startswith("(") else _CELL
        _, vote, _ = _kept(longer, shorter)
        assert "next cells" not in (vote.tie_break or "")


def test_a_majority_stands():
    kept, vote, _ = _kept(f"{_CELL} ความก้าวหน้าของ", f"{_CELL} ความก้าวหน้าของ", _CELL)
    assert kept == f"{_CELL} ความก้าวหน้าของ"
    assert vote.tie_break is None and EARLIEST
