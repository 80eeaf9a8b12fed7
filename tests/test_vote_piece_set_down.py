"""Two copies of an OBEC report tie on an alignment's text: one reads it
whole, the other with a line of another part of the page before it, which
OCR set down there (a target the report lists, "ผู้เข้าร่วมโครงการมีความ
พึงพอใจ..."; set s62z's obec_progress_s62z003).  The dictionary tie-break
compared that piece with nothing and kept it.  A tied text every other
reading is, with a piece before or after it that the document prints whole
as another field's value, wins the tie (pipeline.vote._piece_set_down,
merge_copies); the disagreement is still an ocr_variant issue.  A piece no
field prints (a line one copy lost, a speck) is left to the other tie-breaks."""

from __future__ import annotations

from pipeline.vote import merge_copies, vote
from schemas.document import CopyReading, Reading

TARGET = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"
ALIGNED = "คนไทยมีการศึกษาที่มีคุณภาพตามมาตรฐานสากลเพิ่มขึ้น มีทักษะที่จำเป็นของโลกศตวรรษที่ 21"


def _copy(index: int, start: int, aligned: str) -> CopyReading:
    copy = CopyReading(index, start, start + 100)
    copy.put("targets", (1, 1), "text", Reading(TARGET, TARGET, start + 5, start + 5))
    copy.put("alignments", (2, 1), "text", Reading(aligned, aligned, start + 40, start + 42))
    return copy


def test_the_reading_without_another_field_s_text_wins_whichever_copy_holds_it():
    for first, second in ((TARGET + " " + ALIGNED, ALIGNED), (ALIGNED, TARGET + " " + ALIGNED)):
        merged = merge_copies([_copy(0, 1, first), _copy(1, 500, second)])
        assert merged.tables["alignments"][(2, 1)]["text"].value == ALIGNED
        assert [i for i in merged.issues if i.code == "ocr_variant"]
    # the piece after the text, too
    merged = merge_copies([_copy(0, 1, ALIGNED + " " + TARGET), _copy(1, 500, ALIGNED)])
    assert merged.tables["alignments"][(2, 1)]["text"].value == ALIGNED


def test_a_piece_no_field_prints_is_left_to_the_other_tie_breaks():
    lost = "มีนิสัยใฝ่เรียนรู้อย่างต่อเนื่องตลอดชีวิต"
    readings = [(0, Reading(ALIGNED + " " + lost, "", 1, 2)), (1, Reading(ALIGNED, "", 501, 502))]
    assert vote(readings, lambda: frozenset({"".join(TARGET.split())})).tie_break == vote(readings).tie_break
    assert vote(readings, lambda: frozenset({"".join(TARGET.split())})).winner.value == vote(readings).winner.value
