"""An OBEC list of projects not started whose title word OCR read with one consonant misread ("โตรงการ",
"โดรงการ": ค read as ต or ด), after a number OCR garbled ("on." for ๓; fresh set s94o, obec_progress_s94o004).
Only a letter lost or doubled was known (read._letter_lost_title); the line opened no title, so it ran into the
title before it as its wrapped words, its project had no row and the titles after it took wrong numbers.  Now
(read._title_word_misread) the word is read whole after an item number or such a token and its mark; the title's
printing is said (value_repaired, rule title_word).  A line whose first word only looks like it ("โรงเรียน",
"โครงงาน": two letters off) opens no title."""

from __future__ import annotations

import json

from tests.test_obec_ocr import run
from tests.test_prop_obec_title_stray_vowels import HEAD, _numbered

TITLES = ("โครงการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้",
          "โครงการเสริมสร้างความเข้มแข็งและวินัยทางการเงิน")


def _report(first: str, second: str) -> str:
    return (HEAD + _numbered(1, "๑") + "๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n"
            + f"{first}\n{second}\nผู้รายงาน\n")


def _projects(rows: dict) -> list[tuple[str, int, str]]:
    return sorted((p["plan_status"], p["group_seq"], p["name"]) for p in rows["projects"])


def test_a_title_word_with_a_consonant_misread_opens_its_title():
    truth = _projects(run(_report(f"๑. {TITLES[0]}", f"๒. {TITLES[1]}")))
    assert [s for s, *_ in truth].count("not_started") == 2
    rows = run(_report(f"๑. {TITLES[0]}", "on. " + TITLES[1].replace("โครงการ", "โตรงการ", 1)))
    assert _projects(rows) == truth  # before: one project not started, its name the two titles run together
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.name"]
    assert [json.loads(i["evidence"])["printed"] for i in said] == ["โตรงการ"]


def test_a_word_two_letters_off_opens_no_title():
    rows = run(_report(f"๑. {TITLES[0]}", "on. โครงงานเสริมสร้างความเข้มแข็ง"))
    assert [p["group_seq"] for p in rows["projects"] if p["plan_status"] == "not_started"] == [1]
