"""An OBEC list text whose opening words OCR lost (at the page's margin, or
its first line whole), where other rows of its column print the wording
whole (parsers.obec_progress.texts.heads_lost); and a count whose digits OCR
read as a symbol (parsers.obec_progress.digits)."""

from __future__ import annotations

import json

from parsers.obec_progress.digits import flag_doubtful
from parsers.obec_progress.texts import heads_lost

WHOLE = "บุคลากรในสำนักงานที่รับผิดชอบงาน ได้รับการฝึกอบรมให้มีทักษะการใช้ระบบสารสนเทศอย่างถูกต้อง"
HEADLESS = "ได้รับการฝึกอบรมให้มีทักษะการใช้ระบบสารสนเทศอย่างถูกต้อง"


def rows(*texts: str, table: str = "targets") -> dict:
    return {table: [{"project_key": f"p{i}", "text": t, "line_start": 10 * i, "line_end": 10 * i + 1}
                    for i, t in enumerate(texts)]}


def test_a_text_lost_its_first_line_where_other_rows_print_it_whole_is_read_with_it():
    tables = rows(WHOLE, WHOLE, HEADLESS)
    issues = heads_lost(tables, [])
    assert len(issues) == 1
    issue = issues[0]
    assert (issue.code, issue.field, issue.line_start, issue.project_key) == ("value_repaired", "targets.text", 20, "p2")
    evidence = json.loads(issue.evidence)
    assert (evidence["rule"], evidence["printed"], evidence["support"]) == ("head_lost", HEADLESS, 2)
    assert tables["targets"][2]["text"] == WHOLE == evidence["chosen"]


def test_printings_that_hold_other_words_before_it_leave_it_said_as_read():
    other = "ผู้บริหารสถานศึกษาทุกแห่ง " + HEADLESS
    tables = rows(WHOLE, WHOLE, other, other, HEADLESS)
    issues = heads_lost(tables, [])
    assert [(i.code, i.line_start) for i in issues] == [("unknown_words", 40)]
    evidence = issues[0].evidence if isinstance(issues[0].evidence, dict) else json.loads(issues[0].evidence)
    assert sorted(p.strip() for p in evidence["pieces"]) == sorted(["บุคลากรในสำนักงานที่รับผิดชอบงาน",
                                                                    "ผู้บริหารสถานศึกษาทุกแห่ง"])
    assert tables["targets"][4]["text"] == HEADLESS


def test_a_head_cut_inside_a_word_joins_it_without_a_space_and_a_close_cut_too_is_read():
    # the margins cut "ผู้เรียนได้|รับการ...โลก|ยุคใหม่": the lost words end inside the text's first word, and the
    # text ends inside the other printings' wording: both ends are theirs
    whole = "ผู้เรียนได้รับการพัฒนาอย่างเต็มศักยภาพในทุกช่วงวัย มีสมรรถนะที่จำเป็นสำหรับโลก ยุคใหม่"
    cut = "รับการพัฒนาอย่างเต็มศักยภาพในทุกช่วงวัย มีสมรรถนะทีจำเป็นสำหรับโลก"
    tables = rows(whole, whole, cut, table="alignments")
    heads_lost(tables, [])
    assert tables["alignments"][2]["text"] == "ผู้เรียนได้" + cut + " ยุคใหม่"


def test_specks_the_margin_left_are_no_part_of_the_text_but_its_figures_are():
    whole = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ 21"
    tables = rows(whole, whole, ". We ยนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะทีจำเป็นในศตวรรษที 21")
    heads_lost(tables, [])
    assert tables["targets"][2]["text"] == "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะทีจำเป็นในศตวรรษที 21"


def test_a_text_running_on_far_past_the_other_printing_is_another_s_run_in():
    # the tail of one text and the head of the next run together: not a printing whose head was lost
    whole = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่"
    rotated = "ที่จำเป็นในศตวรรษที่ ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะ"
    tables = rows(whole, whole, rotated)
    assert heads_lost(tables, []) == [] and tables["targets"][2]["text"] == rotated


def test_marks_dropped_and_the_close_cut_too_still_match():
    # the whole printings lost their close ("...อย่างถูก"), the headless one its marks
    cut = WHOLE[: -len("ต้อง")]
    headless = HEADLESS.replace("ที่", "ที").replace("ฝึก", "ฝก")
    tables = rows(cut, cut, headless, table="alignments")
    assert len(heads_lost(tables, [])) == 1
    assert tables["alignments"][2]["text"] == "บุคลากรในสำนักงานที่รับผิดชอบงาน " + headless


def test_a_text_the_report_prints_as_often_as_the_whole_one_is_said_not_read():
    # each printed once: which is the report's wording is not known, so nothing is read back; the words before it
    # being the report's words, its opening may be lost: said
    tables = rows(WHOLE, HEADLESS)
    assert [(i.code, i.line_start) for i in heads_lost(tables, [])] == [("unknown_words", 10)]
    assert tables["targets"][1]["text"] == HEADLESS
    # a speck or page debris before the other printing (no words of the report's): that one is the damaged one
    assert heads_lost(rows("ba ฯ๕ก " + HEADLESS, HEADLESS), []) == []
    assert heads_lost(rows("สลส ฑฒ " + HEADLESS, HEADLESS), []) == []


def test_a_text_of_its_own_joined_after_another_is_not_said():
    joined = "โครงการสอดคล้องกับนโยบายของสำนักงาน และ " + HEADLESS
    assert heads_lost(rows(joined, joined, joined, HEADLESS, table="alignments"), []) == []


def test_a_long_head_is_too_much_to_read_back_but_is_said():
    # the words before are more than the text keeps: a line or more lost ("คณะกรรมการเรียบร้อยแล้ว" under
    # "ได้ดำเนินการประชุม... และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"), too much to read back, not silent
    long_head = "สำนักงานดำเนินการพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการศึกษาให้แก่บุคลากรทุกกลุ่มงาน " + HEADLESS
    tables = rows(long_head, long_head, HEADLESS, table="findings")
    issues = heads_lost(tables, [])
    assert [(i.code, i.field, i.line_start) for i in issues] == [("unknown_words", "findings.text", 20)]
    assert "more than it keeps" in issues[0].message
    assert tables["findings"][2]["text"] == HEADLESS


def test_a_text_whose_close_ocr_lost_is_read_with_the_words_more_rows_print_after_it():
    from parsers.obec_progress.texts import closes_lost
    cut = WHOLE[: -len("อย่างถูกต้อง")]
    tables = rows(WHOLE, WHOLE, cut)
    issues = closes_lost(tables, [])
    assert [(i.code, i.field, i.line_start) for i in issues] == [("value_repaired", "targets.text", 20)]
    assert json.loads(issues[0].evidence)["rule"] == "close_lost"
    assert tables["targets"][2]["text"] == WHOLE


def test_a_close_lost_that_one_printing_alone_shows_is_said_not_read():
    # printed once each: the shorter may be the wording; said, kept as read
    from parsers.obec_progress.texts import closes_lost
    cut = WHOLE[: -len("อย่างถูกต้อง")]
    tables = rows(WHOLE, cut, table="findings")
    issues = closes_lost(tables, [])
    assert [(i.code, i.line_start) for i in issues] == [("unknown_words", 10)]
    assert json.loads(issues[0].evidence)["pieces"] == ["อย่างถูกต้อง"]
    assert tables["findings"][1]["text"] == cut


def test_a_text_ending_with_a_count_or_another_text_run_on_after_it_is_no_close_lost():
    from parsers.obec_progress.texts import closes_lost
    count = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๐ คน"
    longer = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๔๕ คน เข้าร่วมการประชุมเชิงปฏิบัติการ"
    assert closes_lost(rows(longer, longer, count), []) == []
    other = "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ ต้องปรับกิจกรรมแบบออนไลน์"
    assert closes_lost(rows(WHOLE + " " + other, WHOLE, other, table="findings"), []) == []


def test_debris_before_the_longer_printing_is_no_lost_head():
    # a page number or a footer's figures read before a text: the longer printing is the damaged one
    debris = "หน้า ๕ " + HEADLESS
    assert heads_lost(rows(debris, debris, HEADLESS), []) == []


def test_a_field_another_issue_names_there_is_not_said_again():
    from schemas.document import Issue
    said = Issue("warning", "marks_dropped", "x", None, 20, 21, field="targets.text", project_key="p2")
    assert heads_lost(rows(WHOLE, WHOLE, HEADLESS), [said]) == []


def test_a_count_whose_digits_ocr_read_as_a_symbol_is_flagged():
    tables = {"activities": [{"project_key": "p", "progress": "มีผู้เข้าร่วมกิจกรรม จำนวน > คน", "text": "ประชุม",
                              "line_start": 5, "line_end": 5}],
              "targets": [{"project_key": "p", "text": "ครูในสังกัด จำนวน « คน ได้รับการพัฒนา",
                           "line_start": 7, "line_end": 7}]}
    flagged = flag_doubtful("", tables, [], [])
    assert sorted(i.field for i in flagged) == ["activities.progress", "targets.text"]
    assert all(i.code == "ocr_digits_doubtful" for i in flagged)
    # a count the form leaves blank, a dash, and a count read right: nothing
    tables = {"activities": [{"project_key": "p", "progress": "มีผู้เข้าร่วมกิจกรรม จำนวน - คน", "text": "ประชุม",
                              "line_start": 5, "line_end": 5}],
              "targets": [{"project_key": "p", "text": "ครูในสังกัด จำนวน 40 คน ได้รับการพัฒนา",
                           "line_start": 7, "line_end": 7}]}
    assert flag_doubtful("", tables, [], []) == []


def test_a_round_listing_one_text_twice_is_said_on_the_table():
    from parsers.obec_progress.texts import texts_twice
    liked = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"
    rows_ = [{"project_key": "p", "quarter": 2, "kind": "indicator", "seq": s, "text": t, "line_start": 10 + s,
              "line_end": 10 + s} for s, t in ((1, "ร้อยละ 80 ของโรงเรียนในสังกัดดำเนินการได้ตามแผน"), (2, liked),
                                               (3, liked.replace("พึงพอใจ", "พงพอใจ")))]
    issues = texts_twice({"targets": rows_}, [])
    assert [(i.code, i.field, i.line_start) for i in issues] == [("repeated_row", "targets", 13)]
    # the same text in another quarter, or another kind, is another list's
    rows_[2]["quarter"] = 3
    assert texts_twice({"targets": rows_}, []) == []
    # alignments are not checked: a real report (sample 004) prints one statement under the same heading twice
    same = "กิจกรรมที่ดำเนินการในไตรมาสจะไม่ส่งผลต่อค่าเป้าหมายที่กำหนด"
    aligned = [{"project_key": "p", "quarter": 2, "plan": "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ", "seq": s,
                "text": same, "line_start": 20 + s, "line_end": 20 + s} for s in (1, 3)]
    assert texts_twice({"alignments": aligned}, []) == []


def test_a_count_s_wording_whose_head_ocr_lost_keeps_its_own_figure():
    # the report's wording counts differently in each row: the figures aside, the words before are the wording's
    progress = [f"มีผู้เข้าร่วมกิจกรรม จำนวน {n} คน" for n in ("๔๕", "๑๒", "๘")]
    tables = {"activities": [{"project_key": "p", "text": "ประชุม", "progress": t, "line_start": i, "line_end": i}
                             for i, t in enumerate(progress + ["ผู้เข้าร่วมกิจกรรม จำนวน ๓๐ คน"])]}
    heads_lost(tables, [])
    assert tables["activities"][3]["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน ๓๐ คน"


def test_a_close_whose_figures_differ_from_printing_to_printing_is_not_read_from_them():
    texts = [f"ผู้บริหารสถานศึกษาในสังกัด จำนวน {n} คน เข้าร่วมการประชุม" for n in ("๑๒", "๔๕")]
    tables = rows(*texts, "บริหารสถานศึกษาในสังกัด จำนวน")
    heads_lost(tables, [])
    assert tables["targets"][2]["text"] == "ผู้บริหารสถานศึกษาในสังกัด จำนวน"


PLAN = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"


def test_a_plan_heading_whose_tail_the_page_wrapped_apart_is_read_whole_and_its_text_without_it():
    from parsers.obec_progress.texts import plans_cut
    rows_ = [{"project_key": "p", "quarter": q, "seq": 4, "plan": PLAN, "text": "กิจกรรมไม่ส่งผลต่อค่าเป้าหมาย",
              "line_start": 10 * q, "line_end": 10 * q} for q in (1, 2)]
    rows_.append({"project_key": "p", "quarter": 3, "seq": 4, "line_start": 30, "line_end": 34,
                  "plan": "ความก้าวหน้าของโครงการทีดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคม",
                  "text": "7) แห่งชาติ ฉบับที 13 กิจกรรมทีดำเนินการในไตรมาสจะไม่ส่งผลต่อค่าเป้าหมาย"})
    issues = plans_cut({"alignments": rows_})
    assert rows_[2]["plan"] == PLAN
    assert rows_[2]["text"] == "กิจกรรมทีดำเนินการในไตรมาสจะไม่ส่งผลต่อค่าเป้าหมาย"
    assert sorted((i.code, i.field) for i in issues) == [("value_repaired", "alignments.plan"),
                                                          ("value_repaired", "alignments.text")]
    assert {json.loads(i.evidence)["rule"] for i in issues} == {"plan_tail"}


def test_a_plan_heading_that_opens_two_printed_headings_is_kept_and_said():
    from parsers.obec_progress.texts import plans_cut
    rows_ = [{"project_key": "p", "quarter": 1, "seq": s, "plan": plan, "text": "ข้อความ", "line_start": s,
              "line_end": s} for s, plan in ((1, PLAN), (2, PLAN.replace("๑๓", "๑๒")),
                                             (3, "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจ"))]
    issues = plans_cut({"alignments": rows_})
    assert [(i.code, i.line_start) for i in issues] == [("repair_ambiguous", 3)]
    assert rows_[2]["plan"] == "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจ"


def test_a_count_whose_first_digit_ocr_read_as_a_letter_is_flagged():
    # "จำนวน ส๕ คน" for ๙๘: the letter glued to the count's other digits was read as text, silently
    tables = {"activities": [{"project_key": "p", "progress": "เข้าร่วมกิจกรรม จำนวน ส๕ คน", "text": "ประชุม",
                              "line_start": 5, "line_end": 5}]}
    (flagged,) = flag_doubtful("", tables, [], [])
    assert (flagged.code, flagged.field) == ("ocr_digits_doubtful", "activities.progress") and "'ส'" in flagged.message
    tables["activities"][0]["progress"] = "มีผู้เข้าร่วมกิจกรรม จำนวน ๙๘ คน"
    assert flag_doubtful("", tables, [], []) == []


def test_a_longer_printing_whose_words_past_the_text_are_page_debris_is_the_damaged_one():
    # "... ตรวจสอบได้ ๑ สลส๑" or "... ศตวรรษ ที่ ใ๒๑": OCR ran debris onto that printing; the shorter one is whole
    from parsers.obec_progress.texts import closes_lost
    assert closes_lost(rows(WHOLE + " ๑ สลส๑ ๐๑.,ซี", WHOLE, table="targets"), []) == []
    assert closes_lost(rows(WHOLE + " มู2ว้ะ", WHOLE + " มู2ว้ะ", WHOLE), []) == []
    # nor the next item run on after its number
    assert closes_lost(rows(WHOLE + " 2 ร้อยละ 100 ของโรงเรียน", WHOLE), []) == []


def test_a_tail_whose_lost_head_holds_a_count_is_said_not_read_back():
    # "เข้าร่วมการประชุมเชิงปฏิบัติการ" under "ผู้บริหาร... จำนวน ๑๓๕ คน เข้าร่วม...": each printing counts otherwise
    texts = [f"ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน {n} คน เข้าร่วมการประชุมเชิงปฏิบัติการ"
             for n in ("๑๓๕", "๔๒")]
    tables = rows(*texts, texts[0], "เข้าร่วมการประชุมเชิงปฏิบัติการ")
    issues = heads_lost(tables, [])
    assert [(i.code, i.line_start) for i in issues] == [("unknown_words", 30)]
    assert tables["targets"][3]["text"] == "เข้าร่วมการประชุมเชิงปฏิบัติการ"


def test_a_printing_only_said_does_not_stop_a_read_back_the_others_agree_on():
    # two printings hold the words before it (read back); one more holds a count before them, printed as often
    cut = "บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๒ คน"
    whole = "ผู้" + cut
    tables = rows(whole, whole, "คณะทำงานของสำนักงานเขต จำนวน ๓ คน " + cut, cut)
    issues = heads_lost(tables, [])
    assert [(i.code, i.line_start) for i in issues] == [("value_repaired", 30)]
    assert tables["targets"][3]["text"] == whole


def test_a_printing_as_often_holding_another_text_of_the_column_before_it_is_two_run_together():
    other = "สถานศึกษาในสังกัดมีการดำเนินงานที่เป็นไปตามที่กฎหมายกำหนด ลดภาระครูผู้สอน"
    assert heads_lost(rows(other, other + " " + HEADLESS, HEADLESS), []) == []


def test_an_alignment_statement_printed_shorter_and_longer_is_no_close_lost():
    # a real report (sample 004) prints a statement and the same with more words after it, each once
    from parsers.obec_progress.texts import closes_lost
    short = "โรงเรียนจำนวน ๒๑ แห่ง ให้ความร่วมมือในการรับการตรวจสอบ ปฏิบัติงานได้รวดเร็ว และโปร่งใส"
    assert closes_lost(rows(short + " ซื่อสัตย์สุจริต", short, table="alignments"), []) == []


def test_an_inner_part_is_said_with_its_close_and_its_word_repairs_are_in_doubt():
    # the text lost its opening words and its close too (the inner part of a text printed as often): both said,
    # and the evidence says the cut, so a repair of its words is no repair's value (pipeline.doubtful)
    from pipeline.doubtful import texts_in_doubt
    from schemas.document import Issue

    inner = "ได้รับการฝึกอบรมให้มีทักษะการใช้ระบบสารสนเทศ"
    said = heads_lost(rows(WHOLE, inner), [])
    assert [(i.code, i.line_start) for i in said] == [("unknown_words", 10)]
    evidence = json.loads(said[0].evidence)
    assert evidence["cut"] == "head and close" and evidence["pieces"][-1] == "อย่างถูกต้อง"
    assert "อย่างถูกต้อง" in said[0].message
    mended = Issue("warning", "value_repaired", "targets.text: tone marks put back",
                   json.dumps({"rule": "dictionary_marks", "printed": inner, "chosen": inner}), 10, 11,
                   project_key="p1", field="targets.text")
    assert [i.code for i in texts_in_doubt([*said, mended])] == ["unknown_words", "repair_ambiguous"]
    # a tail alone (its close kept) is said as a head's cut; a repair elsewhere is left
    said = heads_lost(rows(WHOLE, HEADLESS), [])
    assert json.loads(said[0].evidence)["cut"] == "head"
    mended.line_start = mended.line_end = 30
    assert [i.code for i in texts_in_doubt([*said, mended])] == ["unknown_words", "value_repaired"]


def test_a_close_lost_whose_copies_disagree_is_said_cut_and_its_marks_repair_is_in_doubt():
    # the two copies of a report read a row's text otherwise (an ocr_variant at its lines: one copy's marks kept)
    # and both lost the close the column prints once: said all the same (the copies' disagreement says nothing of
    # the extent), never read back, and a repair of its marks is in doubt (a cut text's marks mended: no value)
    from parsers.obec_progress.texts import closes_lost
    from pipeline.doubtful import texts_in_doubt
    from schemas.document import Issue

    cut = WHOLE[: -len("อย่างถูกต้อง")]
    variant = Issue("warning", "ocr_variant", "copies disagree on targets.text", None, 10, 11, project_key="p1",
                    field="targets.text")
    tables = rows(WHOLE, WHOLE, cut)
    tables["targets"][2].update(line_start=10, line_end=11)
    said = closes_lost(tables, [variant])
    assert [(i.code, i.line_start) for i in said] == [("unknown_words", 10)]
    evidence = json.loads(said[0].evidence)
    assert evidence["cut"] == "close" and evidence["pieces"] == ["อย่างถูกต้อง"]
    assert "copies disagree" in said[0].message and tables["targets"][2]["text"] == cut
    mended = Issue("warning", "value_repaired", "targets.text: tone marks put back",
                   json.dumps({"rule": "dictionary_marks", "printed": cut, "chosen": cut}), 10, 11,
                   project_key="p1", field="targets.text")
    assert [i.code for i in texts_in_doubt([variant, *said, mended])] == ["ocr_variant", "unknown_words",
                                                                           "repair_ambiguous"]
    # another issue naming the field there still leaves it to that issue
    other = Issue("warning", "unknown_words", "targets.text: pieces", None, 10, 11, field="targets.text")
    tables = rows(WHOLE, WHOLE, cut)
    tables["targets"][2].update(line_start=10, line_end=11)
    assert closes_lost(tables, [other]) == []
