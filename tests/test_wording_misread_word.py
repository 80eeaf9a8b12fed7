"""Row texts where OCR misread one letter or mark of a common word into a word the dictionary lists but no corpus
text holds ("สรูปและรายงานผลการดำเนินงานโครงการ" for สรุป: scout set s25x002, set h bma_proposal_s20h005;
"ค่าเคียรติบัตร" for ค่าเกียรติบัตร, read เคียร + ติ + บัตร: set h bma_progress_s20h002): newmm cut them into
dictionary words, so pipeline.wording left no piece and the text stood wrong with no issue naming it.  Such a
word (normalizers.words.misread_of_common: no corpus count, of three characters or more, no two corpus words side
by side, one character from a common word) is a piece now: the text is kept as read and flagged
(unknown_words).  A compound the corpus counts apart ("ล่าช้า", "เป็นไป", "คัดสรร") and a rare word with no
common word beside it are not."""

from __future__ import annotations

from normalizers.words import misread_of_common
from pipeline.wording import unknown_words


def test_a_common_word_misread_into_a_rare_one_is_a_piece():
    assert unknown_words("สรูปและรายงานผลการดำเนินงานโครงการ") == ["สรูป"]
    assert unknown_words("ค่าเคียรติบัตร") == ["เคียร"]
    assert misread_of_common("สรูป") == "สรุป"


def test_words_of_the_corpus_and_its_compounds_are_not():
    assert unknown_words("สรุปและรายงานผลการดำเนินงานโครงการ") == []
    assert unknown_words("ค่าเกียรติบัตร") == []
    assert unknown_words("การจัดกิจกรรมล่าช้ากว่าแผน ไม่เป็นไปตามที่กำหนด") == []
    assert unknown_words("โรงเรียนคัดสรรผลงานการอ่านและการเขียนของนักเรียน") == []
    assert misread_of_common("ล่าช้า") is None and misread_of_common("เป็นไป") is None
