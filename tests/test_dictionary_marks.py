"""Tone marks OCR dropped from a label, put back by the dictionary
(normalizers.words.restore_tone_marks, pipeline.marks): the one word that
fits, recorded as a repair; nothing else changed."""

from __future__ import annotations

import json
from pathlib import Path

from normalizers.words import restore_tone_marks
from pipeline.stages import process_document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "004_745c23c3a2846aea.txt"


def test_a_word_that_lost_its_tone_marks_is_the_one_word_that_fits():
    text, changes = restore_tone_marks("จัดทำคำสังแต่งตังคณะกรรมการดำเนินงาน")
    assert text == "จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน"
    assert changes == (("คำสัง", "คำสั่ง"), ("แต่งตัง", "แต่งตั้ง"))
    assert restore_tone_marks("กลุ่มงานนโยบายและประสานความรวมมือ")[0] == "กลุ่มงานนโยบายและประสานความร่วมมือ"


def test_text_the_dictionary_reads_as_printed_is_left_alone():
    for text in ("จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน", "เพื่อนำมาใช้ในการเรียนการสอน",  # not "ม้าใช้"
                 "ค่าอาหารว่างและเครื่องดื่ม ๕๐ คน"):
        assert restore_tone_marks(text) == (text, ())


def test_a_text_other_damage_left_unreadable_is_not_restored():
    # the restored text would still read as syllables, not words, or holds a sara am cut in two
    assert restore_tone_marks("คาอาหารวางและเครองดม") == ("คาอาหารวางและเครองดม", ())
    assert restore_tone_marks("จัดทำคำสังแต่งตังคณะกรรมการดํ")[1] == ()


def test_an_activity_name_read_without_a_tone_mark_is_restored_and_recorded():
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert lines[1105] == "**กิจกรรมหลักที่ ๒** การบรรจุและแต่งตั้งข้าราชการครูและบุคลากรทางการศึกษา"
    lines[1105] = lines[1105].replace("แต่งตั้ง", "แต่งตัง")
    out = process_document(str(SAMPLE), "\n".join(lines).encode("utf-8"))
    rows = [r for r in out["activities"] if r["line_start"] <= 1106 <= r["line_end"]]
    assert [r["text"] for r in rows] == ["การบรรจุและแต่งตั้งข้าราชการครูและบุคลากรทางการศึกษา"]
    repairs = [i for i in out["issues"] if i["code"] == "value_repaired"
               and json.loads(i["evidence"]).get("rule") == "dictionary_marks"]
    assert len(repairs) == 1
    issue = repairs[0]
    assert issue["field"] == "activities.text" and issue["line_start"] <= 1106 <= issue["line_end"]
    evidence = json.loads(issue["evidence"])
    assert evidence["printed"] == "การบรรจุและแต่งตังข้าราชการครูและบุคลากรทางการศึกษา"
    assert evidence["chosen"] == rows[0]["text"] and evidence["words"] == [["แต่งตัง", "แต่งตั้ง"]]


def test_the_sample_as_printed_has_no_such_repair():
    out = process_document(str(SAMPLE), SAMPLE.read_bytes())
    assert not [i for i in out["issues"] if i["code"] == "value_repaired"]



def test_a_target_read_without_a_tone_mark_is_restored_and_recorded():
    # a target is a templated sentence the forms repeat: grouped and matched as a label is
    sample = SAMPLE.parent / "000_54d7a76ee7e0d007.txt"
    lines = sample.read_text(encoding="utf-8").split("\n")
    printings = [i for i, ln in enumerate(lines) if ln.lstrip("- ").startswith("จัดให้มีการประกวดผลงาน")]
    assert len(printings) == 2  # the form and its copy
    for i in printings:
        lines[i] = lines[i].replace("ข้าราชการ", "ขาราชการ")
    at = printings[0]
    out = process_document(str(sample), "\n".join(lines).encode("utf-8"))
    rows = [r for r in out["targets"] if r["line_start"] <= at + 1 <= r["line_end"]]
    assert rows and all("ข้าราชการ" in r["text"] and "ขาราชการ" not in r["text"] for r in rows)
    repairs = [i for i in out["issues"] if i["code"] == "value_repaired" and i["field"] == "targets.text"]
    assert repairs and all(i["line_start"] <= at + 1 <= i["line_end"] for i in repairs)
    evidence = json.loads(repairs[0]["evidence"])
    assert evidence["rule"] == "dictionary_marks" and ["ขาราชการ", "ข้าราชการ"] in evidence["words"]
    assert "ขาราชการ" in evidence["printed"]


def test_a_name_whose_word_lost_a_mark_is_flagged_and_kept():
    from pipeline.marks import flag_names
    tables = {"projects": [{"owner_name": "นายสุรชัย มันคง", "coordinator_name": "นางสาวดวงใจ ศรีวงศ์",
                            "project_key": "p", "line_start": 3, "line_end": 3}]}
    (issue,) = flag_names(tables)
    assert tables["projects"][0]["owner_name"] == "นายสุรชัย มันคง"  # a name need not be a word: never restored
    assert issue.code == "marks_dropped" and issue.field == "projects.owner_name" and issue.line_start == 3
    assert json.loads(issue.evidence) == {"text": "นายสุรชัย มันคง", "fuller": "นายสุรชัย มั่นคง"}
    # a name whose words are words, or no word near a common one, says nothing
    tables["projects"][0]["owner_name"] = "นายสุรชัย มั่นคง"
    assert flag_names(tables) == []


def test_a_person_column_holding_a_units_name_gets_its_marks_back_as_a_label():
    # "ชื่อผู้รับผิดชอบ : ฝายการศึกษา": the form lets a unit stand for its owner; a unit's name is a label, its
    # opening unit word's mark and the dictionary's put back and recorded, where the whole then reads as words
    from pipeline.marks import restore_labels
    row = {"owner_name": "ฝายการศึกษา", "coordinator_name": "สำนักงานการศึกษาขันพืนฐาน",
           "project_key": "p", "line_start": 3, "line_end": 4}
    issues = restore_labels({"projects": [row]}, [])
    assert row["owner_name"] == "ฝ่ายการศึกษา" and row["coordinator_name"] == "สำนักงานการศึกษาขั้นพื้นฐาน"
    assert {(i.code, i.field, i.line_start) for i in issues} == {
        ("value_repaired", "projects.owner_name", 3), ("value_repaired", "projects.coordinator_name", 3)}
    assert json.loads(next(i for i in issues if i.field == "projects.owner_name").evidence)["words"] == [
        ["ฝายการศึกษา", "ฝ่ายการศึกษา"]]
    # a unit damaged past the dictionary, and a person's name, are left as read
    row.update(owner_name="หนวยงานศกษานเทศก", coordinator_name="นายสุรชัย มันคง")
    assert restore_labels({"projects": [row]}, []) == []
    assert row["owner_name"] == "หนวยงานศกษานเทศก" and row["coordinator_name"] == "นายสุรชัย มันคง"


def test_a_name_piece_that_lost_its_silent_letter_mark_is_flagged_and_kept():
    # "นายสมศักดิ": no word, and not a word with a mark more as a whole; its piece "ศักดิ" is (rarely) a word, far
    # rarer than "ศักดิ์": the name was wrong with no issue naming it
    from pipeline.marks import flag_names
    tables = {"projects": [{"owner_name": "นายสมศักดิ ศรีวงศ์", "coordinator_name": "นางสาวดวงใจ ศักดิดี",
                            "project_key": "p", "line_start": 3, "line_end": 3}]}
    issues = flag_names(tables)
    assert [json.loads(i.evidence)["fuller"] for i in issues] == ["นายสมศักดิ์ ศรีวงศ์", "นางสาวดวงใจ ศักดิ์ดี"]
    assert tables["projects"][0]["owner_name"] == "นายสมศักดิ ศรีวงศ์"
    # names whose pieces are right say nothing, though a piece is far rarer than it with a tone mark ("นัน" in
    # สุนันทา, นั้น) or a vowel ("อก", อีก): only the silent letter's mark is looked for inside a name
    tables["projects"][0].update(owner_name="นางสุนันทา เตชะชนอก", coordinator_name="นายสมศักดิ์ วงศ์สวัสดิ์")
    assert flag_names(tables) == []


def test_a_value_too_long_to_be_a_label_is_left_as_read():
    # a text of thousands of characters is read, not grouped (lines OCR ran together, shuffled lines):
    # the tokenizer's cost grows with it, and no template is that long
    from pipeline.marks import MAX_LABEL, restore_labels
    short = "จัดทำคำสังแต่งตังคณะกรรมการดำเนินงาน"
    long = " ".join([short] * (MAX_LABEL // len(short) + 1))
    tables = {"targets": [{"text": short, "line_start": 1, "line_end": 1}, {"text": long, "line_start": 2, "line_end": 2}]}
    issues = restore_labels(tables, [])
    assert tables["targets"][0]["text"] == "จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน" and tables["targets"][1]["text"] == long
    assert [i.line_start for i in issues] == [1]


def test_an_upper_vowel_ocr_read_as_a_shorter_one_is_put_right_with_its_tone_mark():
    from normalizers.words import restore_vowel_misreads
    # ี read as ิ (ที่ as ทิ), ื read as ิ or ี (ดื่ม as ดิม, ดีม): the one vowel that makes the text common words
    assert restore_vowel_misreads("ดำเนินการครบทุกโรงเรียนตามแผนทิกำหนด")[0] == "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"
    for read in ("ค่าอาหารว่างและเครื่องดิม", "ค่าอาหารว่างและเครื่องดีม"):
        text, changes = restore_vowel_misreads(read)
        assert text == "ค่าอาหารว่างและเครื่องดื่ม" and len(changes) == 1
    # a text that reads as words already, a vowel in debris, a rare word the letters happen to spell: as read
    for text in ("ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด", "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด กิ",
                 "นบิเทศ ติดตาม การดำเนินงานของโรงเรียน"):
        assert restore_vowel_misreads(text) == (text, ())



def test_a_vowel_put_right_beside_a_word_that_lost_its_marks_too_is_left_as_read():
    from pipeline.marks import restore_labels
    # "เครองดิม": ดิม put right gives "เครองดื่ม", which newmm reads as words (เค, รอง, ดื่ม) though เค + รอง is
    # เครื่อง with its ื and ่ lost: the repair mended half the damage and was wrong (the truth เครื่องดื่ม);
    # it is said in doubt (normalizers.words.damaged_beside) and the text kept as read, spaced or not
    for read in ("ค่าอาหารว่างและ เครองดิม", "ค่าอาหารว่างและเครองดิม"):
        row = {"project_key": "p", "category": read, "line_start": 1, "line_end": 1}
        (issue,) = restore_labels({"expenses": [row]}, [])
        assert row["category"] == read and issue.code == "repair_ambiguous"
    # the word beside it whole, or lacking only the vowel tried: put right, as before
    row = {"project_key": "p", "category": "ค่าอาหารว่างและเครืองดิม", "line_start": 1, "line_end": 1}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert issue.code == "value_repaired" and row["category"] == "ค่าอาหารว่างและเครื่องดื่ม"


def test_an_activity_name_with_a_misread_vowel_is_restored_and_recorded():
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert lines[88].endswith("สำหรับสถานศึกษาในพื้นที่พิเศษ")
    lines[88] = lines[88].replace("ในพื้นที่", "ในพิ้นที่")  # ื read as ิ, the tone mark kept
    out = process_document(str(SAMPLE), "\n".join(lines).encode("utf-8"))
    rows = [r for r in out["activities"] if r["line_start"] <= 89 <= r["line_end"]]
    assert rows and all(r["text"].endswith("สำหรับสถานศึกษาในพื้นที่พิเศษ") for r in rows)
    repairs = [i for i in out["issues"] if i["code"] == "value_repaired"
               and json.loads(i["evidence"]).get("rule") == "dictionary_vowel"]
    assert repairs and all(i["field"] == "activities.text" and i["line_start"] <= 89 <= i["line_end"]
                           for i in repairs)
    assert "ในพิ้นที่" in json.loads(repairs[0]["evidence"])["printed"]


def test_a_word_that_lost_its_silent_letter_mark_is_restored_and_recorded():
    # "สัมฤทธิ" is in the dictionary (a compound's bound form) but the corpus never uses it alone, while
    # "สัมฤทธิ์" is common: the mark OCR dropped is put back, with the tone mark lost beside it, and said
    from pipeline.marks import restore_labels, restore_silent_marks
    tables = {"targets": [{"text": "นักเรียนมีผลสัมฤทธิทางการเรียนสูงขึ้น", "line_start": 7, "line_end": 7},
                          {"text": "นักเรียนมีผลสัมฤทธิทางการเรียนสูงขึน", "line_start": 9, "line_end": 9}]}
    issues = restore_labels(tables, [])
    assert [r["text"] for r in tables["targets"]] == ["นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"] * 2
    assert [(i.code, i.field, i.line_start) for i in issues] == [("value_repaired", "targets.text", 7),
                                                                   ("value_repaired", "targets.text", 9)]
    assert ["สัมฤทธิ", "สัมฤทธิ์"] in json.loads(issues[0].evidence)["words"]
    assert json.loads(issues[1].evidence)["words"] == [["ขึน", "ขึ้น"], ["สัมฤทธิ", "สัมฤทธิ์"]]
    # a word as common without the mark as with it ("สิทธิ", "สิทธิ์") is left as printed
    assert restore_silent_marks("สิทธิประโยชน์ของข้าราชการ") == ("สิทธิประโยชน์ของข้าราชการ", ())


def test_the_silent_mark_look_first_finds_every_word_the_repair_would_mend():
    # restore_silent_marks asks silent_mark_dropped before it tokenizes: a text it finds nothing in must be one
    # the repair leaves alone; its pattern is the words' letter trie, the same matches as their alternation
    import re

    from normalizers.words import _trie_pattern, silent_mark_dropped
    from pipeline.marks import restore_silent_marks
    look = silent_mark_dropped()
    assert look.search("นักเรียนมีผลสัมฤทธิทางการเรียน") and not look.search("นักเรียนมีผลสัมฤทธิ์ทางการเรียน")
    assert not look.search("ยุทธศาสตร์ที่ ๑ การพัฒนาคุณภาพการศึกษา")  # the base inside a word printed with its mark
    for text in ("นักเรียนมีผลสัมฤทธิทางการเรียน", "ยุทธศาสตร์ที่ ๑", "สิทธิประโยชน์"):
        assert bool(restore_silent_marks(text)[1]) <= bool(look.search(text))
    words = ["ab", "abc", "abd", "b", "ca"]
    trie, flat = re.compile(_trie_pattern(words)), re.compile("|".join(sorted(words, key=len, reverse=True)))
    for text in ("xabcx", "abd", "ab", "zb", "cab", "c", ""):
        assert [m.group() for m in trie.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_the_silent_mark_look_at_cuts_finds_every_token_the_repair_would_mend():
    # restore_silent_marks then asks whether such a word stands between two cluster cuts, where a token may be
    # one, before it tokenizes: its letters inside a longer word are no token ("วิทย" of "วิทยาศาสตร์", "ลักษณ"
    # of "ลักษณะ", "ยนต" of "ภาพยนตร์"), and the text is left alone without tokenizing it
    from normalizers.words import silent_mark_dropped, silent_mark_dropped_at_cuts, thai_words, with_silent_mark
    from pipeline.marks import restore_silent_marks
    inside = ["ครูวิทยาศาสตร์และคณิตศาสตร์", "มีลักษณะเป็นกลุ่ม", "ภาพยนตร์สั้น"]
    for text in inside:
        assert silent_mark_dropped().search(text) and not silent_mark_dropped_at_cuts(text), text
        assert restore_silent_marks(text) == (text, ())
    assert silent_mark_dropped_at_cuts("นักเรียนมีผลสัมฤทธิทางการเรียน")
    assert silent_mark_dropped_at_cuts("ผลสัมฤทธิ ทางการเรียน")  # (a space after it: a cut too)
    assert not silent_mark_dropped_at_cuts("")
    # every text whose tokens hold a word to mend is told so: lines of the forms with their silent marks dropped
    lines = ["นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", "ยุทธศาสตร์ที่ ๑ การพัฒนาคุณภาพการศึกษา",
             "ครูวิทยาศาสตร์ได้รับเกียรติบัตร", "จัดซื้อคอมพิวเตอร์และอุปกรณ์", "นายสมศักดิ์ ทองดี ผู้รับผิดชอบ",
             "ส่งเสริมสุขภาพและนันทนาการ ณ สวนรมณีย์", "สวัสดิการและสิทธิประโยชน์ของบุคลากร"]
    told = 0
    for line in lines:
        text = line.replace("\u0e4c", "")
        if any(with_silent_mark(token) for token in thai_words(text)):
            assert silent_mark_dropped_at_cuts(text), text
            told += 1
    assert told >= 3


def test_the_lines_letters_alone_are_the_letters_read_with_their_marks():
    # printed_joins searches the lines' letters alone (normalizers.text.letters_alone) and reads the marks of the
    # lines that hold a window only: the same letters letters() reads (spaces and marks left out, a mark after a
    # space or opening the text too), and the same count of lines printing the mark
    from normalizers.text import letters, letters_alone
    from pipeline.marks import _marks_printed
    for text in ("ผู้เข้าร่วมกิจกรรม", " ่ก ข้ \tค\u200bง", "ABC ๑๒ ำา", "", "   "):
        assert letters_alone(text) == letters(text)[0], text
    lines = ["ได้เข้าร่วมกิจกรรม", "ผู้เข้ารวมกิจกรรม", "ผู้เข้าร่วม กิจกรรม", "ไม่มีคำนี้"]
    read: list = []
    assert _marks_printed("มีผู้เข้ารวมกิจกรรม", "มีผู้เข้าร่วมกิจกรรม", lines, read) == 2
    assert [b for b, _ in read] == [letters(t)[0] for t in lines] and [t for _, t in read] == lines


def test_a_project_name_and_a_kpi_method_read_without_marks_are_restored_and_recorded():
    # a project's name is a title made of words ("ขับเคลือน" for "ขับเคลื่อน", "สัมฤทธิ" that lost its silent
    # letter's mark), a KPI's method a templated formula: both restored, each change said at its row's lines;
    # the person's name beside it and the plan's goal (left out: values read with other lines' text) are kept
    from pipeline.marks import restore_labels
    tables = {"projects": [{"name": "โครงการขับเคลือนโรงเรียนคุณภาพ", "owner_name": "นายสมศักดิ ทองดี",
                            "strategy_goal": "ครูได้รับการพัฒนาอย่างต่อเนือง", "line_start": 3, "line_end": 4,
                            "project_key": "p1"},
                           {"name": "ยกระดับผลสัมฤทธิทางการเรียนของนักเรียน", "line_start": 20, "line_end": 20}],
              "targets": [{"text": "ร้อยละ ๘๐", "method": "จำนวนโรงเรียนทังหมด เครื่องมือที่ใช้ในการวัด แบบสอบถาม",
                           "line_start": 40, "line_end": 42}]}
    issues = restore_labels(tables, [])
    assert [r["name"] for r in tables["projects"]] == ["โครงการขับเคลื่อนโรงเรียนคุณภาพ",
                                                        "ยกระดับผลสัมฤทธิ์ทางการเรียนของนักเรียน"]
    assert tables["projects"][0]["owner_name"] == "นายสมศักดิ ทองดี"
    assert tables["projects"][0]["strategy_goal"] == "ครูได้รับการพัฒนาอย่างต่อเนือง"
    assert tables["targets"][0]["method"] == "จำนวนโรงเรียนทั้งหมด เครื่องมือที่ใช้ในการวัด แบบสอบถาม"
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [
        ("value_repaired", "projects.name", 3, 4), ("value_repaired", "projects.name", 20, 20),
        ("value_repaired", "targets.method", 40, 42)]
    assert json.loads(issues[0].evidence)["words"] == [["เคลือน", "เคลื่อน"]]
    assert json.loads(issues[1].evidence)["words"] == [["สัมฤทธิ", "สัมฤทธิ์"]]
    assert issues[0].project_key == "p1"


def test_a_join_the_corpus_counts_rare_is_made_only_into_a_word_the_document_prints():
    # "เข้า" + "รวม" are words each, and "ผู้เข้าร่วม" is counted rare as one word: the dictionary alone joins nothing
    from pipeline.marks import printed_joins
    text = "มีผู้เข้ารวมกิจกรรม จำนวน 52 คน"
    assert restore_tone_marks(text) == (text, ())
    assert restore_tone_marks(text, frozenset({"ผู้เข้าร่วม"})) == (
        "มีผู้เข้าร่วมกิจกรรม จำนวน 52 คน", (("ผู้เข้ารวม", "ผู้เข้าร่วม"),))
    # the report prints the word with its marks on two lines (a target, a finding): vouched for
    lines = ["ได้เข้าร่วมกิจกรรมตามโครงการ", "มีผู้เข้ารวมกิจกรรมจำนวน52คน", "2.ผู้เข้าร่วมกิจกรรมมีความรู้"]
    restored, changes, vouched = printed_joins(text, lines, [])
    assert restored == "มีผู้เข้าร่วมกิจกรรม จำนวน 52 คน" and vouched == {"ผู้เข้าร่วม": 2}
    # printed once (a speck may have added the mark there): nothing is joined
    assert printed_joins(text, lines[:2], []) == (text, (), {})


def test_a_progress_text_joined_by_the_documents_printings_is_recorded_as_a_repair():
    from pipeline.marks import restore_labels
    row = {"project_key": "p", "line_start": 7, "line_end": 7, "progress": "มีผู้เข้ารวมกิจกรรม จำนวน ๕ คน"}
    lines = ["ผู้เข้าร่วมโครงการมีความพึงพอใจ", "ได้เข้าร่วมกิจกรรมตามโครงการ", "ผู้เข้าร่วมกิจกรรมมีความรู้"]
    issues = restore_labels({"activities": [row]}, [], lines)
    assert row["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน ๕ คน"
    [issue] = issues
    evidence = json.loads(issue.evidence)
    assert issue.code == "value_repaired" and issue.field == "activities.progress"
    assert (issue.line_start, issue.line_end) == (7, 7)
    assert evidence["printed"] == "มีผู้เข้ารวมกิจกรรม จำนวน ๕ คน" and evidence["printings"] == {"ผู้เข้าร่วม": 2}
    # without the document's lines (or with the word printed once) the text is kept as read
    kept = {"project_key": "p", "line_start": 7, "line_end": 7, "progress": "มีผู้เข้ารวมกิจกรรม จำนวน ๕ คน"}
    assert restore_labels({"activities": [kept]}, [], lines[1:2]) == []
    assert kept["progress"] == "มีผู้เข้ารวมกิจกรรม จำนวน ๕ คน"


def test_a_rare_word_the_document_prints_in_other_company_vouches_for_no_join():
    # "ร่วมใน" is printed, but after "ส่วน" ("มีส่วนร่วมในการ"), never after "เรียน": "เรียนรวม" (inclusive
    # education) is a term and stays as printed
    from pipeline.marks import printed_joins
    text = "จัดทำคู่มือการศึกษาแบบเรียนรวมในระดับปฐมวัย"
    lines = ["ทุกภาคส่วนมีส่วนร่วมในการจัดการศึกษา", "ชุมชนมีส่วนร่วมในการพัฒนา", "ครูเรียนรวมในระดับปฐมวัย"]
    assert printed_joins(text, lines, []) == (text, (), {})


def test_sara_ue_read_as_sara_uee_is_put_right_where_the_text_does_not_read_as_words():
    from normalizers.words import restore_vowel_misreads
    # ึ read as ื (its open tail read closed), the tone mark after it dropped too: ถืง is no word, ถึง is
    text, changes = restore_vowel_misreads("ส่งข้อมูลถืงผู้ปกครองทุกคน")
    assert text == "ส่งข้อมูลถึงผู้ปกครองทุกคน" and len(changes) == 1


def test_a_vowel_misread_into_a_far_rarer_word_is_put_right_with_the_rest_of_the_text():
    from normalizers.words import restore_misread_words, vowel_misread_word
    from pipeline.marks import restore_labels
    # "ขืน" is a word (896 in the corpus), but ึ read as ื with the tone mark lost makes it of ขึ้น (143,277): the
    # text reads as words, so the vowels' rule passed it; a word as common both ways ("ยืด", "ยึด") is left, as is
    # a word two misreads from the one meant ("ขีน": ขืน, itself a misread of ขึ้น) and a piece of a word OCR
    # cut with a space ("สวัสดิ การ")
    assert vowel_misread_word("ขืน") == "ขึ้น"
    assert vowel_misread_word("ยืด") is None and vowel_misread_word("ขีน") is None
    assert restore_misread_words("ค่าสวัสดิ การ") == ("ค่าสวัสดิ การ", ())
    assert restore_misread_words("นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น") == (
        "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", ())
    # the silent-letter mark put back beside it: one repair mends both words (else it chose a text still wrong)
    tables = {"targets": [{"text": "นักเรียนมีผลสัมฤทธิทางการเรียนสูงขืน", "line_start": 3, "line_end": 3}]}
    (issue,) = restore_labels(tables, [])
    assert tables["targets"][0]["text"] == "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"
    assert issue.code == "value_repaired"
    assert json.loads(issue.evidence)["words"] == [["ขืน", "ขึ้น"], ["สัมฤทธิ", "สัมฤทธิ์"]]
