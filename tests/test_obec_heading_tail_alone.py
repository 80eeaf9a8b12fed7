"""A target heading of which OCR kept only its tail, the Thai title before it lost (s78o's obec_progress_s78o002).

- The outcomes' heading read as its bracketed English name alone, a speck before it ("ง (Outcome)" for
  "เป้าหมายเชิงผลลัพธ์ (Outcome)"): before, the outcomes went on as more outputs (two extra output rows, two
  outcome rows missing) and only missing_section said so. cut.recover_parts, where the round lacks the part
  most rounds print, now takes such a line for the heading (gloss_alone), and says it (label_inferred).
- The targets heading read as its period alone ("1 ประจำปีไตรมาสที่ 4 ปีงบประมาณ 2568"), after the round
  before's last finding, its outputs' heading next: before, the period ran into that finding's text.
  read._period_alone takes the line for the new round's targets heading (label_inferred), where a target part
  opens the round right after it; a period line with no target part after it stays where it is."""

from __future__ import annotations

from parsers.obec_progress.cut import gloss_alone
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
OUTCOME = "เป้าหมายเชิงผลลัพธ์ (Outcome)\n"


def test_a_gloss_alone_names_its_part():
    assert gloss_alone("ง (Outcome)") == "outcome"
    assert gloss_alone("(Output)") == "output"
    assert gloss_alone("Outcome)") == "outcome"
    # words before it, no bracket, another word: no heading
    assert gloss_alone("ครูมีความรู้ความเข้าใจ (Outcome)") is None
    assert gloss_alone("Outcome") is None
    assert gloss_alone("(School)") is None


def _rows(text: str, n: int) -> tuple[list[tuple[str, str]], list[dict], dict]:
    rows = run(text)
    key = rows["projects"][n]["project_key"]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["project_key"] == key]
    return [(t["kind"], t["text"]) for t in rows["targets"] if t["project_key"] == key], said, rows


def test_outcomes_under_a_gloss_alone_are_outcomes():
    projects = [project(k, FY) for k in range(1, 6)]
    projects[2] = projects[2].replace(OUTCOME, "ง (Outcome)\n")
    got, said, _ = _rows(report(fy=FY, projects=projects), 2)
    assert ("outcome", "ครูมีความรู้ความเข้าใจ") in got
    assert ("output", "ครูมีความรู้ความเข้าใจ") not in got
    assert said


def test_a_gloss_after_words_stays_text():
    projects = [project(k, FY) for k in range(1, 6)]
    projects[2] = projects[2].replace(OUTCOME, "ครูมีทักษะ (Outcome)\n")
    got, _, _ = _rows(report(fy=FY, projects=projects), 2)
    assert not any(k == "outcome" for k, _ in got)  # (the heading's loss is missing_section's to say)


TARGET_LISTS = ("เป้าหมายเชิงผลผลิต (Output)\nครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา\n" + OUTCOME
                + "ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n")


def _two_rounds(second_heading: str, lists: bool = True) -> str:
    one = project(1, FY, quarter="๑")
    again = project(1, FY, quarter="๒").split("\n", 1)[1]  # the same project's next round, its title aside
    assert TARGET_LISTS in again
    again = again.replace("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗\n", second_heading)
    if not lists:
        again = again.replace(TARGET_LISTS, "")
    return report(fy=FY, projects=[one + again, project(2, FY)])


def test_a_period_alone_before_a_target_part_is_the_targets_heading():
    rows = run(_two_rounds("1 ประจำปีไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗\n"))
    key = rows["projects"][0]["project_key"]
    findings = [f["text"] for f in rows["findings"] if f["project_key"] == key]
    assert findings == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 2  # no period run into the first round's finding
    assert sorted({t["quarter"] for t in rows["targets"] if t["project_key"] == key}) == [1, 2]
    assert any(i["code"] == "label_inferred" and i["project_key"] == key and "period alone" in i["message"]
               for i in rows["issues"])


def test_a_period_alone_with_no_target_part_after_it_is_not_a_heading():
    # the second round's target lists lost whole: the period line, then its activities' heading
    rows = run(_two_rounds("1 ประจำปีไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗\n", lists=False))
    key = rows["projects"][0]["project_key"]
    assert not any(i["code"] == "label_inferred" and i["project_key"] == key and "period alone" in i["message"]
                   for i in rows["issues"])
