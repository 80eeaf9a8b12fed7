"""A table of entries as columns (parsers.bma_progress.transposed) whose flag row's label a narrow column wrapped
inside its word "ความสอดคล้อง", the rest on the next line with the flags' last words ("ความสอดคล้ เป็นไปตาม
เป็นไปตาม ..." / "องกับแผน<gap>แผน<gap>แผน ...": fresh set q s22q002).  "องกับแผน" was no label's tail the reader
knew ("ล้องกับแผน" was), so it was read as the first entry's cell, the flags' last words went to the wrong
entries, and the plan flags were lost.  Lines modified from the OCR of s22q002."""

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

_TABLE = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4",
    "วันที่รายงาน\t26/11/2562\t22/12/2562\t12/01/2563\t15/02/2563",
    "รายละเอียดการ\tจัดทำคำสั่ง\tอยู่ระหว่าง\tประชุม\tอยู่ระหว่าง",
    "ความก้าวหน้า\t3\t22\t23\t33",
    "งบประมาณที่\t0.00 บาท\t0.00 บาท\t0.00 บาท\t0.00 บาท",
    "ความสอดคล้ เป็นไปตาม เป็นไปตาม เป็นไปตาม เป็นไปตาม",
)
_TARGET = ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",)


def _plans(tail: str):
    result = parse_entries([Line(i, t) for i, t in enumerate((*_TABLE, tail, *_TARGET), start=1)])
    values = {n: figure_values(result.entries[n])[0] for n in result.entries}
    return [values[n].get("on_plan") for n in (1, 2, 3, 4)]


def test_a_flag_labels_tail_cut_inside_its_word_is_the_labels():
    assert _plans("องกับแผน\tแผน\tแผน\tแผน\tแผน") == [True, True, True, True]
    assert _plans("งกับแผน\tแผน\tแผน\tแผน\tแผน") == [True, True, True, True]


def test_a_cell_of_other_words_is_no_labels_tail():
    # the line is no label's tail and its cells no one per entry: set aside and said; the plan flags are then read
    # from their opening words alone, between the figures and the target flags (entries.plan_flags_garbled), each
    # said (before that rule, the plans were lost)
    result = parse_entries([Line(i, t) for i, t in enumerate((*_TABLE, "องค์กร\tแผน\tแผน\tแผน\tแผน", *_TARGET),
                                                            start=1)])
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.on_plan" and i.line_start == 7
               for i in result.issues)
    said = [i for i in result.issues if i.code == "label_inferred" and i.field == "progress_reports.on_plan"]
    assert len(said) == 4 and all(i.line_start == 6 for i in said)
