"""Layout stops mattering: the same report entries printed as line groups,
as a table read row by row, as the same table read column by column and as
one running paragraph give identical rows; two projects in one file are two
projects; an entry the text names but no rule could read makes the document
partial."""

from __future__ import annotations

import pytest

from parsers.bma_progress.entries import expense_values, figure_values, parse_entries
from pipeline.clean import clean_lines, text_lines
from pipeline.stages import process_document
from tests.conftest import sample_text

ENTRIES = [
    (1, "8/10/2562", "ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที่ ๑", "5.00", "0", True, True, []),
    (2, "9/11/2562", "จัดประชุมคณะกรรมการดำเนินงาน", "20.00", "12,000", False, True,
     ["ค่าอาหาร 40 คน x 300 บาท = 12,000 บาท"]),
    (3, "4/12/2562", "ยกเลิกโครงการ เนื่องจากงบประมาณไม่เพียงพอ", "20.00", "0", True, False, []),
]


def flags(plan: bool, target: bool) -> str:
    return (("" if plan else "ไม่") + "เป็นไปตามแผน : " + ("" if target else "ไม่") + "เป็นไปตามเป้าหมาย")


def figures(seq: int, progress: str, amount: str) -> str:
    return f"ความก้าวหน้าของงานฯ = {progress} % งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = {amount} บาท"


def line_groups() -> str:
    out = []
    for seq, day, desc, progress, amount, plan, target, expenses in ENTRIES:
        out += [f"รายงานครั้งที่ {seq} :: {day} : {desc}", *expenses,
                f":: {figures(seq, progress, amount)} : {flags(plan, target)}"]
    return "\n".join(out)


def table_rows() -> str:
    rows = ["ครั้งที่\tวันที่รายงาน : รายละเอียดการดำเนินงาน\tผลการดำเนินงาน\tความสอดคล้อง"]
    for seq, day, desc, progress, amount, plan, target, expenses in ENTRIES:
        rows.append("\t".join([f"รายงานครั้งที่ {seq}", f"{day} : {' '.join([desc, *expenses])}",
                               figures(seq, progress, amount), flags(plan, target)]))
    return "\n".join(rows)


def table_columns() -> str:
    cols = [[f"รายงานครั้งที่ {e[0]}" for e in ENTRIES],
            [f"{e[1]} : {' '.join([e[2], *e[7]])}" for e in ENTRIES],
            [figures(e[0], e[3], e[4]) for e in ENTRIES],
            [flags(e[5], e[6]) for e in ENTRIES]]
    return "\n".join(cell for col in cols for cell in col)


def paragraph() -> str:
    return " ".join(f"รายงานครั้งที่ {seq} :: {day} : {' '.join([desc, *expenses])} :: "
                    f"{figures(seq, progress, amount)} : {flags(plan, target)}"
                    for seq, day, desc, progress, amount, plan, target, expenses in ENTRIES)


def rows_of(text: str) -> list[tuple]:
    result = parse_entries(text_lines(clean_lines(text)[0]))
    out = []
    for seq, entry in sorted(result.entries.items()):
        values, bad = figure_values(entry)
        assert not bad
        out.append((seq, entry.date, entry.description, entry.cancelled, tuple(sorted(values.items())),
                    tuple(tuple(sorted(expense_values(x)[0].items())) for x in entry.expenses)))
    return out


@pytest.mark.parametrize("layout", [table_rows, table_columns, paragraph], ids=lambda f: f.__name__)
def test_every_entry_layout_gives_the_same_rows(layout):
    expected = rows_of(line_groups())
    assert [r[0] for r in expected] == [1, 2, 3]
    assert expected[1][5] and expected[2][3]  # an expense line, a cancellation
    assert rows_of(layout()) == expected


def test_two_projects_in_one_file_are_two_projects():
    one, other = sample_text("001_fdefb2afb18072a2.txt"), sample_text("003_c0975e1d5f59aaa1.txt")
    rows = process_document("two.txt", (one + "\n\n" + other).encode("utf-8"))
    keys = sorted(p["project_key"] for p in rows["projects"])
    assert keys == ["09000000-4050/2563", "50410000-6831/2566"]
    by_key = {}
    for r in rows["progress_reports"]:
        by_key.setdefault(r["project_key"], []).append(r["seq"])
    assert sorted(by_key["09000000-4050/2563"]) == list(range(1, 11))
    assert sorted(by_key["50410000-6831/2566"]) == list(range(1, 6))
    (doc,) = rows["documents"]
    assert doc["n_copies"] == 4  # the second project is printed four times


def test_an_entry_named_but_unread_makes_the_document_partial():
    text = sample_text("001_fdefb2afb18072a2.txt")
    ok = process_document("ok.txt", text.encode("utf-8"))["documents"][0]
    assert ok["status"] == "ok" and 0.9 < ok["coverage"] <= 1.0
    # entry 5's header damaged beyond reading, its budget clause still names it
    damaged = text.replace("- รายงานครั้งที่ 5 :: 5/2/2563 :", "- ร@ย#ง%น 5 =: 5/2/2563 :")
    rows = process_document("damaged.txt", damaged.encode("utf-8"))
    assert rows["documents"][0]["status"] == "partial"
    # the entry is kept from the figures that name it; the date it lost is an error naming the field
    (five,) = [r for r in rows["progress_reports"] if r["seq"] == 5]
    assert five["report_date"] is None and five["progress_pct"] == 20.0
    codes = {(i["code"], i["severity"], i["field"]) for i in rows["issues"]}
    assert ("missing_value", "error", "progress_reports.report_date") in codes
    assert ("entry_header_missing", "warning", "progress_reports.seq") in codes


def test_a_truncated_form_is_partial():
    text = sample_text("001_fdefb2afb18072a2.txt")
    cut = text[: len(text) // 10]
    rows = process_document("cut.txt", cut.encode("utf-8"))
    (doc,) = rows["documents"]
    assert doc["status"] == "partial"
    assert any(i["code"] == "missing_section" for i in rows["issues"])


def test_a_heading_whose_section_number_a_wrap_left_on_the_line_before():
    from parsers.bma_progress.fields import ANCHORS
    from schemas.document import Line

    lines = [Line(1, "โครงการพัฒนาศักยภาพผู้บริหารสถานศึกษาขึ้น 1.4", "text"),
             Line(2, "วัตถุประสงค์ของโครงการ เพื่อส่งเสริมการพัฒนา", "text")]
    mended = ANCHORS.mend_breaks(lines)
    assert [ln.text for ln in mended] == ["โครงการพัฒนาศักยภาพผู้บริหารสถานศึกษาขึ้น",
                                          "1.4 วัตถุประสงค์ของโครงการ เพื่อส่งเสริมการพัฒนา"]
    # a count at a sentence's end is no section number
    lines = [Line(1, "จำนวน 4 ประเภท ๆ ละ 3", "text"), Line(2, "วัตถุประสงค์ของโครงการ", "text")]
    assert [ln.text for ln in ANCHORS.mend_breaks(lines)] == [ln.text for ln in lines]
