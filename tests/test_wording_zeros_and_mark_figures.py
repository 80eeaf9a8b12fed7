"""OCR specks read as figures beside a text's words: a figure of zeros alone
with no word of a count after it ("ประ 00", "... เจ้าหน้าที่ 0") and a vowel
or mark opening a token with a figure glued after it ("... สถานศึกษา ด า0",
"ะ4") are debris pieces (pipeline.wording.debris_pieces), so the text is
said (unknown_words).  Before, fresh set s71a's bma_progress_s71a008 gave
reports 1 and 2 descriptions so with no issue: "00" is a figure, "ประ" a
word, and "ด า" read as a word a space cut ("ดา").  No text of the truth
of any committed or fresh set holds either; a real document prints a zero
after a word that introduces a figure ("ร้อยละ ๐", sample 004), which is
the figure."""

from __future__ import annotations

from pipeline.wording import debris_pieces, unknown_words


def test_zeros_alone_and_marks_glued_to_figures_are_debris():
    assert unknown_words("ประ 00") == ["00"]
    assert "า0" in unknown_words("ประชุมผู้บริหารสถานศึกษา ด า0")
    assert debris_pieces("อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่ 0") == ["0"]
    assert debris_pieces("ดำเนินการแล้ว ะ4 โรงเรียน") == ["ะ4"]


def test_counts_and_figures_in_words_are_no_debris():
    for text in ("เบิกจ่าย 0 บาท", "ร้อยละ 0.5", "ความก้าวหน้า 100 %", "ความก้าวหน้า 0 %", "ครั้งที่ 10", "จำนวน ๐๙๘ คน",
                 "ครั้งที่1 จำนวน 20 คน", "พ.ศ. ๒๕๖๗"):
        assert debris_pieces(text) == [], text


def test_a_zero_after_a_word_that_introduces_a_figure_is_the_figure():
    # sample 004's finding: a dropout rate of none, printed so; before, the zero was said as debris
    text = "มีอัตราการออกกลางคันของนักเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๒ ร้อยละ ๐"
    assert debris_pieces(text) == [] and unknown_words(text) == []
    assert debris_pieces("มีผู้เข้าร่วม จำนวน 0") == []
    assert debris_pieces("ร้อยละ ๕๐ ของนักเรียน ๐") == ["๐"]  # a zero after other words is still debris
