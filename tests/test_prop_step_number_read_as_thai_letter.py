"""A proposal's action-plan step whose number OCR read as one Thai consonant standing alone ("ร สรุปผลการ
ดำเนินงาน..." for "๖. สรุปผล...", fresh set s75a's bma_proposal_s75a002; "ท  จัดสรรงบประมาณ..." for "2. จัดสรร...",
extra's bma_proposal_x004).  lost_step_opener takes a token of no Thai letter only, so the line was read as the
wrap of the step above: after the last step its words ran into that step and its row was lost with nothing said;
between steps 1 and 3 step 2 was lost (said as a number skipped).  No Thai word is one consonant but ณ, and a word
OCR cut after its first letter ("ค วามพึงพอใจ") leaves no dictionary word after it: such a consonant before a
dictionary word is a step's number (steps._lost_opener): taken where the numbers skip that step (steps._in_gap),
said on the step that holds it after the last (steps._marked_openers_inside)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return out


def test_a_step_number_read_as_a_thai_letter_after_the_last_step_is_said():
    out = _read(["3. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", "4. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                 "5. โรงเรียนรายงานผลการดำเนินงาน", "ร สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    said = [i for i in out.issues if i.code == "items_cut_in_doubt"]
    assert len(said) == 1 and said[0].field == "activities" and "'ร สรุปผล" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (3, 4)


def test_a_step_number_read_as_a_thai_letter_where_the_numbers_skip_it_opens_the_step():
    out = _read(["1. แต่งตั้งคณะกรรมการดำเนินงาน", "ท  จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน",
                 "3. โรงเรียนรายงานแผนการจัดกิจกรรม"])
    texts = {seq: r["text"].value for seq, r in out.tables["activities"].items()}
    assert texts[2] == "จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน" and len(texts) == 3


def test_a_word_cut_after_its_first_letter_or_nor_is_no_step_number():
    out = _read(["4. นิเทศ ติดตาม การดำเนินงาน", "5. ประเมินผล", "ค วามพึงพอใจของผู้เข้าร่วม",
                 "ณ โรงเรียนในสังกัด"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]
