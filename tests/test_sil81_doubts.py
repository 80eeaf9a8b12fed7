"""Three silent cases of the eighty-first session, each a class of its own (sil81):

- A BMA report whose cancellation's opening words OCR lost ("ภูตนต เบื่องจากสถานการณ์... จึงขอยกเลิกการ
  ดำเนินงานโครงการ"), read as not cancelling with no issue (fresh set s81a, bma_progress_s81a010): the
  cancelling word inside the description of a report not read as cancelling puts the cancellation in doubt
  (rows._cancel_inside); it does not guess it.
- An objective whose bullet OCR read as "." and whose "เพื่อ" it split before its อ (". เพื่ อพัฒนา..."): it
  ran into the objective above, the list's last row lost with no issue (fresh set s80o, bma_progress_s80o001);
  "เพื่ อ" now opens an objective (items._PURPOSE_RE), so the bullet's look-alike is its bullet.
- A risk row whose one pair of score readings that gives its level rests on a score printed in a Thai digit in
  a document whose OCR never writes ๔ (fresh set s80o, bma_proposal_s80o003: '๑๕ ๓' and สูงมาก, 5 x 3 chosen
  where ๔ x ๔ was printed): with the digits never written as readings of a Thai score, more pairs give the
  level, and none is chosen (risks.repair_risks, repair_ambiguous); where one pair still does, it is chosen.
"""

from __future__ import annotations

from parsers.bma_progress.rows import _cancel_inside
from parsers.bma_proposal.risks import repair_risks, score_value
from parsers.items import bullet_lookalikes, numbered_items, opens_purpose
from schemas.document import Line, Reading


def _cancel_said(desc: str, cancelled: bool = False) -> set[str]:
    rec = {"description": Reading(desc, desc, 94, 101)}
    return {i.field for i in _cancel_inside(7, rec, desc, cancelled) if i.code == "entry_cell_in_doubt"}


def test_the_cancelling_word_inside_a_report_not_read_as_cancelling_puts_it_in_doubt():
    desc = "ภูตนต เบื่องจากสถานการณ์การแพร่ระบาด ไม่สามารถจัดกิจกรรมได้ จึงขอยกเลิกการดำเนินงานโครงการ"
    assert _cancel_said(desc) == {"progress_reports.cancelled", "projects.plan_status"}
    assert _cancel_said("จัดกิจกรรมแล้ว ยกเลิก การประชุม") == {"progress_reports.cancelled", "projects.plan_status"}


def test_a_cancelled_report_or_a_description_without_the_word_is_no_doubt():
    whole = "ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด จึงขอยกเลิกการดำเนินงานโครงการ"
    assert not _cancel_said(whole, cancelled=True)  # its reason names the word again: read cancelling, no doubt
    assert not _cancel_said("ได้ดำเนินกิจกรรมสัปดาห์ห้องสมุดไปแล้ว อยู่ระหว่างการรวบรวมเอกสาร")
    assert not _cancel_said("ยกเลิก เนื่องจาก สถานการณ์")  # the word alone opening it: rows._cancel_word_alone's


def test_the_cancelling_word_that_names_an_activity_or_an_item_puts_no_cancellation_in_doubt():
    # a project that drops one of its activities goes on (sample 001's reports 9 and 10 say so in these words)
    assert not _cancel_said("ได้รับการอนุมัติยกเลิกกิจกรรมที่ 3 ศึกษาดูงาน และกิจกรรมที่ 5")
    assert not _cancel_said("ได้รับอนุมัติ ยกเลิก กิจกรรมที่ ๓ ศึกษาดูงาน")
    assert not _cancel_said("ขออนุมัติยกเลิกรายการค่าเช่ารถ")
    # ... but the word that cancels something else still does
    assert _cancel_said("ได้รับอนุมัติ จึงขอยกเลิกการดำเนินงาน") == {"progress_reports.cancelled", "projects.plan_status"}


def _objectives(*texts: str) -> list[str]:
    # the bullets the clean-up took ("- ") marked on their lines; the one OCR read as "." left in the text
    lines = [Line(no, text.removeprefix("- "), bullet=text.startswith("- ")) for no, text in enumerate(texts, start=50)]
    items, _ = numbered_items(bullet_lookalikes(lines, opens_purpose), opens=opens_purpose)
    return [i.text for i in items]


def test_purpose_split_before_its_o_opens_an_objective_behind_a_bullet_read_as_a_dot():
    assert opens_purpose("เพื่ อพัฒนาคุณภาพการจัดการศึกษา") and opens_purpose("เพ อติดตาม")
    assert not opens_purpose("เพศ อายุ") and not opens_purpose("เพลง อื่น ๆ")
    got = _objectives("- เพื่อเป็นการยกย่องและเชิดชูเกียรติ", "- เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต",
                      "- เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต", ".  เพื่ อพัฒนาคุณภาพการจัดการศึกษา",
                      "- เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครู")
    assert len(got) == 5 and got[2] == "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต"
    assert got[3].startswith("เพื่ อพัฒนา") or got[3].startswith("เพื่อพัฒนา")


def _risk(likelihood: str, impact: str, level: str) -> dict:
    return {("risk", 1): {"likelihood": Reading(score_value(likelihood), likelihood, 173, 176),
                          "impact": Reading(score_value(impact), impact, 173, 176),
                          "level": Reading(level, level, 173, 176)}}


def test_a_pair_resting_on_a_thai_score_a_never_written_digit_may_stand_for_is_said_not_chosen():
    findings = _risk("๑๕", "๓", "สูงมาก")  # 5 x 3 as read; 4 x 4 and 5 x 4 where the ๓ is a ๔ misread
    issues = repair_risks(findings, frozenset(), "46789")
    assert {(i.code, i.field) for i in issues} == {("repair_ambiguous", "findings.likelihood"),
                                                    ("repair_ambiguous", "findings.impact")}
    assert findings[("risk", 1)]["likelihood"].value is None and findings[("risk", 1)]["impact"].value == "3"
    findings = _risk("๑๕", "๓", "สูงมาก")  # a document that writes every digit: the one pair is chosen
    issues = repair_risks(findings)
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "findings.likelihood")]
    assert findings[("risk", 1)]["likelihood"].value == "5"


def test_a_pair_still_one_with_the_never_written_digits_is_chosen():
    findings = _risk("๓", "๕", "สูง")  # 3 x 4 = 12; 4 x 4, 3 x 5, 4 x 5 are past สูง: still one pair
    issues = repair_risks(findings, frozenset(), "46789")
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "findings.impact")]
    assert findings[("risk", 1)]["impact"].value == "4"
    findings = _risk("on", "๑", "น้อย")  # a ๑ is no common misread of ๔: 3 x 1 chosen, as before
    issues = repair_risks(findings, frozenset(), "46789")
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "findings.likelihood")]
    assert findings[("risk", 1)]["likelihood"].value == "3"
