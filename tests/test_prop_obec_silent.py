"""OBEC reports and BMA proposals after OCR: classes of damage that used to
lose or misread values with no issue naming them (issue 11: nothing silent).
Each test damages a small report the way tesseract does."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, repairs, report, run


def _title_misread(text: str, printed: str) -> str:
    """The report with its title's year (its first printing) read as `printed`."""
    head, _, rest = text.partition("พ.ศ. ")
    year = rest.split(" ", 1)[0]
    return f"{head}พ.ศ. {printed}{rest[len(year):]}"


def test_a_title_year_no_reading_of_which_is_the_report_s_year_takes_the_year_every_other_mention_allows():
    # ๖ read as an Arabic 9 in the title only ("2๕93"); every other printing reads ๒๕๒๓, which
    # with the 12th plan (2560-2565) can only be 2563: the summary and every project were 2593, silently
    fy = "๒๕๒๓"
    text = _title_misread(report(fy=fy, projects=[project(1, fy, edition="๑๒"), project(2, fy, edition="๑๒")]), "2๕93")
    rows = run(text)
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2563
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2563}
    (issue,) = [i for i in repairs(rows, "fiscal_year") if i["field"] == "report_summaries.fiscal_year_be"]
    evidence = json.loads(issue["evidence"])
    assert evidence["printed"] == "2๕93" and evidence["chosen"] == 2563


def test_a_title_year_the_other_mentions_barely_outweigh_is_kept_and_flagged():
    # every project's headings print 2593 as well: 2563 is still the consensus (11 mentions
    # to 7), but the title's year is not one damaged printing against many: it is kept, and
    # flagged for the summary and every project
    # (printed all in Arabic digits, "2593": a 9 among Thai digits may be a ๖ the Thai model cannot write,
    # and "2๕93" would then allow 2563 itself: parsers.repair.year_candidates)
    fy = "๒๕๒๓"
    text = _title_misread(report(fy=fy, projects=[project(1, fy, edition="๑๒", other_fy="2593"),
                                                  project(2, fy, edition="๑๒", other_fy="2593")]), "2593")
    rows = run(text)
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2593
    assert not [i for i in repairs(rows, "fiscal_year") if i["field"] == "report_summaries.fiscal_year_be"]
    flagged = {i["field"] for i in repairs(rows, "fiscal_year", code="repair_ambiguous")}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "projects.fiscal_year"} <= flagged


def test_a_listed_title_goes_on_past_a_line_of_specks_ocr_left_between_its_lines():
    # "๘. โครงการนิเทศ ติดตาม / (blank) / specks / การพัฒนาคุณภาพ...": the clean-up drops the
    # specks, and the title's second line, three lines on, used to be unplaced text: the project
    # kept half its name and no row of the check could be paired with it
    group = ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้\n"
             "๑. โครงการนิเทศ ติดตาม\n\nwy                     ม% 4       :              เ\n"
             "การพัฒนาคุณภาพการศึกษาโดยใช้พื้นที่เป็นฐาน\n\n"
             "๒. โครงการส่งเสริมการอ่าน\n")
    rows = run(report() + group)
    names = [p["name"] for p in rows["projects"] if p["plan_status"] == "in_progress"]
    assert names == ["โครงการนิเทศ ติดตาม การพัฒนาคุณภาพการศึกษาโดยใช้พื้นที่เป็นฐาน", "โครงการส่งเสริมการอ่าน"]


def test_text_two_lines_after_the_last_title_that_more_text_follows_is_no_part_of_it():
    # a back cover after the last listed title: its slogan stands two blank lines on, and more
    # of the cover follows: no wrap of the title
    group = ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ โดยมีรายละเอียด ดังนี้\n"
             "๑. โครงการนิเทศ ติดตาม\n\n \nเพื่อพัฒนาองค์กรสู่คุณภาพ\n\n\n\nกลุ่มนโยบายและแผน\n"
             "หมู่ 1 ต.สันโป่ง อ.แม่ริม\n")
    rows = run(report() + group)
    assert [p["name"] for p in rows["projects"] if p["plan_status"] == "in_progress"] == ["โครงการนิเทศ ติดตาม"]


def test_a_line_of_specks_ocr_spread_over_the_page_is_debris():
    from parsers.obec_progress.lists import is_debris
    assert is_debris("wy                     ม% 4       :              เ")
    assert not is_debris("จำนวน ๕           คิดเป็นร้อยละ")


def test_running_text_that_ocr_broke_before_most_long_headings_is_still_running_text():
    # a one-line report read back by OCR: its layout analysis starts a new line before many long
    # headings, so only some stand inside a line; the report was read as lines, and not one
    # project was found (every row of every project lost)
    import regex

    from tests.test_obec_ocr import running

    broken = regex.sub(r" (?=ความก้าวหน้าของ|การเบิกจ่ายงบประมาณประจำไตรมาส|สรุปปัญหาและข้อเสนอแนะ)", "\n",
                       running(report()))
    rows = run(broken)
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert len(rows["quarterly_budgets"]) == 2
    assert {t["kind"] for t in rows["targets"]} >= {"output", "outcome"}


def test_a_budget_row_kept_under_another_year_is_named_as_a_row_not_only_its_year():
    # "๒๕๒5" for ๒๕๖๗ (๖ read ๒, ๗ read as an Arabic 5): no reading is the report's year, so the
    # text's year is kept; it is the row's key, and the issue names the row (the table at its lines):
    # its quarter, amounts and note were silent under the wrong key
    fy = "๒๕๖๗"
    rows = run(report(fy=fy, projects=[project(1, fy), project(2, fy, budget_fy="๒๕๒5", other_fy="๒๕๒5")]))
    (kept,) = [b for b in rows["quarterly_budgets"] if b["fiscal_year_be"] != 2567]
    (issue,) = [i for i in rows["issues"] if i["code"] == "fiscal_year_mismatch"]
    assert issue["field"] == "quarterly_budgets"
    assert issue["line_start"] <= kept["line_end"] and kept["line_start"] <= issue["line_end"]


def test_a_list_whose_first_number_ocr_read_as_another_digit_still_splits_into_items():
    # "๑)" read as "9)" before "๒)": the list was one item holding both (the second row silent)
    text = report().replace("ครูมีความรู้ความเข้าใจ\n", "9) ครูมีความรู้ความเข้าใจ\n๒) ผู้เรียนมีทักษะที่จำเป็น\n")
    rows = run(text)
    outcomes = sorted((t["project_key"], t["seq"], t["text"]) for t in rows["targets"] if t["kind"] == "outcome")
    assert [(seq, text) for _, seq, text in outcomes] == [(1, "ครูมีความรู้ความเข้าใจ"), (2, "ผู้เรียนมีทักษะที่จำเป็น")] * 2


def _proposal(text: str) -> dict:
    from pipeline.stages import process_document

    rows = process_document("proposal.txt", text.encode("utf-8"))
    assert rows["documents"][0]["doc_type"] == "bma_proposal"
    return rows


def test_budget_lines_that_add_up_to_less_than_the_total_name_the_table_not_only_the_amounts():
    # a budget line OCR lost: the lines read add up to less than the total, and the lost line's
    # item, category, unit and number were named by no issue (only expenses.amount was)
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    rows = _proposal(text)
    assert not [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch"]
    lost = "\t- ผู้เข้ารับการอบรม จำนวน 71 คนๆ ละ 50 บาท เป็นเงิน 3,550 บาท\t\t\n"
    assert lost in text
    rows = _proposal(text.replace(lost, "\n"))
    assert len(rows["expenses"]) == 1
    fields = {i["field"] for i in rows["issues"] if i["code"] == "expense_sum_mismatch"}
    assert fields == {"expenses.amount", "expenses"}
    # none read at all: the total alone (the table's lines all lost) was silent
    other = "\t- วัสดุสำนักงานและวัสดุคอมพิวเตอร์ จำนวน 20 ชุดๆ ละ 500 บาท เป็นเงิน 10,000 บาท\t\t\n"
    rows = _proposal(text.replace(lost, "\n").replace(other, "\n"))
    assert not rows.get("expenses")
    (issue,) = [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch"]
    assert issue["field"] == "expenses" and "no budget line was read" in issue["message"]


def test_a_budget_line_read_without_its_category_is_flagged():
    # the category cell OCR scattered among the other columns: the line was read without it, silently
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    cell = "\tค่าวัสดุสำนักงาน\t10,000 บาท\t"
    assert cell in text
    rows = _proposal(text.replace(cell, "\t\t10,000 บาท\t"))
    (line,) = [e for e in rows["expenses"] if not e["category"]]
    (issue,) = [i for i in rows["issues"] if i["field"] == "expenses.category"]
    assert issue["code"] == "missing_value" and issue["line_start"] <= line["line_end"]
    assert not [i for i in _proposal(text)["issues"] if i["field"] == "expenses.category"]


def test_a_benefit_whose_section_number_ocr_read_as_a_thai_letter_is_still_an_item():
    # "ฒ.๒" for ๙.๒: the benefit was text of the one above, and its row silent
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    printed = "๙.2 นักเรียนสามารถสร้างความรู้"
    assert printed in text
    rows = _proposal(text.replace(printed, "ฒ.2 นักเรียนสามารถสร้างความรู้"))
    benefits = sorted((f["seq"], f["text"][:20]) for f in rows["findings"] if f["kind"] == "benefit")
    assert [seq for seq, _ in benefits] == [1, 2, 3, 4] and benefits[1][1] == "นักเรียนสามารถสร้างค"


def test_a_section_not_found_names_the_table_it_holds():
    # the budget heading lost to OCR: the expense lines are not read, and the missing_section issue
    # named only the project, so no issue named the lost rows
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    assert "## **7. งบประมาณ**\n" in text
    rows = _proposal(text.replace("## **7. งบประมาณ**\n", "\n"))
    # (since s31 the section is found by the clause it opens with, "เบิกจ่ายจากงบประมาณ", and said so)
    fields = {i["field"] for i in rows["issues"] if i["code"] in ("missing_section", "label_inferred")}
    assert "expenses" in fields
    assert not [i for i in _proposal(text)["issues"] if i["code"] == "missing_section"]


def test_a_one_line_proposal_s_short_heading_after_a_number_ocr_damaged_still_opens_its_section():
    # "7. งบประมาณ" inside a one-line proposal read "ov. งบประมาณ": the budget section was not found
    # and every budget line was lost; a short heading is taken inside a text only after such a
    # number and where its neighbours' window holds that one place
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_007.txt").read_text(encoding="utf-8")
    assert text.count(" 7. งบประมาณ ") == 1
    clean = _proposal(text)
    damaged = _proposal(text.replace(" 7. งบประมาณ ", " ov. งบประมาณ "))
    assert clean["expenses"] and len(damaged["expenses"]) == len(clean["expenses"])
    assert damaged["projects"][0]["budget_allocated"] == clean["projects"][0]["budget_allocated"]
    assert not [i for i in damaged["issues"] if i["code"] == "missing_section"]
    # a short heading's words after a Thai word are words of a sentence, not a heading
    worded = _proposal(text.replace(" 7. งบประมาณ ", " และ งบประมาณ "))
    assert [i for i in worded["issues"] if i["code"] == "missing_section" and i["field"] == "expenses"]


def test_a_wrapped_cell_that_is_a_short_heading_s_words_gives_way_to_the_numbered_heading():
    # the action plan's narrow column wraps "งบประมาณ" onto a line of its own, and OCR glued the
    # budget heading's number to it ("7”งบประมาณ"): the bare line was taken for the heading, and
    # the steps after it (and the budget) were read as the budget section
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    step = "\t3. โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการและแผนการใช้จ่ายงบประมาณส่ง\n"
    assert step in text and "## **7. งบประมาณ**\n" in text
    damaged = text.replace(step, "\t3. โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการและแผนการใช้จ่าย\nงบประมาณ\nส่ง\n")
    damaged = damaged.replace("## **7. งบประมาณ**\n", "7”งบประมาณ\n")
    clean, rows = _proposal(text), _proposal(damaged)
    assert [a["seq"] for a in rows["activities"]] == [a["seq"] for a in clean["activities"]] == [1, 2, 3, 4, 5, 6]
    assert len(rows["expenses"]) == len(clean["expenses"]) == 2
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]
    # the numbered heading's words with a letter OCR doubled ("ฒ. งงบประมาณ"): still the heading
    doubled = _proposal(damaged.replace("7”งบประมาณ\n", "ฒ. งงบประมาณ\n"))
    assert [a["seq"] for a in doubled["activities"]] == [1, 2, 3, 4, 5, 6]
    assert len(doubled["expenses"]) == 2
    # two letters off is other words, not the heading: the bare cell stays the heading, steps 4-6 lost to it
    other = _proposal(damaged.replace("7”งบประมาณ\n", "ฒ. งงบประมาณณณ\n"))
    assert [a["seq"] for a in other["activities"]] == [1, 2, 3]


def test_section_4_not_found_names_the_alignment_it_holds():
    # section 4's heading lost to OCR ("€."), and its labels too: its alignment paragraph went to section 3
    # and no issue named the lost alignment row
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    heading = next(ln for ln in text.split("\n") if "ลักษณะของโครงการ" in ln)
    damaged = text.replace(heading + "\n", "€.\n")
    unlabelled = damaged.replace("ประเภทโครงการ :", "").replace("รูปแบบโครงการ :", "")
    rows = _proposal(unlabelled)
    assert {i["field"] for i in rows["issues"] if i["code"] == "missing_section"} == {"projects", "alignments"}
    # with its labels there, they open it (parsers.bma_proposal.sections.headings_by_labels): read as printed
    rows, orig = _proposal(damaged), _proposal(text)
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]
    assert [a["text"] for a in rows["alignments"]] == [a["text"] for a in orig["alignments"]]


def test_a_round_without_a_heading_every_other_round_prints_is_flagged_at_its_lines():
    # the indicator heading OCR lost ("ชนีซี / ัดความสำเร็จ" between specks): the indicator rows were
    # read as outcomes, the indicator rows missing, and no issue named the targets
    fy = "๒๕๖๗"
    third = project(3, fy).replace("ดัชนีชี้วัดความสำเร็จ\n", "")
    rows = run(report(fy=fy, projects=[project(1, fy), project(2, fy), third, project(4, fy)]))
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_section"]
    assert issue["field"] == "targets" and "'indicator'" in issue["message"]
    third_rows = [t for t in rows["targets"] if t["project_key"] == issue["project_key"]]
    assert third_rows and all(issue["line_start"] <= t["line_start"] <= issue["line_end"] for t in third_rows)
    assert not [i for i in run(report(fy=fy, projects=[project(n, fy) for n in (1, 2, 3, 4)]))["issues"]
                if i["code"] == "missing_section"]


def test_a_round_s_heading_ocr_damaged_past_the_anchors_is_taken_where_the_round_lacks_it():
    # "ดัชนีซีวัดความสำเว็จ" (two letters changed): no anchor reads it, and the indicators were read
    # as outcomes; where the round lacks the part every other round prints, the line like its heading
    # is that heading, and the inference is an issue about the rows under it
    fy = "๒๕๖๗"
    third = project(3, fy).replace("ดัชนีชี้วัดความสำเร็จ\n", "ดัชนีซีวัดความสำเว็จ\n")
    rows = run(report(fy=fy, projects=[project(1, fy), project(2, fy), third, project(4, fy)]))
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]
    (issue,) = [i for i in rows["issues"] if i["code"] == "label_inferred"]
    assert issue["field"] == "targets"
    kinds = sorted(t["kind"] for t in rows["targets"] if t["project_key"] == issue["project_key"])
    assert kinds == ["indicator", "outcome", "output"]


def test_a_main_activity_whose_number_ocr_read_as_letters_is_an_activity_numbered_by_its_place():
    # "กิจกรรมหลักที่ lo นิเทศ ..." (๒ read "lo"): it was text of the activity before it, silently
    fy = "๒๕๖๗"
    second = "กิจกรรมหลักที่ lo นิเทศ ติดตาม และประเมินผล\nดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด\n"
    one = project(1, fy).replace("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา",
                                 second + "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา")
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    (issue,) = [i for i in rows["issues"] if i["field"] == "activities.number"]
    acts = sorted((a["number"], a["text"]) for a in rows["activities"] if a["project_key"] == issue["project_key"])
    assert acts == [(1, "ประชุมคณะกรรมการ"), (2, "นิเทศ ติดตาม และประเมินผล")]
    evidence = json.loads(issue["evidence"])
    assert issue["code"] == "value_repaired" and evidence["printed"] == "lo" and evidence["chosen"] == 2


def test_a_main_activity_whose_number_a_speck_stands_before_is_still_an_activity():
    # running text OCR broke around the number: "กิจกรรมหลักที่ / a / 1 นิเทศ ..." joined into one
    # piece: the speck stood between the words and the number, and the activity was lost
    fy = "๒๕๖๗"
    one = project(1, fy).replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ", "กิจกรรมหลักที่ a ๑ ประชุมคณะกรรมการ")
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    assert sorted((a["number"], a["text"]) for a in rows["activities"]) == [(1, "ประชุมคณะกรรมการ")] * 2


def test_a_risk_level_no_reading_of_its_scores_gives_is_flagged_with_them():
    # the level is as much in doubt as the scores (a cell of another row, a level misread): it was silent
    from tests.conftest import ROOT

    text = (ROOT / "tests/corpus/clean/bma_proposal_006.txt").read_text(encoding="utf-8")
    cells = "\t2\n\t4\n\tปานกลาง\n"
    assert text.count(cells) == 1
    rows = _proposal(text.replace(cells, "\t2\n\t4\n\tสูงมาก\n"))
    fields = {i["field"] for i in rows["issues"] if i["code"] == "risk_level_mismatch"}
    assert fields == {"findings.likelihood", "findings.impact", "findings.level"}
    assert not [i for i in _proposal(text)["issues"] if i["code"] == "risk_level_mismatch"]


def test_an_activity_s_step_whose_number_ocr_damaged_is_its_progress_not_its_name():
    # "๑.@ จัดทำเครื่องมือ..." (๑.๑): the step was read as the activity's name going on
    # (the name runs to the page's edge, so a line after it that opens no part goes on with it)
    fy = "๒๕๖๗"
    name = "ประชุมคณะกรรมการดำเนินงานเพื่อวางแผนการดำเนินงานและติดตามผลการดำเนินงานของโรงเรียนในสังกัดทุกแห่ง"
    one = project(1, fy).replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว",
                                 f"กิจกรรมหลักที่ ๑ {name}\n๑.@ จัดทำเครื่องมือการนิเทศ\nได้ดำเนินการแล้ว")
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    texts = sorted(a["text"] for a in rows["activities"])
    assert texts == sorted([name, "ประชุมคณะกรรมการ"])
    assert any(a["progress"].startswith("๑.@ จัดทำเครื่องมือการนิเทศ") for a in rows["activities"])
