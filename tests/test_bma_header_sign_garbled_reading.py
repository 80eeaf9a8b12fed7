"""Header amounts printed with a ฿ sign OCR read as a digit in every copy ("848,40๐" for ฿48,40๐), one of them
with a digit OCR read as a Thai letter after the sign ("821,ฒ๐๐" for ฿21,๗๐๐, another project's copy): that one
reading, which no rule can read without its sign, forbade the rule for the whole document, so the others kept
their sign as a digit (set s66z's bma_progress_s66z007: budget spent 848,400.00 for 48,400).  A reading that opens
with the sign as the others do no longer forbids it (baht_sign.signed_amounts); it is left unread where it stands,
and an amount that reads, with no other reading, still needs one at least."""

from __future__ import annotations

from parsers.bma_progress.baht_sign import signed_amounts
from schemas.document import CopyReading, Line, Reading


def _copy(index: int, allocated: str, spent: str) -> CopyReading:
    reading = CopyReading(index, index * 10 + 1, index * 10 + 3)
    reading.put("project", 0, "budget_allocated_printed", Reading(None, allocated, 1, 1))
    reading.put("project", 0, "budget_spent_printed", Reading(None, spent, 2, 2))
    return reading


_LINES = [Line(1, "งบประมาณที่เบิกใช้ = BO"), Line(2, "งบประมาณที่เบิกใช้ = Bo"), Line(3, "ค่าวัสดุ = B18,300")]


def test_a_reading_garbled_after_its_sign_does_not_forbid_the_others():
    copies = [_copy(0, "869,200", "848,40๐"), _copy(1, "821,ฒ๐๐", "8๑๓,3๐0")]
    assert signed_amounts(_LINES, copies) == [{"budget_allocated", "budget_spent"}] * 2


def test_still_refused_where_an_amount_opens_otherwise_or_none_reads():
    assert signed_amounts(_LINES, [_copy(0, "69,200", "848,40๐"), _copy(1, "821,ฒ๐๐", "8๑๓,3๐0")]) == [set(), set()]
    assert signed_amounts(_LINES, [_copy(0, "821,ฒ๐๐", "8๓ฒ,ฒ๐๐")]) == [set()]
