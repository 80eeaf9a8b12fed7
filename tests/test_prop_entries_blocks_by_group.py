"""BMA progress entries printed as tables of three entries a table, the
entries as columns (entries_side_by_side_wide), that OCR (psm 3) read in
blocks out of order: the first table's columns whole, the second table's
columns cut after their first description words and read between them
(entry 4's header, date and first words after entry 1, entry 5's after
entry 2, ...), then the row titles, then the cut columns' rests in the same
order (the description's tail, the progress, the disbursement, the flags),
with no header of their own.  Before, entries 4-6 lost their figures and
flags (their blocks were read as text of entry 6 or lost).  Now
(stacked._by_groups) the headers and blocks, walked in the order read, make
groups closing where as many blocks as headers are read; a group's blocks go
to its headers by their numbers (or their places where one is misread).
A synthetic text in the shape of s19prb001's OCR (pr2/set2)."""
from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_TITLES = ["ความก้าวหน้า", "ของงานฯ", "งบประมาณที", "az    ๑", "เบิกใช้", "ความสอดคล้อง", "กับแผน",
           "ความสอดคล้อง", "กับเป้าหมาย", ""]


def _whole(num: str, date: str, desc: list[str], pct: str, amount: str) -> list[str]:
    return [f"รายงานครั้งที่ {num}", "", date, "", *desc, "", pct, "", amount, "", "เป็นไปตามแผน", "",
            "เป็นไปตาม", "เป้าหมาย"]


def _upper(num: str, date: str, desc: list[str]) -> list[str]:
    return [f"รายงานครั้งที่ {num}", "", date, "", *desc, "", "vy", "๑", ""]


def _rest(desc: list[str], pct: str, amount: str, plan: str = "เป็นไปตามแผน") -> list[str]:
    return [*desc, "", pct, "", amount, "", plan, "", "เป็นไปตาม", "เป้าหมาย", ""]


def _parse(texts: list[str]):
    return parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])


def _shuffled(rests: list[list[str]]) -> list[str]:
    return [*_whole("1", "13/10/2563", ["ประชุมผู้บริหาร"], "1.00 %", "0 บาท.-"),
            *_upper("4", "3/1/2564", ["อยู่ระหว่าง", "ขั้นตอนพิจารณา"]),
            *_whole("2", "9/11/2563", ["จัดทำโครงการ"], "3.00 %", "27,000 บาท.-"),
            *_upper("5", "14/2/2564", ["ยังไม่สามารถ", "ดำเนินการประชุม"]),
            *_whole("3", "6/12/2563", ["เวียนแจ้ง"], "6.00 %", "0 บาท.-"),
            *_upper("6", "20/3/2564", ["อยู่ระหว่าง", "ติดต่อประสานงาน"]),
            *_TITLES, *[t for rest in rests for t in rest]]


_RESTS = [_rest(["การคัดเลือก", "ผลงาน"], "7.00 %", "0 บาท.-"),
          _rest(["ได้ตามกำหนด", "เนื่องจากรอ"], "12.00 %", "1,500 บาท.-", "ไม่เป็นไปตามแผน"),
          _rest(["ดูงาน (กิจกรรมที่ 3)"], "14.00 %", "0 บาท.-")]


def test_the_cut_columns_rests_go_to_them_in_order():
    result = _parse(_shuffled(_RESTS))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    figures = {n: (e.figure_texts.get("progress", ""), e.figure_texts.get("budget", "")) for n, e in
               result.entries.items()}
    assert "7.00" in figures[4][0] and "0 บาท" in figures[4][1]
    assert "12.00" in figures[5][0] and "1,500" in figures[5][1]
    assert "14.00" in figures[6][0]
    assert "2/2021" not in result.entries[4].description
    assert result.entries[4].description.endswith("การคัดเลือก ผลงาน")
    assert result.entries[5].description.startswith("ยังไม่สามารถ ดำเนินการประชุม ได้ตามกำหนด")
    assert "ไม่" in result.entries[5].figure_texts["plan"]
    assert "ความสอดคล้อง" not in result.entries[6].description
    assert [i for i in result.issues if i.code == "entry_cell_in_doubt" and "by their order" in i.message]


def test_a_rest_lost_places_nothing_by_order():
    # entry 5's rest lost: two blocks for three cut columns, the walk never closes the group
    result = _parse(_shuffled([_RESTS[0], _RESTS[2]]))
    assert "14.00" not in result.entries[5].figure_texts.get("progress", "")
    assert not [i for i in result.issues if "by their order" in i.message]


_DESCS = ["ประชุม", "ได้รับการอนุมัติ", "อยู่ระหว่างติดต่อ", "เวียนแจ้ง"]
_PCTS = ["8.0%", "10.0%", "21.0%", "27.5%"]


def _cut_four(numbers: list[str]) -> list[str]:
    texts = [t for n, d in zip(numbers, _DESCS) for t in _upper(n, f"{n}/3/2563", [d])] + _TITLES
    for pct in _PCTS:  # the flags a narrow cell cut inside their words ("เป็นไปตา" / "มแผน")
        texts += [pct, "", "0 บาท.-", "", "เป็นไปตา", "มแผน", "เป็นไปตา", "มเป้าหม", "าย", ""]
    return texts


def test_a_misread_number_takes_its_place_and_flags_cut_inside_words():
    # headers 1 2 3 '2' (4 read 2: a number the header between 1 and 3 prints in its own place)
    result = _parse(_cut_four(["1", "2", "3", "2"]))
    progress = {n: e.figure_texts.get("progress", "") for n, e in result.entries.items()}
    assert [p.split("= ")[-1] for _, p in sorted(progress.items())] == _PCTS
    assert "เป้าหมาย" in result.entries[4].figure_texts.get("target", "")
    assert result.entries[4].description.startswith("เวียนแจ้ง")


def test_a_number_twice_with_no_header_holding_it_surely_places_nothing():
    # headers 1 2 2 4: the second 2 may be 3 misread, or the first (3 read before 2, out of order): refused
    result = _parse(_cut_four(["1", "2", "2", "4"]))
    assert not [i for i in result.issues if "by their order" in i.message]
