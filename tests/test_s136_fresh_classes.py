"""Classes of layout and OCR damage fresh sets s147o and after showed:

- a numbered list of objectives whose last item OCR read with no number,
  right under the item before's last line, which ended well short of the
  list's width where its lines before ran to it ("... ตามกลุ่มสาระและ" /
  "งานที่รับผิดชอบ" / "เพื่อให้ครูผู้สอน..."): only an opener past a gap,
  debris or before a later number was taken for an item, so it ran into
  the item before and the list's last row was lost, its sequence named by
  no issue (parsers.items.numbered_items, Item.ended_above; not between two
  numbers, nor under an item of one line: tests/test_items_* keep those);
- a BMA progress heading whose section number was left at the end of the
  line above with its dot lost ("... อย่างต่อเนื่อง 14" / "วัตถุประสงค์ของ
  โครงการ 1 เพื่อ..."): two digits were taken for its number only before
  dotted leaders, so the heading was read as the rationale's text and every
  objective lost (parsers.anchors.AnchorSet._number_left, Anchor.number;
  only where the heading stands alone or before its list's first number);
- a proposal's list of bullets OCR read as marks (". เพื่อ..."), one of
  them as "๑" behind a speck of punctuation (":         ๑ เพื่อพัฒนา..."):
  that line was no bullet's, so it ran into the item above and the list's
  last row was lost (parsers.bma_proposal.read._READ_BULLET_RE);
- a proposal's sub-numbered item whose number OCR read with a leading
  vowel glued before it and its last digit misread ("ใ๒.๕ เพื่อคัดสรร..."
  for ๒.๔): only a consonant was passed there, so the item ran into the
  one above and the list's last row was lost
  (parsers.bma_proposal.numbering._SUB_RE);
- a proposal's action plan whose last step's text goes on past a blank
  line ("4. โรงเรียน" / "คัดสรรสื่อ" / "การเรียนรู้" / "" / "ติดตาม การ" /
  "ดำเนินงานของ" / "โรงเรียน"): the next step, its number and first word
  lost in both copies, ran into it with no issue naming the rows lost
  (parsers.bma_proposal.steps._last_past_blank);
- an OBEC activity whose letter OCR read for its look-alike, making
  another word ("...การวับนักเรียน" for รับ): both spellings words, so no
  dictionary check said it, where the report prints "รับนักเรียน" twice
  (pipeline.wording.lookalike_in_context, said as unknown_words)."""

from __future__ import annotations

from parsers.bma_progress.fields import ANCHORS
from parsers.bma_proposal.numbering import sub_opener
from parsers.bma_proposal.read import read_bullets
from parsers.bma_proposal.steps import read_steps
from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from pipeline.stages import process_document
from pipeline.wording import lookalike_in_context
from schemas.document import CopyReading, Line
from tests.conftest import sample_text

SEED = "003_c0975e1d5f59aaa1.txt"  # a BMA progress report, two copies
PROPOSAL = "002_e5b5a9d4d9adb57c.txt"  # a BMA project proposal

_WIDE = "เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูและบุคลากรทางการศึกษาได้แสดงศักยภาพ"
_WRAP = "และความสามารถในการเรียนการสอนตามกลุ่มสาระและครูผู้สอนทุกคน"


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=10)]


def test_an_opener_under_a_line_that_ended_short_in_a_numbered_list_is_the_next_item():
    lines = _lines(f"1 {_WIDE}", "ให้มีประสิทธิภาพ", f"2 {_WIDE}", _WRAP,
                   "งานที่รับผิดชอบ", "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัด",
                   "การเรียนการสอนได้")
    items, lead = numbered_items(lines, opens=opens_purpose)
    assert not lead and [i.number for i in items] == [(1,), (2,), (3,)]
    assert items[1].text.endswith("งานที่รับผิดชอบ") and items[2].text.startswith("เพื่อให้ครูผู้สอน")
    assert items[2].ended_above and (items[2].line_start, items[2].line_end) == (15, 16)
    # said: the item may be the wrap of the one before, its sequence in doubt with it
    fields = {i.field for i in opened_by_words_issues(items, "objective", "objectives")
              if i.code == "items_cut_in_doubt"}
    assert fields == {"objectives.text", "objectives.seq"}


def test_an_opener_under_a_line_that_ran_to_the_lists_width_goes_on_the_item():
    lines = _lines(f"1 {_WIDE}", "ให้มีประสิทธิภาพ", f"2 {_WIDE}", _WRAP,
                   "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัด")
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,)] and items[1].text.endswith("ประยุกต์ใช้ในการจัด")
    assert not any(getattr(i, "ended_above", False) for i in items)  # (guard: passes before the rule too)


def test_an_opener_under_a_short_line_where_the_items_open_otherwise_goes_on_the_item():
    # (a list whose items do not open with the opener's words: a sentence of the item opens with them)
    lines = _lines("1 จัดประชุมชี้แจงแนวทางการดำเนินงานให้แก่ครูและบุคลากรทางการศึกษาทุกคน", "ในสังกัด",
                   "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", "2 จัดอบรมเชิงปฏิบัติการ")
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,)] and items[0].text.endswith("มีความรู้ความเข้าใจ")


def test_a_two_digit_number_left_above_its_own_heading_goes_with_it():
    tail = "และยกระดับคุณภาพของโรงเรียนให้สูงขึ้นอย่างต่อเนื่อง 14"
    head = "วัตถุประสงค์ของโครงการ 1 เพื่อส่งเสริมนิสัยรักการอ่านของ"
    assert ANCHORS._crossing(tail, head) == tail.index("14")
    assert ANCHORS._crossing(tail.replace("14", "๑๔"), head) == tail.index("14")


def test_a_count_left_above_a_heading_not_its_number_stays_text():
    head = "วัตถุประสงค์ของโครงการ 1 เพื่อส่งเสริมนิสัยรักการอ่านของ"
    assert ANCHORS._crossing("ผู้เข้าร่วมโครงการทั้งสิ้น 15", head) is None
    assert ANCHORS._crossing("ผู้เข้าร่วมโครงการทั้งสิ้น 14", "เป้าหมายของโครงการ 1 ด้านปริมาณ") is None


def test_the_objectives_under_a_heading_whose_number_stands_above_are_read():
    text = sample_text(SEED)
    old = "เป็นไปตามวัตถุประสงค์และบรรลุเป้าหมายเชิงคุณภาพ\n\n**1.4 วัตถุประสงค์ของโครงการ**\n\n- ๒.๑  เพื่อพัฒนา"
    assert text.count(old) == 2
    new = "เป็นไปตามวัตถุประสงค์และบรรลุเป้าหมายเชิงคุณภาพ 14\nวัตถุประสงค์ของโครงการ ๒.๑  เพื่อพัฒนา"
    text = text.replace(old, new)
    rows = process_document("progress.txt", text.encode("utf-8"))
    objectives = [o["text"] for o in rows["objectives"]]
    assert len(objectives) == 4 and objectives[0].startswith("เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต")
    rationale = rows["projects"][0]["rationale"]
    assert rationale.endswith("บรรลุเป้าหมายเชิงคุณภาพ") and "วัตถุประสงค์ของโครงการ" not in rationale


def _bullets(*texts: str) -> list[tuple[bool, str]]:
    return [(ln.bullet, ln.text) for ln in read_bullets(_lines(*texts), opens_purpose)]


def test_a_bullet_read_behind_a_speck_of_punctuation_is_a_bullet():
    got = _bullets(". เพื่อสร้างเครือข่ายความร่วมมือ", "ภาษาอังกฤษเพื่อการสื่อสาร", ":         ๑ เพื่อพัฒนาผู้เรียน",
                   "ชิ้นงานต่างๆ ด้วยตนเองได้", ". เพื่อส่งเสริมและสนับสนุน")
    assert [b for b, _ in got] == [True, False, True, False, True]
    assert got[2][1] == "เพื่อพัฒนาผู้เรียน"


def test_a_colon_before_a_number_that_is_no_bullet_stays():
    # (a list numbered 1, 2, 3: a "๑" behind a speck is its first number, no bullet read for a mark)
    got = _bullets(": ๑ เพื่อสร้างเครือข่าย", "๒ เพื่อพัฒนาผู้เรียน", "๓ เพื่อส่งเสริม")
    assert not any(b for b, _ in got)


def test_a_sub_number_behind_a_leading_vowel_speck_opens_an_item():
    opener = sub_opener("2", opens_purpose)
    assert opener("ใ๒.๕ เพื่อคัดสรรผลงานการนำเสนอ") == ("ใ๒.๕", "เพื่อคัดสรรผลงานการนำเสนอ")
    assert opener("ไป๒.๕ เพื่อคัดสรร") is None  # (two letters: a word, no speck)


def test_the_objective_behind_a_vowel_speck_is_its_own_row():
    lines = ["๒. วัตถุประสงค์", "๒.๑  เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", "๒.๒ เพื่อสร้างเครือข่ายความร่วมมือ",
             "๒.๓ เพื่อส่งเสริมและสนับสนุนให้โรงเรียน", "ใ๒.๕ เพื่อคัดสรรผลงานการนำเสนอเป็นภาษาอังกฤษ", "",
             "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น", "๓. เป้าหมาย"]
    text = sample_text(PROPOSAL)
    start, end = text.index("๒. วัตถุประสงค์"), text.index("๓. เป้าหมาย") + len("๓. เป้าหมาย")
    rows = process_document("proposal.txt", (text[:start] + "\n".join(lines) + text[end:]).encode("utf-8"))
    objectives = [o["text"] for o in rows["objectives"]]
    assert len(objectives) == 4 and objectives[3].startswith("เพื่อคัดสรรผลงาน")
    assert objectives[3].endswith("แก่โรงเรียนอื่น") and objectives[2].endswith("ให้โรงเรียน")


def _plan(*texts: str) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(texts, start=1) if text], out)
    return out


def _lost_steps(out: CopyReading) -> list:
    return [i for i in out.issues if i.code == "items_cut_in_doubt" and i.field == "activities"]


def test_the_last_step_going_on_past_a_blank_line_is_said():
    out = _plan("3. จัดอบรม", "เชิงปฏิบัติการให้", "แก่ครูผู้สอน", "4. โรงเรียน", "คัดสรรสื่อ", "การเรียนรู้", "",
                "ติดตาม การ", "ดำเนินงานของ", "โรงเรียน")
    said = _lost_steps(out)
    assert len(said) == 1 and (said[0].line_start, said[0].line_end) == (4, 10)
    assert out.tables["activities"][4]["text"].value.endswith("ดำเนินงานของ โรงเรียน")  # (kept as read)


def test_a_blank_line_inside_a_step_before_the_last_is_not_this():
    out = _plan("3. จัดอบรม", "", "เชิงปฏิบัติการให้", "แก่ครูผู้สอน", "4. โรงเรียน", "คัดสรรสื่อ")
    assert not _lost_steps(out)


_PRINTED = "\n".join(["๕.โครงการรับนักเรียน", "๒.สพป.กาญจนบุรีเขต๑ได้ดำเนินการรับนักเรียนครบตามแผนที่กำหนด",
                      "กิจกรรมหลักที่๑ประชุมเชิงปฏิบัติการวับนักเรียน"])


def test_a_word_one_lookalike_letter_from_one_the_document_prints_beside_the_same_word_is_said():
    assert lookalike_in_context("ประชุมเชิงปฏิบัติการวับนักเรียน", _PRINTED) == ("วับ", "รับ", 2)


def test_a_word_the_document_prints_so_twice_or_its_lookalike_once_is_not_said():
    twice = _PRINTED + "\nวับนักเรียน"
    assert lookalike_in_context("ประชุมเชิงปฏิบัติการวับนักเรียน", twice) is None
    once = "\n".join(_PRINTED.splitlines()[1:])
    assert lookalike_in_context("ประชุมเชิงปฏิบัติการวับนักเรียน", once) is None
