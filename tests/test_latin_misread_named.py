"""The clean stage's Latin-letter substitutions (normalizers.text.fix_latin_misreads) named where they land in a
value: a `value_repaired` issue, rule latin_misread, at the substituted line (pipeline.substituted); none where
the substituted word only served as a label; the rows unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from normalizers.text import fix_latin_misreads, latin_misread_words
from pipeline.clean import clean_lines
from pipeline.stages import process_document
from pipeline.substituted import flag_substituted, substitutions

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _named(text: str, tables: dict) -> list:
    lines, fixes = clean_lines(text)
    return flag_substituted(tables, substitutions(text, lines, fixes))


def test_words_found_are_the_fix_s():
    for text in ("ค่าอาหาร ๑๐๕ คนๆ az ๕๐ UM รวม ๕,๒๕๐ WIN", "fina ติดตาม การดำเนินงาน W.A. ๒๕๖๔", "หน้า ๑๐ VN ๓๒",
                 "Digital Plans ติดตาม", "ไม่มี"):
        words = latin_misread_words(text)
        fixed = fix_latin_misreads(text)
        rebuilt = text
        for printed, read, _ in words:
            rebuilt = rebuilt.replace(printed, read, 1)
        assert rebuilt == fixed
    assert latin_misread_words("ค่าอาหาร ๑๐๕ คนๆ az ๕๐ UM รวม ๕,๒๕๐ WIN") == [
        ("az", "ละ", 0), ("UM", "บาท", 0), ("WIN", "บาท", 1)]
    assert latin_misread_words("หน้า ๑๐ VN ๓๒") == []


def test_substituted_word_in_a_value_is_named():
    text = "กิจกรรม\nfina ติดตาม การดำเนินงานของโรงเรียน\nงบประมาณ ๕,๐๐๐ UM\n"
    rows = {"activities": [{"project_key": "p1", "line_start": 2, "line_end": 3, "seq": 1,
                            "text": "นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "amount": 5000}]}
    issues = _named(text, rows)
    assert len(issues) == 1
    issue = issues[0]
    assert (issue.code, issue.field, issue.line_start, issue.line_end, issue.project_key) == (
        "value_repaired", "activities.text", 2, 2, "p1")
    evidence = json.loads(issue.evidence)
    assert evidence == {"rule": "latin_misread", "printed": "fina ติดตาม การดำเนินงานของโรงเรียน",
                        "chosen": "นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "words": [["fina", "นิเทศ"]]}


def test_substituted_label_gets_no_issue():
    # พ.ศ. before the year and บาท after the amount served to find the fields; the values hold neither
    text = "ชื่อโครงการ พัฒนาครู\nปีงบประมาณ W.A. ๒๕๖๔\nงบประมาณ ๕,๐๐๐ UM\n"
    rows = {"projects": [{"project_key": "p1", "line_start": 1, "line_end": 3, "name": "พัฒนาครู",
                          "fiscal_year_be": 2564, "budget": "5000"}]}
    assert _named(text, rows) == []


def test_same_word_printed_right_elsewhere_in_the_row_is_not_the_substituted_one():
    # the row's value prints "พ.ศ." from the line that printed it; the substituted one stands in other words
    text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔\nระยะเวลา ม.ค. ๒๕๖๔ ถึง W.A. ๒๕๖๕\n"
    rows = {"projects": [{"project_key": "p1", "line_start": 1, "line_end": 2,
                          "name": "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"}]}
    assert _named(text, rows) == []


def test_no_latin_fix_no_look():
    text = "นิเทศ ติดตาม การดำเนินงานของโรงเรียน\n"
    rows = {"activities": [{"line_start": 1, "line_end": 1, "text": "นิเทศ ติดตาม การดำเนินงานของโรงเรียน"}]}
    lines, fixes = clean_lines(text)
    assert "fix_latin_misreads" not in fixes
    assert substitutions(text, lines, fixes) == []
    assert flag_substituted(rows, []) == []


def test_a_document_names_its_substituted_activity_rows_unchanged():
    path = SAMPLES / "004_745c23c3a2846aea.txt"
    text = path.read_text(encoding="utf-8")
    at = text.index("๒) นิเทศ ติดตาม สร้างความตระหนัก")
    no = text[:at].count("\n") + 1
    damaged = text[:at] + "๒) fine ติดตาม สร้างความตระหนัก" + text[at + len("๒) นิเทศ ติดตาม สร้างความตระหนัก"):]
    before = process_document(str(path), text.encode("utf-8"))
    after = process_document(str(path), damaged.encode("utf-8"))
    for table in before:
        if table not in ("documents", "issues"):
            assert [{k: v for k, v in r.items() if k != "doc_id"} for r in before[table]] == \
                [{k: v for k, v in r.items() if k != "doc_id"} for r in after[table]], table
    named = [i for i in after["issues"] if i["code"] == "value_repaired"
             and json.loads(i["evidence"]).get("rule") == "latin_misread"]
    assert named and all(i["line_start"] == no == i["line_end"] for i in named)
    assert all(json.loads(i["evidence"])["words"] == [["fine", "นิเทศ"]] for i in named)
    assert all("fine ติดตาม" in json.loads(i["evidence"])["printed"] for i in named)
    assert not [i for i in before["issues"] if "latin_misread" in (i["evidence"] or "")]


def test_era_before_a_short_figure_is_in_doubt():
    # "W.A. ๖๙" after ถึง: the month พ.ค. with a short year reads so too; the clean stage's reading is kept, said
    text = "ระยะเวลาดำเนินการ\nระหว่าง ม.ค. ๖๙ ถึง W.A. ๖๙\n"
    rows = {"projects": [{"project_key": "p1", "line_start": 1, "line_end": 2,
                          "period_text": "ระหว่าง ม.ค. ๖๙ ถึง พ.ศ. ๖๙"}]}
    issues = _named(text, rows)
    assert [(i.code, i.field, i.line_start) for i in issues] == [("repair_ambiguous", "projects.period_text", 2)]
    evidence = json.loads(issues[0].evidence)
    assert evidence["candidates"] == ["พ.ศ.", "พ.ค."] and evidence["printed"] == "ระหว่าง ม.ค. ๖๙ ถึง W.A. ๖๙"
    # before a full year the era is certain
    text = "ประจำปีงบประมาณ W.A. ๒๕๖๙\n"
    rows = {"projects": [{"project_key": "p1", "line_start": 1, "line_end": 1, "name": "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"}]}
    assert [i.code for i in _named(text, rows)] == ["value_repaired"]
