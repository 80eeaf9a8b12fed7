"""Two OCR classes of an OBEC report's OCR run (fresh set s61o):

- a line of OCR junk with a bullet's dash before a list whose items are
  numbered from ๑ ("ข้อเสนอแนะ" / "- 6 1A ๑.ซ๑ ve ขู่ ขยูซ่ขะ เธ๑.๑" / "๑. จัดทำ..."
  / "๒. ปรับ..."): read as the list's first item, every item after it one
  place late and one item too many, silent (obec_progress_s61o002). It is
  no item (the list numbers its items from ๑) nor a lead (which introduces
  the list in words): its Thai tokens make no dictionary word of three
  letters, and it holds a Latin letter or a digit glued to a Thai letter.
- a project's title whose year OCR cut ("โครงการรับนักเรียน ประจำปี
  งบประมาณ 255" for 25๖๗): kept as read with no issue (obec_progress_s61o004).
  A year after the words of a fiscal or an academic year that is no year
  the archive's documents are about is said, as one after พ.ศ. was
  (pipeline.suspect.damaged_years: implausible_value)."""

from __future__ import annotations

from parsers.obec_progress.lists import _junk_lead
from tests.test_obec_ocr import project, report, run

SUGGESTIONS = ("ข้อเสนอแนะ\n- 9 2B    ๒.ฐ๓   wa ขู่ คซูย่ขะ แธ๒.๑\n๑. จัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่\n"
               "๒. ปรับโปรแกรมการประชุมออนไลน์ให้เหมาะสม\n")


def test_a_junk_line_with_a_dash_before_item_one_is_no_item():
    rows = run(report(projects=[project(1, "๒๕๖๗") + SUGGESTIONS, project(2, "๒๕๖๗")]))
    found = sorted((f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "suggestion")
    assert found == [(1, "จัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่"), (2, "ปรับโปรแกรมการประชุมออนไลน์ให้เหมาะสม")]


def test_junk_lead():
    assert _junk_lead("- 6 1A    ๑.ซ๑   ve ขู่ ขยูซ่ขะ เธ๑.๑")
    assert not _junk_lead("- ไม่มี")
    assert not _junk_lead("ดำเนินการ ดังนี้ (Coding)")  # words: a lead that introduces the list
    assert not _junk_lead("สพป.ตรัง เขต ๕ ดำเนินการ ๒ ครั้ง")  # no Latin letter, no digit glued to a letter


def test_a_title_s_year_ocr_cut_is_said():
    not_started = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ ดังนี้\n๑. โครงการรับนักเรียน ประจำปีงบประมาณ 256\n"
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + not_started)
    (issue,) = [i for i in rows["issues"] if i["code"] == "implausible_value"]
    assert issue["field"] == "projects.name" and "'256'" in issue["message"] and issue["project_key"]
    clean = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + not_started.replace(" 256\n", " 2567\n"))
    assert not [i for i in clean["issues"] if i["code"] == "implausible_value"]
