"""An OBEC main activity's progress whose opening letters OCR lost ("าร่วม
กิจกรรม จำนวน 86 คน" for มีผู้เข้าร่วมกิจกรรม..., after the activity's
wrapped name and a blank line: fresh set s118o, obec_progress_s118o004).
The line opens with a vowel no word opens with, so no status clause was
told there: it was read as the name going on, and the progress was lost
with no issue.  The clause's end (four letters at least, as a skeleton)
opening such a line now opens the progress (running.opens_progress); a
line opening with such a vowel and other words, or a name's own wrap, does
not."""

from __future__ import annotations

from parsers.obec_progress.running import opens_progress


def test_a_status_clause_whose_opening_was_lost_opens_the_progress():
    assert opens_progress("าร่วมกิจกรรม จำนวน 86 คน")
    assert opens_progress("ำเนินการแล้ว เมื่อวันที่ 3 มีนาคม 2567")


def test_other_lines_do_not():
    assert not opens_progress("ต้นแบบ")
    assert not opens_progress("ารประชุมเชิงปฏิบัติการ")  # a vowel first, no clause's end after it
    assert not opens_progress("ร่วมกิจกรรมแลกเปลี่ยนเรียนรู้")  # a clause's end, but a word may open with it
