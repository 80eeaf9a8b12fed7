"""A header label whose head OCR cut, its last letters and separator left
("ชวัด... : มิติที่๑ ..." and "ด... : มิติที่ 1 ..." for "ตัวชี้วัด... :",
" 0 สยป : นาย..." for "ผู้ประสานงาน สยป :"): no anchor matched the line, so
it was read as the wrapped end of the value above it (the goal took the
indicator, the agency's section the coordinator) and the field was lost,
with no issue naming the value that took it.  Now a line that opens with
the last letters of the label of a field the copy lacks (a dotted leader
after them, or three letters at least) is that field
(parsers.reader.cut_label, bma_progress.read.infer_lost_labels), said as
label_inferred; letters no lacking field's label ends with stay the value's."""

from __future__ import annotations

from parsers.bma_progress.fields import FORM
from parsers.bma_progress.read import read_copy
from parsers.reader import cut_label, label_tail_line, scan, split_copies
from schemas.document import Line

UNIT = ("1.2 หน่วยงานที่รับผิดชอบ",
        "หน่วยงานที่รับผิดชอบ : สำนักงานเขตธนบุรี / ฝ่ายปกครอง / ฝ่ายปกครอง")
STRATEGY = ("1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี",
            "ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน",
            "ประเด็นยุทธศาสตร์ย่อย : มิติที่ 3.3 - การศึกษาสำหรับทุกคน",
            "เป้าหมายที่ : เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนา",
            "อย่างต่อเนื่อง")


def _read(*texts: str):
    lines = [Line(i, t) for i, t in enumerate(texts, start=1)]
    return read_copy(split_copies(scan(lines, FORM), FORM)[0])


def test_an_indicator_whose_label_head_ocr_cut_is_read_not_run_into_the_goal():
    out = _read(*UNIT, "ผู้ประสานงาน สยป : นายสมศักดิ์ ศรีจันทร์ โทร. 2974",
                "ชื่อผู้รับผิดชอบ : นางจิราพร ศรีสุข โทร.7790", *STRATEGY,
                "ด... : มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนา", "ตามเกณฑ์ที่กำหนด")
    project = out.tables["project"][0]
    assert project["strategy_goal"].value == "เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนา อย่างต่อเนื่อง"
    assert project["indicator"].value == "มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนา ตามเกณฑ์ที่กำหนด"
    inferred = [i for i in out.issues if i.code == "label_inferred"]
    assert [(i.field, i.line_start, i.line_end) for i in inferred] == [("projects.indicator", 10, 11)]


def test_a_coordinator_whose_label_kept_only_its_last_word_is_not_the_section_s_end():
    out = _read(*UNIT, " 0 สยป : นายสมศักดิ์ ศรีจันทร์ (โทร. 2974)", "ชื่อผู้รับผิดชอบ... : ฝ่ายปกครอง")
    project = out.tables["project"][0]
    assert project["section"].value == "ฝ่ายปกครอง"
    assert project["coordinator_name"].value == "นายสมศักดิ์ ศรีจันทร์"
    assert project["coordinator_phone"].value == "2974"
    assert [(i.code, i.field) for i in out.issues if i.code == "label_inferred"] == [
        ("label_inferred", "projects.coordinator_name")]


def test_letters_no_lacking_field_s_label_ends_with_are_left_as_read():
    # the goal's value goes on: "ต่อเนื่อง" ends no label; the indicator is lacking but nothing names it
    out = _read(*STRATEGY[:-1], "อย่างต่อเนื่อง : ครูทุกคน")
    project = out.tables["project"][0]
    assert project["strategy_goal"].value.endswith("อย่างต่อเนื่อง : ครูทุกคน")
    assert "indicator" not in project
    # a cut label of a field the copy has already (the coordinator) is not taken for the one it lacks
    out = _read(*STRATEGY, "สยป : นายสมศักดิ์ ศรีจันทร์")
    assert "indicator" not in out.tables["project"][0]
    assert not [i for i in out.issues if i.code == "label_inferred"]


def test_cut_label_shapes():
    assert cut_label("ชวัด... : มิติที่๑ ร้อยละ", FORM) == (("indicator",), "มิติที่๑ ร้อยละ")
    assert cut_label("ด... : มิติที่ 1", FORM) == (("indicator",), "มิติที่ 1")
    assert cut_label(" 0 สยป : นายสมศักดิ์", FORM) == (("coordinator",), "นายสมศักดิ์")
    # one or two letters without the leader, letters no label ends with, or a whole label: none
    assert cut_label("ด : มิติที่ 1", FORM) is None
    assert cut_label("ทุกคน : Bangkok as a City for All", FORM) is None
    assert cut_label("ตัวชี้วัด : มิติที่ 1", FORM) is None


def test_a_value_whose_label_was_cut_takes_its_wrapped_end_past_specks():
    # OCR left a speck line ('๐') between the indicator's first line and its wrapped end: the value goes on
    # past it (as a labelled value does), the specks set aside; the issue spans the value's lines
    out = _read(*STRATEGY, "ชูวัด... : มิติที่ 1 ร้อยละโครงการที่เป็นงานประจำของหน่วยงานที่", "๐",
                "ดำเนินการสำเร็จตามเป้าหมาย (2565)", "๑7")
    project = out.tables["project"][0]
    assert project["indicator"].value == ("มิติที่ 1 ร้อยละโครงการที่เป็นงานประจำของหน่วยงานที่ "
                                          "ดำเนินการสำเร็จตามเป้าหมาย (2565)")
    inferred = [i for i in out.issues if i.code == "label_inferred"]
    assert [(i.field, i.line_start, i.line_end) for i in inferred] == [("projects.indicator", 6, 8)]
    # an indented line past the specks is a paragraph of its own, not the value's end
    lines = [Line(i, t, indent=(i == 8)) for i, t in enumerate(
        (*STRATEGY, "ชูวัด... : มิติที่ 1 ร้อยละโครงการ", "๐", "ดำเนินการสำเร็จ"), start=1)]
    project = read_copy(split_copies(scan(lines, FORM), FORM)[0]).tables["project"][0]
    assert project["indicator"].value == "มิติที่ 1 ร้อยละโครงการ"


def test_a_label_standing_alone_under_the_value_ends_it():
    # the owner's value OCR set above its label, cut at its head and left with its leader: the value stops there
    out = _read(*UNIT, "ผู้ประสานงาน สยป : นายกิตติพงษ์ ศักดิ์ดี โทร.4895", ": นางจิราพร ศรีสุข โทร.7790", "6",
                "อผู้รับผิดชอบ...")
    project = out.tables["project"][0]
    assert (project["owner_name"].value, project["owner_phone"].value) == ("นางจิราพร ศรีสุข", "7790")
    inferred = [i for i in out.issues if i.code == "label_inferred"]
    assert [(i.field, i.line_start, i.line_end) for i in inferred] == [("projects.owner_name", 4, 4)]


def test_label_tail_line_shapes():
    assert label_tail_line("อผู้รับผิดชอบ...", FORM)
    assert label_tail_line("รับผิดชอบ :", FORM)
    # a label's letters with no leader or separator, too few letters, or words no label ends with: a value's
    assert not label_tail_line("รับผิดชอบ", FORM)
    assert not label_tail_line("ด...", FORM)
    assert not label_tail_line("ความต้องการ...", FORM)
    assert not label_tail_line("อผู้รับผิดชอบ... : นางจิราพร", FORM)


def test_an_indicator_run_into_the_goal_on_one_line_its_label_garbled_is_read_apart():
    # a form run together on a few lines (fresh set s39z): the indicator's label read as Latin letters mid-line
    # ("... ตามความต้องการ Ha... : มิติที่ ๑ ร้อยละ..."); its leader and separator and the ordinal word part it
    out = _read(*STRATEGY[:3], "เป้าหมายที่ : เป้าหมายที่ 3.3.1 เด็กทุกคนได้รับการศึกษา Ha... : มิติที่ ๑ ร้อยละของโรงเรียน"
                " ที่ผ่านเกณฑ์")
    project = out.tables["project"][0]
    assert project["strategy_goal"].value == "เป้าหมายที่ 3.3.1 เด็กทุกคนได้รับการศึกษา"
    assert project["indicator"].value == "มิติที่ ๑ ร้อยละของโรงเรียน ที่ผ่านเกณฑ์"
    assert [i.field for i in out.issues if i.code == "label_inferred"] == ["projects.indicator"]
    # no leader before the ordinal word (the sub-issue's own value "มิติที่ 3.3"), or the indicator read: left alone
    out = _read(*STRATEGY[:3], "เป้าหมายที่ : เป้าหมายที่ 3.3.1 เด็กทุกคน : มิติที่ ๑ ร้อยละของโรงเรียน")
    assert "indicator" not in out.tables["project"][0]
    out = _read(*STRATEGY, "ตัวชี้วัด... : มิติที่ 1 ร้อยละ", "ครู Ha... : มิติที่ 2 ร้อยละ")
    assert out.tables["project"][0]["indicator"].value.startswith("มิติที่ 1 ร้อยละ")
