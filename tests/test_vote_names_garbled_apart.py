"""Two copies of one project whose names OCR garbled at the same word each its own way ("(4๐ณ์ง๐ Learning)" and
"(4เอย์ฯ๐ Learning)" for "(Active Learning)"), their codes two misread digits apart: the garbled words' Thai letters
parted as two words (pipeline.vote.names_part), so the second copy was read as another project, its rows doubled
and the document's copies counted one, with no issue naming it (fresh set s73a, bma_progress_s73a009).  A word
mixing Thai letters with digits or Latin letters is OCR's garbling and left out of the comparison
(vote._name_letters); names parting by a word of Thai letters (sibling projects' districts) still part."""

from __future__ import annotations

from pipeline.vote import names_part

A = ("50420000-1752", "ส่งเสริมการจัดการเรียนรู้เชิงรูก (4๐ณ์ง๐ Learning) ปีงบประมาณ ๒๕๑๕")
B = ("50520000-1352", "ส่งเสริมการจัดการเรียนรู้เชิงรุก (4เอย์ฯ๐ Learning) ปีงบประมาณ ๒๕๒๑๐๕")


def test_words_garbled_each_their_own_way_do_not_part_the_names():
    assert not names_part(B, A, False)


def test_names_parting_by_a_word_of_thai_letters_still_part():
    # (the words between spaces: a year or code among them leaves the district's word in place)
    a = ("50420000-1752", "ส่งเสริมการจัดการเรียนรู้เชิงรุก ปีงบประมาณ 2565 สังกัดสำนักงานเขตบางแค")
    b = ("50420000-1753", "ส่งเสริมการจัดการเรียนรู้เชิงรุก ปีงบประมาณ 2565 สังกัดสำนักงานเขตบางบอน")
    assert names_part(b, a, False)
