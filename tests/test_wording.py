"""Row texts of every form whose Thai reads as no words are flagged
(pipeline.wording, `unknown_words`) where no other issue names them: OCR
damage the copy vote, the siblings and the tone marks left as it was."""

from __future__ import annotations

import json

from pipeline.stages import process_document
from pipeline.wording import unknown_words
from tests.test_repair import entries, form


def _flags(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unknown_words"]


def test_a_progress_report_description_whose_thai_reads_as_no_words_is_flagged_at_its_row():
    # a BMA progress form's description, printed once, with a letter OCR added ("ขออมนุมัติ")
    text = form(entries=entries()).replace("รายงานครั้งที่ 2 :: 9/11/2562 : ดำเนินการตามแผน",
                                           "รายงานครั้งที่ 2 :: 9/11/2562 : ขออมนุมัติโครงการ")
    rows = process_document("form.txt", text.encode("utf-8"))
    (flag,) = _flags(rows)
    report = {r["seq"]: r for r in rows["progress_reports"]}[2]
    assert report["description"] == "ขออมนุมัติโครงการ"
    assert flag["field"] == "progress_reports.description" and flag["project_key"] == report["project_key"]
    assert flag["line_start"] == report["line_start"] and flag["line_end"] == report["line_end"]
    assert json.loads(flag["evidence"])["pieces"]
    # the undamaged form has none
    assert not _flags(process_document("form.txt", form(entries=entries()).encode("utf-8")))


def test_letters_standing_alone_and_abbreviations_glued_to_a_word_are_no_damage():
    # a list's letters, ณ, ฯลฯ, an abbreviation without its dot or glued to the word before it
    assert unknown_words("ดำเนินการสอบข้อเขียนภาค ก และภาค ข ในวันที่ 5") == []
    assert unknown_words("ได้ดำเนินการแล้ว ณ ห้องประชุมสพป.ชัยภูมิ เขต 4") == []
    assert unknown_words("ได้ดำเนินการแล้ว ณ ห้องประชุม สพป.ชัยภูมิ เขต 4") == []
    assert unknown_words("ในระดับปฐมวัย ฯลฯ มีคุณลักษณะตามบรรทัดฐาน") == []
    # the same letters inside a word OCR damaged are still pieces no word covers
    assert unknown_words("ได้ดำเนินการประชุมตามแผนทิกำหนด")


def test_the_short_cut_for_texts_of_words_alone_says_what_the_whole_check_would(monkeypatch):
    # _surely_words (each run as printed is words alone, no pair lacks a mark) must never hide a piece the
    # check of the runs joined across spaces finds: every line of the OCR'd corpus, both ways
    import glob

    import pipeline.wording as wording

    lines = {ln.strip() for path in sorted(glob.glob("tests/corpus/ocr/*.txt"))[::3]
             for ln in open(path, encoding="utf-8") if ln.strip()}
    fast = {t: wording.unknown_words(t) for t in lines}
    monkeypatch.setattr(wording, "_surely_words", lambda text: False)
    assert {t: wording.unknown_words(t) for t in lines} == fast
    assert sum(1 for v in fast.values() if v) > 100  # (the lines hold OCR damage for the check to find)


def test_runs_read_from_their_dictionary_words_answer_as_tokenized_runs():
    # _surely_words reads a run from its word_graph (_run_ends) where that is sure, and tokenizes it where not:
    # the same answer as every run tokenized (_surely_words_tokenized), on every line of the OCR'd corpus, and
    # on the lines with a tone mark dropped or a sara am cut in two (the bench archive's slips)
    import glob
    import re

    import pipeline.wording as wording
    from normalizers.words import thai_words

    paths = sorted(glob.glob("tests/corpus/ocr/*.txt") + glob.glob("tests/corpus/*/ocr/*.txt"))
    lines = sorted({ln.strip() for path in paths for ln in open(path, encoding="utf-8") if ln.strip()})
    slipped = [re.sub("[\u0e48-\u0e4b]", "", ln, count=1) for ln in lines[::2]]
    slipped += [ln.replace("\u0e33", "\u0e4d\u0e32", 1) for ln in lines[1::4] if "\u0e33" in ln]
    texts = [wording._LONE_LETTERS_RE.sub(" ", wording._ABBREVIATION_RE.sub(" ", t)) for t in lines + slipped]
    sure = 0
    for text in texts:
        assert wording._surely_words(text) == wording._surely_words_tokenized(text), text
        sure += wording._surely_words(text)
    told = 0
    for run in {run for text in texts for run in wording._THAI_RUN_RE.findall(text)}:
        ends = wording._run_ends(run)
        if ends is None:
            continue
        told += 1
        words = thai_words(run)  # newmm's: dictionary words, no two side by side lacking a mark, ends among ends
        assert wording._run_words(run) == words, run
        assert not any(wording._lacks_a_mark(a, b) for a, b in zip(words, words[1:])), run
        assert words[0] in ends[0] and words[-1] in ends[1], run
    assert sure > 10_000 and told > 4000


def _repairs(rows: dict, rule: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "value_repaired" and json.loads(i["evidence"])["rule"] == rule]


def test_a_word_ocr_misspelled_that_the_same_text_prints_right_is_read_as_that_word():
    # "ขออนุมัติ ... ขออมนุมัติ": the text prints the word twice, OCR added a letter to one printing
    text = form(entries=entries()).replace("รายงานครั้งที่ 2 :: 9/11/2562 : ดำเนินการตามแผน",
                                           "รายงานครั้งที่ 2 :: 9/11/2562 : ขออนุมัติโครงการ และขออมนุมัติเงินจัดสรร")
    rows = process_document("form.txt", text.encode("utf-8"))
    report = {r["seq"]: r for r in rows["progress_reports"]}[2]
    assert report["description"] == "ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร"
    (repair,) = _repairs(rows, "echoed_word")
    assert repair["field"] == "progress_reports.description" and repair["line_start"] == report["line_start"]
    assert json.loads(repair["evidence"])["words"] == [["ขออมนุมัติ", "ขออนุมัติ"]]
    assert not _flags(rows)


def test_a_text_with_other_damage_keeps_its_misspelt_word_and_is_flagged():
    # the text does not read as words once the word is read back ("งนจัดสรร": vowels lost): no sure reading
    text = form(entries=entries()).replace("รายงานครั้งที่ 2 :: 9/11/2562 : ดำเนินการตามแผน",
                                           "รายงานครั้งที่ 2 :: 9/11/2562 : ขออนุมัติโครงการ และขออมนุมัติงนจัดสรร")
    rows = process_document("form.txt", text.encode("utf-8"))
    report = {r["seq"]: r for r in rows["progress_reports"]}[2]
    assert report["description"] == "ขออนุมัติโครงการ และขออมนุมัติงนจัดสรร"
    assert not _repairs(rows, "echoed_word")
    (flag,) = _flags(rows)
    assert flag["field"] == "progress_reports.description"


def test_a_text_past_the_echo_bound_is_left_as_read():
    """echoed_words seeks each word fuzzily over the whole text: a text longer than ECHO_MAX_CHARS (a form whose
    lines OCR printed five times) is not searched, and stays as read (flagged by unknown_words)."""
    from pipeline.wording import ECHO_MAX_CHARS, echoed_words, unknown_words
    text = "ขออนุมัติโครงการ และขออมนุมัติเงินจัดสรร"
    assert echoed_words(text, unknown_words(text))[1]  # within the bound: read back
    long = " ".join([text] * (ECHO_MAX_CHARS // len(text) + 1))
    assert len(long) > ECHO_MAX_CHARS and echoed_words(long, unknown_words(long)) == (long, [])


def test_the_memoised_check_answers_as_the_check_and_its_answer_is_the_callers_own():
    from pipeline.wording import CACHED_TEXT, _cached_unknown_words, _unknown_words

    _cached_unknown_words.cache_clear()
    damaged = "ขออนุมัติโครงการ และขออนุมตเงนจดสรร"
    first = unknown_words(damaged)
    assert first == _unknown_words(damaged) and first
    first.append("changed by the caller")  # a caller's list is its own: the memo keeps its answer
    assert unknown_words(damaged) == _unknown_words(damaged)
    assert _cached_unknown_words.cache_info().hits == 1
    # a text past the memo's bound is checked, not memoised, with the same answer
    long = " ".join([damaged] * (CACHED_TEXT // len(damaged) + 1))
    assert len(long) > CACHED_TEXT and unknown_words(long) == _unknown_words(long)
    assert _cached_unknown_words.cache_info().currsize == 1


def test_a_short_latin_word_of_small_letters_between_thai_words_is_a_piece():
    # "และ" read "uaz" by the English model inside an activity's text: no issue named it
    assert unknown_words("ขออนุมัติ โครงการ uaz ขออนุมัติเงิน จัดสรร") == ["uaz"]
    # Latin names and terms (capitalised), the "x" of a product, a longer word, or one at a text's end are not
    assert unknown_words("ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) ในโรงเรียน") == []
    assert unknown_words("รายงานในระบบ BMA Digital Plans ทุกเดือน") == []
    assert unknown_words("ค่าอาหารกลางวัน จำนวน 20 คน x 50 บาท") == []
    assert unknown_words("บันทึกข้อมูลด้วยโปรแกรม excel และรายงานผล") == []


def test_a_token_whose_thai_letters_and_digits_alternate_is_a_piece():
    # "(School of go green)" read "(ร6๕ท๐๐| of go": the pieces are single letters between digits, which
    # read as letters standing alone, and the activity's text was silent
    assert unknown_words("ประชุมเชิงปฏิบัติการโรงเรียนสีเขียว (ร6๕ท๐๐| of go") == ["ร6๕ท๐"]
    assert unknown_words("โครงการโรงเรียนสีเขียว (ร๐ก๐๐| of go green)") == ["ร๐ก๐"]
    # a figure apart from its words, after an abbreviation's dot or a slash, is no such token
    assert unknown_words("นักเรียนชั้น ม.๓ และ ป.6 จำนวน ๒๐ คน ตามหนังสือที่ ศธ ๐๔๐๗๔/ว๑๒๓") == []


def test_a_figure_with_an_exclamation_mark_glued_after_it_is_a_piece():
    # "(School of go green)" read "(5๐๓๐๐! of go green)": digits alone, so no letter and digit alternate, and the
    # activity's text was silent; no text of the forms prints "!"
    assert unknown_words("ประชุมเชิงปฏิบัติการโรงเรียนสีเขียว (5๐๓๐๐! of go green)") == ["5๐๓๐๐!"]
    assert unknown_words("นักเรียนชั้น ม.๓ จำนวน ๒๐ คน ร้อยละ 100") == []
    # letters with it: a cell's edge OCR read into a text ("แนะที!" for an output target's text)
    assert unknown_words("แนะที!") == ["แนะที!"]


def test_a_letter_alone_inside_a_figure_is_a_piece():
    # a scrawl read as digits with one letter among them ("2) 111ไ11133 0"), run into an OBEC project's name
    # from the line under it: the name was wrong, silently
    assert unknown_words("โครงการจิตอาสาด้วย กระบวนการลูกเสือ ปีการศึกษา 2566 2) 111ไ11133 0") == ["0", "111ไ11133"]
    # a figure, a letter apart from it, a date: none
    assert unknown_words("จำนวน ๒๕ ก ๓๐ คน ปีการศึกษา 2566 เมื่อ 12/3/2566") == []


def test_a_word_opening_with_a_vowel_or_mark_no_thai_word_opens_with_is_a_piece():
    # an OBEC budget note with another line's end run in ("...ที่จำเป็นของโลก" cut to "าเป็นของโลก"), or the
    # last letter of a column's word alone after it: newmm read "การาเป็น" / "การา" as words, and no issue said so
    assert unknown_words("สามารถเบิกจ่ายงบประมาณได้ตามแผนการ าเป็นของโลกศตวรรษที่ 21") == ["าเป็นของโลกศตวรรษที่"]
    assert unknown_words("สามารถเบิกจ่ายงบประมาณได้ตามแผนการ า") == ["า"]
    assert unknown_words("ะเวลาในการอบรม ๓ วัน") == ["ะเวลาในการอบรม"]
    assert unknown_words("ครูที่ ่ได้รับการพัฒนา") == ["่ได้รับการพัฒนา"]
    # the same words whole, a repetition mark apart or a leading vowel opening a word are no such piece
    assert unknown_words("สามารถเบิกจ่ายงบประมาณได้ตามแผนการ") == []
    assert unknown_words("จัดกิจกรรมต่าง ๆ ในโรงเรียน เพื่อให้ผู้เรียน ได้รับการพัฒนา") == []
    # a space OCR put inside a word ("มีคว ามพึงพอใจ", "แล ะบุคลากร") is no cut word: the run before it and it,
    # joined, read as a word from one of the run's own words on; "แผนการ า..." joined reads "แผน กา รา": cut
    assert unknown_words("นักเรียนที่เข้าร่วมกิจกรรมมีคว ามพึงพอใจ ในระดับดี") == []
    assert unknown_words("ข้าราชการครูแล ะบุคลากรทางการศึกษา") == []
    assert unknown_words("การดำเนินกิจกรรมให้ชัดเจน ะทำให้เสร็จตามเวลา") == ["ะทำให้เสร็จตามเวลา"]


def test_a_budget_note_with_a_cut_word_run_in_is_flagged_at_its_row():
    from pipeline.wording import flag_unknown_words
    note = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ าเป็นของโลกศตวรรษที่ 21"
    row = {"project_key": "p1", "line_start": 447, "line_end": 455, "note": note}
    (flag,) = flag_unknown_words({"quarterly_budgets": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "quarterly_budgets.note"
    assert (flag.line_start, flag.line_end, flag.project_key) == (447, 455, "p1") and row["note"] == note
    # the note whole raises nothing
    assert flag_unknown_words({"quarterly_budgets": [{**row, "note": "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"}]}, []) == []


def test_a_row_text_of_no_word_at_all_is_flagged_as_a_whole_and_short_words_are_no_debris():
    # an OBEC report's suggestion read from a page's debris under a group header with no project ("น 111=.เ0"):
    # no two Thai letters together, no Latin word, so no piece of words either; said at its row, kept as read
    from pipeline.wording import flag_unknown_words, wordless
    row = {"project_key": "p5", "line_start": 1950, "line_end": 1950, "text": "น 111=.เ0", "kind": "suggestion"}
    (flag,) = flag_unknown_words({"findings": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "findings.text" and row["text"] == "น 111=.เ0"
    assert (flag.line_start, flag.line_end, flag.project_key) == (1950, 1950, "p5")
    assert json.loads(flag.evidence)["pieces"] == ["น 111=.เ0"]
    # a text of one short word, a Latin term or a figure with its word is text
    for text in ("ผล", "STEM", "ร้อยละ 80", "ณ ห้องประชุม", "COVID-19"):
        assert not wordless(text), text
        assert flag_unknown_words({"findings": [{**row, "text": text}]}, []) == []
    assert wordless("a wa ส") and wordless("> 0") and not wordless("  ")


def test_a_row_text_opening_with_a_word_that_joins_it_to_words_before_is_flagged():
    # a proposal's place whose first line OCR printed after the next section ("ห้องประชุมสำนักงานเขต... และ
    # โรงเรียนในสังกัด" read "และโรงเรียนในสังกัด"), an OBEC progress text that is another's tail ("ในสถานศึกษา")
    from pipeline.wording import flag_unknown_words, opening_joiner
    row = {"project_key": "p1", "line_start": 89, "line_end": 91, "place": "และโรงเรียนในสังกัด"}
    (flag,) = flag_unknown_words({"projects": [row]}, [])
    assert flag.field == "projects.place" and json.loads(flag.evidence)["pieces"] == ["และ"]
    assert opening_joiner("ในสถานศึกษา") == "ใน"
    # words that open with the same letters are no joining words; a text that opens otherwise raises nothing
    for text in ("ของเล่นเด็ก", "ที่ปรึกษาโครงการ", "ที่ประชุมสำนักงานเขต", "โดยสารรถประจำทาง", "ได้ดำเนินการแล้ว"):
        assert opening_joiner(text) is None, text
    assert flag_unknown_words({"projects": [{**row, "place": "ห้องประชุมสำนักงานเขต และโรงเรียนในสังกัด"}]}, []) == []


def test_a_text_opening_with_letters_of_a_lost_number_or_a_cut_word_is_said():
    # "dD. มี...": a number OCR read as Latin letters, a dot closing them; "ง ไตรมาส...": the last letter of a word
    # cut off at the margin, the opening words lost: each was silent
    assert unknown_words("dD. มีผู้เข้าร่วมกิจกรรม จำนวน 19 คน") == ["dD"]
    assert unknown_words("ง ไตรมาสให้ชัดเจน จะทำให้การดำเนินกิจกรรมนั้น ๆ เสร็จสิ้น") == ["ง"]
    # a word of one or two letters opening a text, or a list's letter inside one: nothing
    assert unknown_words("ณ ห้องประชุมสำนักงาน") == []
    assert unknown_words("ดำเนินการสอบข้อเขียนภาค ก และภาค ข ในวันที่ 5") == []


def test_a_word_that_lost_its_silent_letter_mark_is_said():
    # "สัมฤทธิ" (a dictionary spelling no corpus text holds) for สัมฤทธิ์: the text read as words, silently
    assert unknown_words("นักเรียนมีผลสัมฤทธิทาง การเรียนสูงขึ้น") == ["สัมฤทธิ"]
    assert unknown_words("นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น") == []
    assert unknown_words("ศูนย์วิทยาศาสตร์เพื่อการศึกษา") == []


def test_a_count_or_its_unit_read_as_latin_letters_is_said():
    # "จำนวน Ho คน" (the count's digits read by the English model), "จำนวน ๑๑ AY" (its unit): kept as read, silently
    assert unknown_words("มีผู้เข้าร่วมกิจกรรม จำนวน Ho คน") == ["Ho"]
    assert unknown_words("มีผู้เข้าร่วมกิจกรรม จำนวน ๑๑ AY") == ["AY"]
    assert unknown_words("มีผู้เข้าร่วมกิจกรรม จำนวน ๑๑ คน") == []
    assert unknown_words("ครู จำนวน 5 คน ใช้ระบบ DLTV") == []  # a Latin name after words, not after the figure


def test_a_district_is_read_back_beside_a_word_that_lost_its_silent_letter_mark():
    # "ผลสัมฤทธิทาง" (a piece now: the mark dropped) beside "บางซื้อ": a mark OCR dropped is no damage beyond the
    # district, which is read back as before (pipeline.districts)
    from pipeline.districts import mend_districts
    row = {"project_key": "p", "name": "เสริมสร้างผลสัมฤทธิทางการเรียน สังกัดสำนักงานเขตบางซื้อ",
           "line_start": 1, "line_end": 1}
    (issue,) = mend_districts({"projects": [row]}, [])
    assert row["name"].endswith("สำนักงานเขตบางซื่อ") and issue.code == "value_repaired"


def test_a_misspelled_word_is_read_back_beside_debris_and_the_debris_still_said():
    # "ก ขอรายชื่อผู้ร่วมกิจกรรมที่ 2 ... กิจกรรมที 5": the lone letter opening it made the echo repair give up
    from pipeline.wording import flag_unknown_words
    row = {"project_key": "p", "description": "ก ขออนุมัติโครงการ และขออมนุมัติเงินจัดสรร",
           "line_start": 3, "line_end": 3}
    issues = flag_unknown_words({"progress_reports": [row]}, [])
    assert row["description"] == "ก ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร"
    assert sorted(i.code for i in issues) == ["unknown_words", "value_repaired"]
    (said,) = [i for i in issues if i.code == "unknown_words"]
    assert json.loads(said.evidence)["pieces"] == ["ก"]


def test_a_word_cut_inside_its_vowel_is_a_piece_and_a_project_model_is_checked():
    # "การจัดการเรี" (เรียนรู้ with the line's end OCR dropped): no Thai word ends in เ-ี without its ย
    model = "เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการ และคัดสรรแผนการจัดการเรี ตามขนาดของโรงเรียน"
    assert unknown_words(model) and unknown_words(model)[-1].endswith("การเรี")
    assert unknown_words("โรงเรี เรียน") and not unknown_words("ส่งเสริมเสรีภาพ สำนักงานเขตราชเทวี")
    from pipeline.wording import flag_unknown_words
    row = {"project_key": "k", "project_model": model, "line_start": 5, "line_end": 7}
    (flag,) = flag_unknown_words({"projects": [row]}, [])
    assert flag.field == "projects.project_model" and (flag.line_start, flag.line_end) == (5, 7)



def test_a_latin_token_of_small_letters_then_a_capital_is_a_piece():
    # "ลงพื้นที่นิเทศ" read "asNuntine" by the English model after a sub-item's number: the progress text was silent
    assert unknown_words("1.2 asNuntine ติดตาม โรงเรียนในสังกัด จำนวน 59 โรงเรียน") == ["asNuntine"]
    # Latin words as the forms print them (small, Capitalised, capitals, one small letter before a capital) are not
    assert unknown_words("ใช้ระบบ eBook และ YouTube กับ PowerPoint ในการสอน Active Learning") == []


def test_a_rare_dictionary_word_one_letter_from_a_far_commoner_one_is_a_piece():
    # "ดำเนิน" read "ตำเนิน" (ด for ต): a dictionary word the corpus holds 3 times, newmm left no piece; silent
    assert unknown_words("สรุปและรายงานผลการตำเนินงานโครงการ") == ["ตำเนิน"]
    assert unknown_words("สรุปและรายงานผลการดำเนินงานโครงการ") == []
    # ... but not two words side by side each commoner than the word it is one letter from ("ออกจาก": ออก + จาก,
    # each far commoner than นอกจาก; the samples' OBEC text "ลดการนำครูออกจากห้องเรียน" was flagged)
    assert unknown_words("เป็นการลดการนำครูออกจากห้องเรียน") == []
    assert unknown_words("นักเรียนกลุ่มเสี่ยงหลุดออกจากระบบการศึกษา") == []


def test_once_a_misspelling_is_read_back_a_printing_off_by_a_mark_is_read_back_too():
    # "ขออมนุมัติ" read back as ขออนุมัติ; "ข้ออนุมัติ" (a tone mark OCR added) reads as words, ข้อ + อนุมัติ, and
    # was left: the repair chose a text still wrong.  It differs from ขออนุมัติ, which the text now prints, by a
    # mark alone, and is no dictionary word: read back too
    from pipeline.wording import echoed_words
    text = "ข้ออนุมัติโครงการ และขออมนุมัติเงินจัดสรร"
    assert echoed_words(text, unknown_words(text)) == (
        "ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", [("อมนุมัติ", "อนุมัติ"), ("ข้ออนุมัติ", "ขออนุมัติ")])
    # no misspelling read back first: a printing off by a mark that reads as words is left (no piece to settle)
    text = "ข้ออนุมัติโครงการ และขออนุมัติเงินจัดสรร"
    assert echoed_words(text, unknown_words(text)) == (text, [])


def test_words_run_together_a_vowel_from_a_word_the_document_prints_right_are_read_as_it():
    """"ครุผู้สอน" (ครุ and ผู้สอน, no word together) is one vowel's length from ครูผู้สอน: where a line of the
    document prints ครูผู้สอน right it is read so (rule printed_word, the lines counted); where none does it stays
    flagged (unknown_words), as does a text whose run stands apart by a space."""
    from pipeline.wording import flag_unknown_words

    def row(text):
        return {"activities": [{"project_key": "k", "line_start": 9, "line_end": 9, "text": text}]}

    lines = ["ครูผู้สอนในโรงเรียนสังกัดสำนักงานเขตบางรัก", "จัดอบรมเชิงปฏิบัติการให้แก่ครุผู้สอน"]
    tables = row("จัดอบรมเชิงปฏิบัติการให้แก่ครุผู้สอน")
    (repair,) = flag_unknown_words(tables, [], lines)
    assert tables["activities"][0]["text"] == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"
    assert (repair.code, repair.field, repair.line_start) == ("value_repaired", "activities.text", 9)
    assert json.loads(repair.evidence) == {"rule": "printed_word", "printed": "จัดอบรมเชิงปฏิบัติการให้แก่ครุผู้สอน",
                                           "chosen": "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
                                           "words": [["ครุผู้สอน", "ครูผู้สอน"]], "printings": 1}
    # no line prints the word right: kept and said
    tables = row("จัดอบรมเชิงปฏิบัติการให้แก่ครุผู้สอน")
    (flag,) = flag_unknown_words(tables, [], lines[1:])
    assert flag.code == "unknown_words" and tables["activities"][0]["text"].endswith("ครุผู้สอน")
