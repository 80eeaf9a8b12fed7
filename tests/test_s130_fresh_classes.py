"""Classes of layout and OCR damage fresh sets s128o-s129p showed, each
read before with a wrong value or a lost row and no issue naming it:

- an OBEC plan heading the page wrapped with its edition ("... และสังคม" /
  "แห่งชาติ ฉบับที่ ๐๑๓"), its first line damaged so that it matched the
  heading only fuzzily and the edition's figure misread: the tail's figure
  made the two lines read together compare worse than the first alone, so
  the wrap was not joined and the heading's last words and edition ran
  into the row's text;
- a budget line's item holding a vowel OCR added from a speck ("เอกสาร
  ประกอบการอบรุม", the ุ under ร, where the document prints การอบรม three
  times): อบ + รุม are words, so no dictionary check saw it; it is said as
  a tone mark OCR added is (pipeline.wording.mark_added);
- an OBEC round whose indicators' heading and quantity aspect OCR read as
  one garbled line ("~ NwHS ="), its outcomes printed without numbers,
  the quantity indicators numbered 1, 2 after them, then the quality
  aspect: the quantity indicators stayed outcomes (said only as a missing
  heading); they are read as indicators, said (label_inferred), as where
  the outcomes are numbered (rounds.indicators_renumbered);
- a BMA entries table whose date cells were too narrow for the year, its
  last two digits wrapped under it and misread ("๑๒/๑๐/๒๕" / "DO"): the
  dates read as BE 2525 (1982) with no reading inside the fiscal year, so
  the calendar repair found none; the year's first two digits alone are
  read as any year of the archive's (parsers.repair.date_readings);
- a word whose tone mark OCR dropped that two dictionary words fit, one of
  them far the commoner ("อืน": อื่น, and the rare อื้น; "ครัง": ครั้ง and
  ครั่ง): no mark was put back, and the upper-vowel rule made "อึน" of it, a
  word still wrong; the commonest is put back where the corpus counts every
  rival (normalizers.words._by_toneless);
- a proposal's lettered list with a line of specks between two items that
  OCR read as a digit, a dot and a letter ("๕<tab>.<tab>ง<tab>a"): it was
  taken for item ข. (a digit stands for a letter in a list two Thai letters
  prove), and the true ข. item, its letter read "a).", ran into item ก.,
  the last objective lost with nothing said; a digit's item must open
  with words (parsers.bma_proposal.read._DIGIT_LETTER_RE);
- an OBEC project's name ending with its service area's zone word, the
  zone's number read as "©" and dropped ("... สพป.กาฬสินธุ์ เขต"): kept
  short with nothing said; it is said as a text ending in "ร้อยละ" is
  (normalizers.words.number_word_end);
- a BMA strategy field whose number's dot OCR read as a comma ("3,3 -
  การศึกษาสำหรับทุกคน"): kept as read with nothing said; a comma between
  parts of one or two digits is the numbering's dot, read so and said
  (parsers.bma_progress.repairs._comma_number);
- an OBEC project's name whose Latin word OCR read as a digit and a
  bracket ("(School ๐[ go green)" for "of"): kept with nothing said; such
  a token between two Latin words is an unknown piece
  (pipeline.wording._LATIN_GAP_TOKEN_RE)."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_ordinal_words
from parsers.bma_proposal.read import lettered_as_bullets
from parsers.obec_progress.anchors import ANCHORS
from normalizers.words import _toned, number_word_end, restore_tone_marks
from parsers.repair import date_readings
from pipeline.wording import flag_unknown_words, mark_added, unknown_words
from schemas.document import Reading
from tests.conftest import numbered_lines
from tests.test_obec_count_wrap_and_restart import QUALITY, QUANTITY, _one
from tests.test_obec_ocr import project

_NESDP_FIRST = "ความก้าวหน้าของโครงการทีดํา าเนินการกับแผนพัฒนาเศรษฐกิจและสังคม"  # (two letters' damage)


def test_a_heading_wrapped_with_its_edition_misread_is_joined_on_its_words():
    for edition in ("๐๑๓", "๑๓", "๑๐๓"):
        assert ANCHORS.wraps(_NESDP_FIRST, f"แห่งชาติ ฉบับที่ {edition}")
    joined = ANCHORS.join_wrapped(numbered_lines([_NESDP_FIRST, "แห่งชาติ ฉบับที่ ๐๑๓", "ข้าราชการครูมีการพัฒนา"]))
    assert [ln.text for ln in joined] == [f"{_NESDP_FIRST} แห่งชาติ ฉบับที่ ๐๑๓", "ข้าราชการครูมีการพัฒนา"]


def test_a_tail_alone_or_a_text_under_a_heading_is_no_wrap_of_it():
    assert not ANCHORS.wraps(_NESDP_FIRST, "ฉบับที่ ๑๓")  # (no words before the tail: tail_apart's)
    assert not ANCHORS.wraps(_NESDP_FIRST, "ข้าราชการครูและบุคลากรทางการศึกษา ฉบับที่ ๑๓")


_TRAINING = ["ค่าอาหารว่างและเครื่องดื่ม ผู้เข้ารับการอบรม", "ค่าจ้างเหมาจัดทำเอกสารประกอบการอบรุม",
             "จัดการอบรมเชิงปฏิบัติการ", "ประเมินผลการอบรม"]


@pytest.mark.usefixtures("repair_on")
def test_a_vowel_printed_nowhere_else_whose_letters_without_it_are_printed_is_said():
    assert mark_added("เอกสารประกอบการอบรุม", "\n".join(_TRAINING)) == ("รุม", "รม", 3)
    tables = {"expenses": [{"item": "เอกสารประกอบการอบรุม", "line_start": 5, "line_end": 5, "project_key": "k"}]}
    (issue,) = flag_unknown_words(tables, [], _TRAINING)
    assert issue.code == "unknown_words" and issue.field == "expenses.item" and "'รุม'" in issue.message
    assert tables["expenses"][0]["item"] == "เอกสารประกอบการอบรุม"  # kept as read
    # printed with the vowel elsewhere too: no vowel OCR added
    assert mark_added("เอกสารประกอบการอบรุม", "\n".join(_TRAINING + ["เอกสารประกอบการอบรุม"])) is None


_OUTCOMES = ["ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ 21",
             "การบริหารจัดการของสำนักงานมีประสิทธิภาพ โปร่งใส ตรวจสอบได้"]


def _garbled_heading(outcomes: list[str]) -> dict:
    body = project(1, "๒๕๖๗").replace(
        "ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
        "\n".join(outcomes) + f"\n~ NwHS =\n1) {QUANTITY[0]}\n2) {QUANTITY[1]}\nเชิงคุณภาพ\n{QUALITY}\n")
    assert QUALITY in body
    return _one(body)


def test_quantity_indicators_numbered_after_unnumbered_outcomes_before_the_quality_aspect():
    rows = _garbled_heading(_OUTCOMES)
    outcomes = " ".join(t["text"] for t in rows["targets"] if t["kind"] == "outcome")
    assert outcomes.split() == " ".join(_OUTCOMES).split()  # (two items unnumbered: how they are cut is not this)
    indicators = [(t["seq"], t["aspect"], t["text"]) for t in rows["targets"] if t["kind"] == "indicator"]
    assert indicators == [(1, "quantity", QUANTITY[0]), (2, "quantity", QUANTITY[1]), (3, "quality", QUALITY)]
    assert [i for i in rows["issues"] if i["code"] == "label_inferred" and "again from 1" in i["message"]]


def test_one_numbered_item_after_the_outcomes_is_no_list_of_indicators():
    # (one item numbered 1 may be a 2 misread: indicators_renumbered wants two or more in order)
    body = project(1, "๒๕๖๗").replace(
        "ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
        "\n".join(_OUTCOMES) + f"\n1) {QUANTITY[0]}\nเชิงคุณภาพ\n{QUALITY}\n")
    rows = _one(body)
    assert not [i for i in rows["issues"] if i["code"] == "label_inferred" and "again from 1" in i["message"]]


def test_a_date_whose_year_is_its_century_alone_reads_in_any_year_of_the_archive():
    for printed in ("๑๒/๑๐/๒๕", ":: ๑๒/๑๐/๒๕", "12/10/25"):
        readings = date_readings(printed)
        assert date(2017, 10, 12) in readings and date(2024, 10, 12) in readings, printed
    assert date(2017, 10, 12) not in date_readings("๑๒/๑๐/๖๕")  # (a two-digit year of its own: no century)


def test_a_dropped_tone_mark_two_words_fit_restores_the_far_commoner():
    assert restore_tone_marks("และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอืน")[0] == "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"
    assert restore_tone_marks("ประชุมคณะกรรมการเดือนละ 1 ครัง")[0] == "ประชุมคณะกรรมการเดือนละ 1 ครั้ง"
    assert _toned("อืน") == "อื่น" and _toned("ครัง") == "ครั้ง"
    # (a rival the corpus counts 0, a compound it splits into words, "ครูใหญ่" beside "ครู่ใหญ่": the counts do not
    # compare, so no word is the reading's)
    assert _toned("ครูใหญ") is None


_OBJECTIVES = ["ก. เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่", "๕\t.\tง\ta\ta",
               "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น", "a). เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม",
               "การเรียนรู้เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน", "ค. เพื่อสร้างเครือข่ายความร่วมมือ",
               "ง. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ"]


def test_a_speck_line_of_a_digit_and_a_dot_is_no_lettered_item():
    out = lettered_as_bullets(numbered_lines(_OBJECTIVES))
    assert [ln.text for ln in out if ln.bullet] == [text.split(" ", 1)[1] for text in _OBJECTIVES
                                                     if text[:2] in ("ก.", "a)", "ค.", "ง.")]
    # (a digit for a letter before an item's words stays one: "0." for ง.)
    fourth = _OBJECTIVES[:2] + ["ข. เพื่อส่งเสริม", "ค. เพื่อสร้างเครือข่าย", "0. เพื่อให้ครูผู้สอน"]
    assert [ln.text for ln in lettered_as_bullets(numbered_lines(fourth)) if ln.bullet][-1] == "เพื่อให้ครูผู้สอน"


def test_a_service_areas_name_ending_in_its_zone_word_lost_the_zones_number():
    assert number_word_end("โครงการรับนักเรียน ของ สพป.กาฬสินธุ์ เขต") == "เขต"
    assert number_word_end("ประชุมผู้บริหาร สพม.นนทบุรี เขต :") == "เขต"
    for whole in ("โครงการรับนักเรียน ของ สพป.กาฬสินธุ์ เขต ๑", "คณะกรรมการศูนย์วิชาการเขต", "สำนักงานเขต"):
        assert number_word_end(whole) is None, whole


@pytest.mark.usefixtures("repair_on")
def test_a_strategy_numbers_comma_for_its_dot_is_read_as_the_dot():
    project = {"strategy_issue": Reading("ด้านที่ 3 - มหานครสำหรับทุกคน", "", 63, 63),
               "strategy_sub_issue": Reading("3,3 - การศึกษาสำหรับทุกคน", "", 64, 64),
               "strategy_goal": Reading("เป้าหมายที่ ๓,๓,๑ เด็กทุกคนได้รับการศึกษา", "", 65, 65)}
    issues = repair_ordinal_words(project, "k")
    assert project["strategy_sub_issue"].value == "3.3 - การศึกษาสำหรับทุกคน"
    assert project["strategy_goal"].value == "เป้าหมายที่ ๓.๓.๑ เด็กทุกคนได้รับการศึกษา"
    assert sorted(i.field for i in issues if i.code == "value_repaired") == ["projects.strategy_goal",
                                                                            "projects.strategy_sub_issue"]
    # (a comma before three digits groups a figure's thousands: no strategy number, left as read)
    grouped = {"strategy_sub_issue": Reading("3,300 บาท", "", 64, 64)}
    assert repair_ordinal_words(grouped, "k") == [] and grouped["strategy_sub_issue"].value == "3,300 บาท"


def test_a_digit_and_a_bracket_between_latin_words_is_an_unknown_piece():
    assert unknown_words("โครงการโรงเรียนสีเขียว (School ๐[ go green)") == ["๐["]
    for whole in ("โครงการโรงเรียนสีเขียว (School of go green)", "รุ่นที่ 2 (Phase 1) Learning"):
        assert unknown_words(whole) == [], whole
