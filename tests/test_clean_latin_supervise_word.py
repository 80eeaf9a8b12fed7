"""The word นิเทศ (supervise) before ติดตาม (follow up), the collocation the archive's forms print for their
supervision step ("นิเทศ ติดตาม การดำเนินงานของโรงเรียน" in a proposal's action plan, "กิจกรรมหลักที่ 1 นิเทศ
ติดตาม และประเมินผล..." in an OBEC report), which OCR's English model read as a short Latin word ("fina",
"fine", "dine", "Aine", "UNA", "ULNA": 24 times over the committed and fresh sets, in fifteen proposals and seven
OBEC reports; fresh set s78a bma_proposal_s78a003).  The activity's text kept the Latin word, and was wrong.
Now the clean-up (normalizers.text._LATIN_MISREADS) reads a Latin word of two to five letters standing alone
right before ติดตาม as นิเทศ; a Latin word after another (an English name) or glued to other letters is kept."""

from __future__ import annotations

from normalizers.text import fix_latin_misreads


def test_a_latin_word_before_tidtam_is_the_word_supervise():
    assert fix_latin_misreads("6. fina ติดตาม การดำเนินงานของโรงเรียน") == "6. นิเทศ ติดตาม การดำเนินงานของโรงเรียน"
    assert fix_latin_misreads("๕, UNA ติดตาม การดำเนินงานของโรงเรียน") == "๕, นิเทศ ติดตาม การดำเนินงานของโรงเรียน"
    assert fix_latin_misreads("กิจกรรมหลักที่ 2 fine ติดตาม และประเมินผล") == "กิจกรรมหลักที่ 2 นิเทศ ติดตาม และประเมินผล"


def test_other_latin_words_are_kept():
    assert fix_latin_misreads("BMA Digital Plans ติดตาม") == "BMA Digital Plans ติดตาม"  # an English name
    assert fix_latin_misreads("xfinal ติดตาม") == "xfinal ติดตาม"  # six letters: no such misread
    assert fix_latin_misreads("fina การดำเนินงาน") == "fina การดำเนินงาน"  # no ติดตาม after it
