"""A text holding a figure of a digit or two with a quote mark glued after
it ("โรงเรียน 5' รายงาน ผลการดำเนินงาน": a timetable's list number or chart
mark OCR read so, run into a proposal activity's words; fresh set s111r,
bma_proposal_s111r003) kept it silently: the piece is said
(pipeline.wording._QUOTED_FIGURE_RE, unknown_words).  No text of the sets'
truth nor of the real samples prints a figure so; a figure with no quote,
or a quoted word, is no such piece."""

from pipeline.wording import unknown_words


def test_a_figure_with_a_quote_glued_after_it_is_said():
    assert "5'" in unknown_words("โรงเรียน 5' รายงาน ผลการดำเนินงาน")
    assert "๕’" in unknown_words("ครูได้รับการพัฒนาตามโครงการ ๕’")


def test_a_figure_alone_or_a_quoted_word_is_not():
    assert unknown_words("ครูในสังกัด จำนวน 94 คน ได้รับการพัฒนา") == []
    assert unknown_words("กิจกรรม 'ห้องเรียนสีเขียว' ของโรงเรียน") == []
