"""An OBEC main activity whose name the page width wrapped inside a word,
a blank line OCR put before the wrapped line ("กิจกรรมหลักที่ ๑ นิเทศ ติดตาม
และประเมินผลการดำ" / "" / "เนินงานของโรงเรียน"; fresh set s113q,
obec_progress_s113q002): the line after the blank opened the activity's
progress, so the name lost its close and the progress began with it,
silently.  A line whose first letters and the name's last run on as one
dictionary word goes on with the name (rounds.word_across).  OCR may read
the name's last line before that piece ("... ผลการดำ" / "ในสังกัด" / "" /
"เนินงานของโรงเรียน"): the piece is set before that last line's words, and
said (items_cut_in_doubt; rounds.piece_set_back)."""

from __future__ import annotations

from parsers.obec_progress.rounds import piece_set_back, word_across
from schemas.document import Line
from tests.test_obec_ocr import report, run

NAME = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว"


def test_a_line_going_on_with_the_name_s_last_word_is_the_name_s():
    text = report()
    assert NAME in text
    rows = run(text.replace(NAME, "กิจกรรมหลักที่ ๑ นิเทศ ติดตาม และประเมินผลการดำ\n\nเนินงานของโรงเรียน\n\n"
                                  "อยู่ระหว่างดำเนินการ", 1))
    row = rows["activities"][0]
    assert row["text"].replace(" ", "") == "นิเทศติดตามและประเมินผลการดำเนินงานของโรงเรียน"
    assert row["progress"].startswith("อยู่ระหว่างดำเนินการ")


def test_words_that_meet_at_a_word_s_edge_run_on_no_word():
    assert word_across("นิเทศ ติดตาม และประเมินผลการดำ", "เนินงานของโรงเรียน")
    assert word_across("นิเทศ ติดตาม และประเมินผลการดํา", "เนินงานของโรงเรียน")  # (sara am as OCR writes it)
    assert not word_across("ประชุมคณะกรรมการ", "อยู่ระหว่างดำเนินการ")
    assert not word_across("พัฒนาครูในโรงเรียน", "ในสังกัด")
    assert not word_across("จัดกิจกรรม 2568", "ได้ดำเนินการ")


def test_a_piece_read_after_the_name_s_last_line_is_set_before_it():
    name = "นิเทศ ติดตาม และประเมินผลการดำ ในสังกัด"
    assert piece_set_back(name, [Line(625, "เนินงานของโรงเรียน"), Line(626, "มีผู้เข้าร่วมกิจกรรม จำนวน 102 คน")]) == \
        "นิเทศ ติดตาม และประเมินผลการดำ เนินงานของโรงเรียน ในสังกัด"
    assert piece_set_back(name, [Line(625, "มีผู้เข้าร่วมกิจกรรม จำนวน 102 คน")]) is None  # (a status clause)
    assert piece_set_back("ประชุมคณะกรรมการ เพื่อวางแผน", [Line(625, "อยู่ระหว่างดำเนินการ")]) is None
