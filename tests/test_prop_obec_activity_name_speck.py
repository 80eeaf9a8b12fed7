"""An OBEC main activity's name the page wrapped, its last word alone on the
next line, and a speck OCR read as a number alone ("0)") between the two
(set r obec_progress_s23r001: "... เพื่อวางแผนการ" / "0)" / "ดำเนินงาน" /
"๑.1 ..."): the number was read as the name's rest and the word, parted from
it by the gap, as the progress; the name ended in "0)", silently.  The
number is a speck (rounds._speck_in_name_dropped) and the word the name's
rest where the word is one run of letters and a step, a progress clause or
nothing follows it; a number before a line of words, or before a word that
text follows, is left as it was read."""

from __future__ import annotations

from tests.test_obec_ocr import report, run

NAME = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการเพื่อวางแผนการ"
STEPS = "๑.1 จัดทำเครื่องมือการนิเทศ ติดตาม และแจ้งโรงเรียนในสังกัด\n\n๑.๒ ลงพื้นที่นิเทศ ติดตาม โรงเรียนในสังกัด"


def _first(between: str, after: str = STEPS) -> dict:
    # paragraphs stand apart (blank lines), as OCR gave them
    text = "\n\n".join(report().split("\n")).replace(
        "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n\nได้ดำเนินการแล้ว", f"{NAME}\n{between}\n\n{after}\n\nได้ดำเนินการแล้ว", 1)
    return min(run(text)["activities"], key=lambda a: a["line_start"])


def test_a_number_alone_between_a_name_and_its_last_word_is_a_speck():
    first = _first("0)\n\nดำเนินงาน")
    assert first["text"] == "ประชุมคณะกรรมการเพื่อวางแผนการ ดำเนินงาน"  # before: "... เพื่อวางแผนการ 0)"
    assert first["progress"].startswith("๑.1 จัดทำเครื่องมือ")


def test_a_number_alone_before_words_or_before_a_word_that_text_follows_is_left_as_read():
    first = _first("0)\n\nดำเนินงานตามแผน ระยะที่หนึ่ง")  # words, no single word: no rest of the name
    assert "ดำเนินงานตามแผน" not in first["text"]
    first = _first("0)\n\nดำเนินงาน", after="จัดทำเครื่องมือการนิเทศ ติดตาม และแจ้งโรงเรียนในสังกัด")
    assert "ดำเนินงาน" not in first["text"]
