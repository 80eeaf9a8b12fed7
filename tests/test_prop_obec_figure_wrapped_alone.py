"""An OBEC text whose last word wants a number, its figure wrapped by the
page onto a line of its own ("... ฉบับที่" / "๑๓", "... ในศตวรรษที่" /
"๒๑", "... เขต" / "๒", "... จำนวน" / "๑๐๓ คน": fresh sets h s20h004,
q s22q001, m s19m002, ob2/set1 s19oba001 and others): the figure alone is
a short line with no Thai word, so lists.is_debris took it for a page
number or a speck and rounds.read_round dropped it, the text ending at
"ที่" with no issue naming it.  Now a figure alone right under such a text
(no blank line between: no page edge) is put back at its end; a figure
under a text that wants none, or with a blank line before it, is left
out as before."""
from parsers.obec_progress.lists import wrapped_figure
from tests.test_obec_ocr import project, report, run


def rows_of(old: str, new: str) -> dict:
    text = project(1, "๒๕๖๗").replace(old, new)
    return run(report(projects=[text, project(2, "๒๕๖๗")]))


NESDP = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่"
OUTCOME = "ครูมีความรู้ความเข้าใจ"


def test_a_plan_headings_edition_wrapped_alone_is_read_back():
    rows = rows_of(f"{NESDP} ๑๓", f"{NESDP}\n๑๓")
    assert [a["plan"] for a in rows["alignments"]] == [f"{NESDP} ๑๓"] * 2


def test_a_targets_figure_wrapped_alone_is_read_back():
    rows = rows_of(OUTCOME, "ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่\n๒๑")
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    assert outcomes == ["ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่ ๒๑", OUTCOME]
    rows = rows_of(OUTCOME, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน\n๑๐๓ คน")
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    assert outcomes == ["ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๐๓ คน", OUTCOME]


def test_a_figure_after_a_blank_line_or_a_text_that_wants_none_stays_out():
    rows = rows_of(OUTCOME, "ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่\n\n๒๑")
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    assert outcomes == ["ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่", OUTCOME]
    rows = rows_of(OUTCOME, "ครูมีความรู้ความเข้าใจในการจัดการเรียนรู้\n๑๗")
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    assert outcomes == ["ครูมีความรู้ความเข้าใจในการจัดการเรียนรู้", OUTCOME]


def test_only_a_figure_alone_after_a_word_that_wants_one():
    assert wrapped_figure("ห้องประชุมสพป.ชัยภูมิ เขต", "๒") == "๒"
    assert wrapped_figure("แห่งชาติ ฉบับที", "13") == "13"  # (ที่ read ที)
    assert wrapped_figure("ในศตวรรษที่", "๒๑  .") == "๒๑"
    assert wrapped_figure("ค่าอาหารกลางวัน", "๒๑") is None
    assert wrapped_figure("ในศตวรรษที่", "lo") is None
    assert wrapped_figure("ในศตวรรษที่", "๒๑ ข้าราชการครู") is None


def test_a_figure_apart_under_a_text_that_wants_one_is_said():
    rows = rows_of(f"{NESDP} ๑๓", f"{NESDP}\n\n๑๓")
    assert [a["plan"] for a in rows["alignments"]] == [NESDP, f"{NESDP} ๑๓"]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and "alignments.plan" in i["message"]]
    assert len(said) == 1
    rows = rows_of(OUTCOME, "ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่\n\n๒๑")
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and "targets.text" in i["message"]]
    assert len(said) == 1
    rows = rows_of(OUTCOME, "ครูมีความรู้ความเข้าใจในการจัดการเรียนรู้\n\n๑๗")
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and "figure" in i["message"]]


def test_an_item_number_alone_is_no_figure():
    assert wrapped_figure("ดำเนินการตามแผนที่", "๒.") is None


def title_issues(title_tail: str) -> tuple[str, list[dict]]:
    rows = rows_of("โครงการทดสอบที่ 1 ของสำนักงาน\n", f"โครงการทดสอบที่ 1 ของสำนักงาน{title_tail}\n")
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "projects.name"]
    return next(p["name"] for p in rows["projects"] if p["name"].startswith("โครงการทดสอบที่ 1")), said


def test_a_garbled_figure_under_a_title_that_waits_for_one_is_said():
    # a year OCR garbled past reading ("๒๕๒๐๕" for ๒๕๖๘), apart under "... ปีงบประมาณ": left out, said
    name, said = title_issues(" ปีงบประมาณ\n\n๒๕๒๐๕")
    assert name == "โครงการทดสอบที่ 1 ของสำนักงาน ปีงบประมาณ" and len(said) == 1
    name, said = title_issues(" สพป.ทดสอบ เขต\n๐๓")
    assert name == "โครงการทดสอบที่ 1 ของสำนักงาน สพป.ทดสอบ เขต" and len(said) == 1
    # a year read whole is the title's (read._year_of_title); a title that waits for none says nothing
    name, said = title_issues(" ปีงบประมาณ\n\n๒๕๖๘")
    assert name == "โครงการทดสอบที่ 1 ของสำนักงาน ปีงบประมาณ ๒๕๖๘" and not said
    name, said = title_issues("\n\n๒๕๒๐๕")
    assert not said
