"""A templated text OCR misread in one printing is read as the same text
printed in the document's other rows (pipeline.siblings, rule
"sibling_text"), and said; a sibling that differs in its figures, lacks a
mark the value has, or has a rival as near, is not taken."""

from __future__ import annotations

import json

from pipeline.siblings import restore_from_siblings
from schemas.document import Issue
from tests.test_obec_ocr import project, repairs, report, run

CLAUSE = "ได้ดำเนินการครบตามแผนที่กำหนด"
FY = "๒๕๖๗"


def three(damage: str) -> list[str]:
    """Three projects of one report, the second one's findings printed as `damage`."""
    texts = [project(n, FY) for n in (1, 2, 3)]
    texts[1] = texts[1].replace(CLAUSE, damage)
    return texts


def test_a_clause_misread_in_one_printing_reads_as_its_siblings_and_is_said():
    rows = run(report(projects=three("ได้ดำเนินการครบตามแผนทิกำหนด")))  # ที่ -> ทิ: a vowel read for another, a mark lost
    assert [f["text"] for f in rows["findings"]] == [CLAUSE] * 3
    (issue,) = repairs(rows, "sibling_text")
    evidence = json.loads(issue["evidence"])
    assert evidence["printed"] == "ได้ดำเนินการครบตามแผนทิกำหนด" and evidence["chosen"] == CLAUSE
    assert issue["field"] == "findings.text" and issue["line_start"] is not None
    assert "ได้ดำเนินการครบตามแผนทิกำหนด" in "\n".join(
        report(projects=three("ได้ดำเนินการครบตามแผนทิกำหนด")).splitlines()[issue["line_start"] - 1:issue["line_end"]])


def test_the_clean_report_repairs_nothing():
    rows = run(report(projects=[project(n, FY) for n in (1, 2, 3)]))
    assert not repairs(rows, "sibling_text")


def rows_of(*texts: str) -> dict:
    return {"targets": [{"text": t, "project_key": f"p{n}", "line_start": n, "line_end": n}
                        for n, t in enumerate(texts, 1)]}


def test_a_sibling_with_other_figures_is_another_text():
    tables = rows_of("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", "ครูในสังกัด จำนวน ๔๑ คน ได้รับการพัฒนา",
                     "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา")
    assert restore_from_siblings(tables, []) == []
    assert tables["targets"][1]["text"] == "ครูในสังกัด จำนวน ๔๑ คน ได้รับการพัฒนา"


def test_a_sibling_printing_its_figures_in_the_other_script_is_another_printing():
    tables = rows_of("ครูในสังกัด จำนวน 40 คน ได้รับการพัฒนา", "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา",
                     "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา")
    assert restore_from_siblings(tables, []) == []
    assert tables["targets"][0]["text"] == "ครูในสังกัด จำนวน 40 คน ได้รับการพัฒนา"


def test_the_printing_that_kept_a_mark_is_never_read_as_those_that_lost_it():
    # OCR drops a mark alike in several printings: they are the damaged ones, however many
    tables = rows_of("ครูมีความรู้ความเข้าใจเพิ่มขึ้น", "ครูมีความรู้ความเข้าใจเพิ่มขืน",
                     "ครูมีความรู้ความเข้าใจเพิ่มขืน")
    issues = restore_from_siblings(tables, [])
    assert [t["text"] for t in tables["targets"]] == ["ครูมีความรู้ความเข้าใจเพิ่มขึ้น"] * 3
    assert sorted(i.line_start for i in issues) == [2, 3]


def test_two_siblings_as_near_leave_the_value_as_printed():
    texts = ("ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", "ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น",
             "ผู้สอนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", "ผู้สอนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น",
             "ผู้สียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น")
    tables = rows_of(*texts)
    assert restore_from_siblings(tables, []) == []
    assert tables["targets"][4]["text"] == "ผู้สียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"


def test_a_text_too_short_to_tell_is_left_alone():
    tables = rows_of("ครูผู้สอน", "ครูผู้สอน", "ครูผู้สบน")
    assert restore_from_siblings(tables, []) == []


def test_a_printing_that_lost_every_mark_reads_as_the_fullest_printing_of_its_letters():
    # a pale line loses every tone mark and upper vowel: far more than MAX_EDITS, but only marks
    full = "ค่าอาหารว่างและเครื่องดื่ม"
    tables = {"expenses": [{"item": t, "project_key": "p1", "line_start": n, "line_end": n}
                           for n, t in enumerate((full, "คาอาหารวางและเครองดม", "ค่าอาหารวางและเครื่องดื่ม",
                                                  "ค่าตอบแทนวิทยากร", "คาตอบแทนวทยากร"), 1)]}
    issues = restore_from_siblings(tables, [])
    assert [r["item"] for r in tables["expenses"]] == [full, full, full, "ค่าตอบแทนวิทยากร", "ค่าตอบแทนวิทยากร"]
    assert sorted(i.line_start for i in issues) == [2, 3, 5]
    assert {json.loads(i.evidence)["rule"] for i in issues} == {"sibling_text"}


def test_marks_only_siblings_with_no_fullest_printing_leave_the_value_as_printed():
    # two printings each keep a mark the other lost: neither is the whole text, and the bare one stays
    tables = rows_of("ครูมีความรู้ความเข้าใจเพิ่มขน", "ครูมีความรูความเข้าใจเพิ่มขึน", "ครมความรความเขาใจเพมขน")
    restore_from_siblings(tables, [])
    assert tables["targets"][2]["text"] == "ครมความรความเขาใจเพมขน"


def test_a_short_text_is_never_read_as_another_by_its_marks():
    # "คน" and "คัน" share their letters and mean other things: MIN_MARKS_LENGTH
    tables = rows_of("ครูผู้สอน", "ครผสอน")
    assert restore_from_siblings(tables, []) == []
    assert tables["targets"][1]["text"] == "ครผสอน"


def test_a_templated_text_misread_in_its_letters_reads_as_its_wording_with_its_own_figures():
    # "มีผู้เข้าร่วมกิจกรรม จำนวน N คน": the same wording printed with other figures under each activity
    tables = {"activities": [{"progress": t, "project_key": "p1", "line_start": n, "line_end": n}
                             for n, t in enumerate(("มีผู้เข้าร่วมกิจกรรม จำนวน 25 คน", "มีผู้เข้าร่วมกิจกรรม จำนวน 31 คน",
                                                    "มีผู้เข้าว่วมกิจกรรม จำนวน 18 คน"), 1)]}
    (issue,) = restore_from_siblings(tables, [])
    assert tables["activities"][2]["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน 18 คน"  # its own figures kept
    assert issue.line_start == 3 and json.loads(issue.evidence)["printed"] == "มีผู้เข้าว่วมกิจกรรม จำนวน 18 คน"
    # two wordings as near, or a figure more or fewer, and it stays as printed
    tables = rows_of("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนาแล้ว",
                     "ครูในสังกัด จำนวน 3 คน ได้รับการพัฒนาแล", "ครูในสังกัด จำนวน ๔๐ คน ๒ รุ่น ได้รับการพัฒนา")
    restore_from_siblings(tables, [])
    assert tables["targets"][2]["text"] == "ครูในสังกัด จำนวน 3 คน ได้รับการพัฒนาแล"


def test_a_templated_text_that_lost_every_mark_reads_as_the_fullest_wording_with_its_own_figures():
    # corpus 003: "มผูเขารวมกจกรรม จำนวน 67 คน" (a pale line) where other rows print the wording whole with
    # their own figures (and in the other script): far more than MAX_EDITS, but only marks
    tables = {"activities": [{"progress": t, "project_key": "p1", "line_start": n, "line_end": n}
                             for n, t in enumerate(("มีผู้เข้าร่วมกิจกรรม จำนวน ๑๐๐ คน", "มีผู้เข้ารวมกิจกรรม จำนวน ๒๒ คน",
                                                    "มผูเขารวมกจกรรม จำนวน 67 คน"), 1)]}
    issues = restore_from_siblings(tables, [])
    assert [r["progress"] for r in tables["activities"]][1:] == ["มีผู้เข้าร่วมกิจกรรม จำนวน ๒๒ คน",
                                                                  "มีผู้เข้าร่วมกิจกรรม จำนวน 67 คน"]
    assert sorted(i.line_start for i in issues) == [2, 3]
    # two wordings each keeping a mark the other lost: no fullest, it stays as printed
    tables = rows_of("ครูมีความรู้ความเข้าใจเพิ่มขน จำนวน 3 คน", "ครูมีความรูความเข้าใจเพิ่มขึน จำนวน 4 คน",
                     "ครมความรความเขาใจเพมขน จำนวน 5 คน")
    restore_from_siblings(tables, [])
    assert tables["targets"][2]["text"] == "ครมความรความเขาใจเพมขน จำนวน 5 คน"


def test_a_sibling_whose_thai_ocr_read_as_latin_is_no_repair():
    # corpus 013: the printing whose "คน" OCR read "AY" is the damaged one, not the others
    texts = [f"ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน {n} คน เข้าร่วมการประชุมเชิงปฏิบัติการ" for n in (112, 55)]
    tables = rows_of(*texts, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 30 AY เข้าร่วมการประชุมเชิงปฏิบัติการ")
    restore_from_siblings(tables, [])
    assert [t["text"] for t in tables["targets"][:2]] == texts


def test_siblings_looked_for_by_length_windows_are_the_ones_a_pair_by_pair_search_finds():
    # the windows (pipeline.siblings._Windows) only spare comparisons: every text's near texts are the
    # ones comparing every pair finds, by the rule's own terms (length, figures, edits)
    import regex
    from rapidfuzz.distance import Levenshtein
    from pipeline.siblings import MAX_EDITS, MIN_LENGTH, _exact_windows, _masked, _Windows
    base = ["มีผู้เข้าร่วมกิจกรรม จำนวน {} คน", "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด{}", "ครูมีความรู้ความเข้าใจเพิ่มขึ้น{}"]
    damage = [lambda t: t, lambda t: t.replace("ร่วม", "ว่วม"), lambda t: t.replace("ที่", "ทิ"),
              lambda t: t.replace("ขึ้น", "ขืน"), lambda t: t.replace("่", "")]
    texts = sorted({d(b.format(n)) for b in base for d in damage for n in ("", 7, 18, 250)})
    forms = {t: ("".join(t.split()), regex.findall(r"[\d๐-๙]+", t)) for t in texts}
    exact = _exact_windows(forms)
    masks = {_masked(squashed) for squashed, _ in forms.values()}
    wordings = _Windows({m: m for m in masks})
    found = 0
    for t in texts:
        key, figures = forms[t]
        if len(t) >= MIN_LENGTH:
            pairs = [u for u in texts if u != t and len(u) >= MIN_LENGTH and abs(len(u) - len(t)) <= MAX_EDITS + 2
                     and forms[u][1] == figures and Levenshtein.distance(forms[u][0], key) <= MAX_EDITS]
            assert sorted(exact[tuple(figures)].near(t, key)) == sorted(pairs)
            found += len(pairs)
        own = _masked(key)
        pairs = sorted(m for m in masks if m != own and abs(len(m) - len(own)) <= MAX_EDITS + 2
                       and Levenshtein.distance(m, own) <= MAX_EDITS)
        assert sorted(wordings.near(own, own)) == pairs
    assert found  # (the texts do have near ones)


def test_a_thinned_printing_that_lost_a_letter_at_a_gap_reads_as_its_fullest_printing():
    # corpus OCR 005: a pale line lost its marks, sara am's nikhahit and, where OCR left a gap, the letter ต
    full = "ครูที่ทำหน้าที่ทีเกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติทีถูกต้อง"
    thinned = "ครททาหนาททเกยวของ ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบั ทถูกตอง"
    tables = rows_of(full, thinned, full)
    issues = restore_from_siblings(tables, [])
    assert [r["text"] for r in tables["targets"]] == [full] * 3
    (issue,) = issues
    assert json.loads(issue.evidence)["printed"] == thinned and issue.line_start == 2
    # the lost letter where the printing shows no gap ("ปฏิบัทถูกตอง"): not the same text as printed, left alone
    squeezed = thinned.replace("ปฏิบั ทถูก", "ปฏิบัทถูก")
    tables = rows_of(full, squeezed)
    assert not restore_from_siblings(tables, []) and tables["targets"][1]["text"] == squeezed
    # a letter that differs (not only added) is no gap filled
    other = thinned.replace("ความรู้", "ความรี้")
    tables = rows_of(full, other)
    restore_from_siblings(tables, [])
    assert tables["targets"][1]["text"] == other


def test_a_templated_text_that_lost_a_letter_is_said_not_repaired():
    # "ได้ดำเนินการครบตามแผนที่กำหนด" with a letter lost ("แผ นที่": no repair adds a letter) in one printing of three:
    # left as printed and silent; now said (repair_ambiguous, rule sibling_text), kept as read
    from pipeline.siblings import siblings_in_doubt
    lost = "ได้ดำเนินการครบตามแผ ที่กำหนด"
    tables = rows_of(CLAUSE, lost, CLAUSE)
    assert restore_from_siblings(tables, []) == []
    (issue,) = siblings_in_doubt(tables, [])
    assert (issue.code, issue.field, issue.line_start) == ("repair_ambiguous", "targets.text", 2)
    assert json.loads(issue.evidence)["candidates"] == [CLAUSE] and tables["targets"][1]["text"] == lost
    # printed once beside it, two near texts, or the field named at the row already: nothing
    assert siblings_in_doubt(rows_of(CLAUSE, lost), []) == []
    assert siblings_in_doubt(rows_of(CLAUSE, lost, CLAUSE, "ได้ดำเนินการครบตามแผนทีกำหนด",
                                     "ได้ดำเนินการครบตามแผนทีกำหนด"), []) == []
    said = Issue("warning", "unknown_words", "x", None, 2, 2, field="targets.text", project_key="p2")
    assert siblings_in_doubt(tables, [said]) == []


def test_a_text_shorter_without_its_spaces_is_no_crash():
    # (a value of MIN_LENGTH characters with its spaces, shorter without them, had no window of its figures)
    from pipeline.siblings import siblings_in_doubt
    assert siblings_in_doubt(rows_of(CLAUSE, CLAUSE, "๑ ๑1 ก ข ค ง จ ฉ"), []) == []
