"""An entries table whose header row and date row (maybe its description row)
OCR read across and whose other rows it read column by column (the labels'
column alone, then each entry's cells one under another:
parsers.bma_progress.transposed._column_blocks), where OCR damaged what tells
the blocks apart (s51o007, s52o003, s52z009):

- a later entry printed as a table of its own under this one, its header AND
  its date row crossed by the reading between two blocks: set aside with that
  entry (before, only a header with no date under it was; a date under it
  ended the blocks and no entry of the table got its figures).  Where the
  later entry's rows after the table open with a date row of their own, or
  another such header is followed by one block too many, the blocks are
  another table's columns read interleaved: not placed;
- a label a wrap cut inside its word ("ความก้าวหน้" / "าของงานฯ") or whose
  wrapped piece OCR garbled ("ของงานปฯ"): still the labels' column;
- the first block's progress printed with no sign ("1" over "0 บาท"): no speck
  of the labels' column;
- a flag a wrap cut inside its word ("เป็นไปตา" / "มแผน") right after the
  amount alone (the progress OCR lost), the amount's unit wrapped under it
  ("0.00" / "บาท");
- the target's flag cut after "เป็นไปตา" / "ม" (its object lost: said where
  the flags are read), or lost whole right before the next block's figure
  (even one whose first characters OCR garbled, "ไตฒ.๐%");
- a header row with no label cell whose last header OCR read as Latin letters
  ("ครั้งที ๑ ครังที ๒<tab>ครังที ๓<tab>asin ๕")."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import untranspose_with_doubts
from tests.bma_entries import assert_entry_figures
from tests.lines import numbered_lines

_HEAD = (
    "รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2",
    "วันที่รายงาน\t22/12/2562\t1 พ.ค. 63",
    "รายละเอียดการ\tได้รับ\tประชุม",
    "ดำเนินงาน\tการอนุมัติ\tผู้บริหาร",
)
_LABELS = ("ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง",
           "กับเป้าหมาย")
_FLAGS = ("เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
_FIRST = ("โครงการ", "และโอนเงิน", "19.0%", "0 บาท", *_FLAGS)
_LATE = ("รายงานครั้งที่ 3", "16/9/63")
_SECOND = ("สถานศึกษา", "เพื่อกำหนด", "79.0%", "2,500 บาท", *_FLAGS)
_LATE_ROWS = ("รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของงานฯ", "ดำเนินการสัมมนาเชิงปฏิบัติการ", "84.0%",
              "21200 บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def _entries(*texts: str):
    result = parse_entries(numbered_lines(*texts, start=100))
    return result.entries, result


def test_a_later_header_and_its_date_between_blocks_stand_with_that_entry():
    entries, result = _entries(*_HEAD, *_LABELS, *_FIRST, *_LATE, *_SECOND, "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ")
    assert sorted(entries) == [1, 2, 3]
    assert_entry_figures(entries, {1: (Decimal("19"), Decimal("0"), True, "ได้รับ"),
                                   2: (Decimal("79"), Decimal("2500"), True, "ประชุม")})
    assert "สถานศึกษา" in entries[2].description and "16/9" not in entries[2].description
    assert str(entries[3].date) == "2020-09-16"
    assert any(i.code == "entry_cell_in_doubt" and "รายงานครั้งที่ 3" in i.message for i in result.issues)


def test_blocks_after_a_crossed_header_and_date_are_not_placed_when_the_reading_crossed_another_table():
    # the later entry's rows after the table open with a date row of their own: its date between the blocks was
    # none of its rows, the column after it maybe another table's
    entries, _ = _entries(*_HEAD, *_LABELS, *_FIRST, *_LATE, *_SECOND, "วันที่รายงาน\t16/9/63", *_LATE_ROWS[:2])
    assert "progress" not in entries[1].figures
    # another later header and date, then one block too many: the columns of another table, read interleaved
    more = ("รายงานครั้งที่ 4", "30/9/63", "61.00 %", "23,100 บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")
    entries, _ = _entries(*_HEAD, *_LABELS, *_FIRST, *_LATE, *_SECOND, *more)
    assert "progress" not in entries[1].figures


def test_a_label_cut_inside_its_word_and_a_bare_first_progress_keep_the_labels_column():
    labels = ("ความก้าวหน้", "าของงานฯ", "งบประมาณ", "ที่เบิกใช้", "ความสอดคล้", "องกับแผน", "ความสอดคล้", "องกับ",
              "เป้าหมาย")
    blocks = ("1", "0 บาท", *_FLAGS, "ดำเนินการ", "10", "0 บาท", "ไม่", "เป็นไปตาม", "แผน", *_FLAGS)
    entries, _ = _entries(*_HEAD, *labels, *blocks)
    for seq, (progress, on_plan) in {1: (1, True), 2: (10, False)}.items():
        values, bad = figure_values(entries[seq])
        assert not bad and values["progress_pct"] == Decimal(progress) and values["on_plan"] is on_plan, seq
    assert "ดำเนินการ" in entries[2].description
    # a label's wrapped piece OCR garbled between two labels ("ของงานปฯ")
    garbled = tuple("ของงานปฯ" if t == "ของงานฯ" else t for t in _LABELS)
    entries, _ = _entries(*_HEAD, *garbled, *_FIRST, *_SECOND)
    assert_entry_figures(entries, {1: (Decimal("19"), Decimal("0"), True, "ได้รับ"),
                                   2: (Decimal("79"), Decimal("2500"), True, "ประชุม")})
    assert "ของงาน" not in entries[1].description


def test_a_cut_flag_after_the_amount_alone_and_its_unit_wrapped_under_it():
    first = ("โครงการ", "0.00", "บาท", "เป็นไปตา", "มแผน", "เป็นไปตา", "ม", "เป้าหมาย")
    entries, _ = _entries(*_HEAD, *_LABELS, *first, *_SECOND)
    assert "progress" not in entries[1].figures and entries[1].figures.get("plan") is True
    assert figure_values(entries[1])[0]["disbursed"] == Decimal("0")
    assert "บาท" not in entries[1].description and "เป็นไป" not in entries[1].description
    assert_entry_figures(entries, {2: (Decimal("79"), Decimal("2500"), True, "ประชุม")})


def test_a_target_flag_cut_or_lost_whole_before_the_next_block():
    cut = ("โครงการ", "19.0%", "0 บาท", "เป็นไปตาม", "แผน", "เป็นไปตา", "ม")
    entries, result = _entries(*_HEAD, *_LABELS, *cut, *_SECOND)
    assert_entry_figures(entries, {2: (Decimal("79"), Decimal("2500"), True, "ประชุม")})
    assert figure_values(entries[1])[0]["progress_pct"] == Decimal("19")
    assert any(i.code == "label_inferred" and i.field == "progress_reports.on_target" for i in result.issues)
    lost = ("โครงการ", "19.0%", "0 บาท", "เป็นไปตาม", "แผน")
    for figure in ("79.0%", "ไตฒ.๐%"):
        entries, _ = _entries(*_HEAD, *_LABELS, *lost, figure, "2,500 บาท", *_FLAGS)
        assert figure_values(entries[1])[0]["progress_pct"] == Decimal("19") and "target" not in entries[1].figures
        assert figure_values(entries[2])[0]["disbursed"] == Decimal("2500")


def test_a_header_row_with_no_label_and_its_last_header_in_latin_letters():
    head = "ครั้งที ๑ ครังที ๒\tครังที ๓\tasin ๕"
    lines, issues = untranspose_with_doubts(numbered_lines(
        head, "วันทีรายงาน\t1/12/2563\t3/1/2564\t7/2/2564\t9/3/2564", *_LABELS,
        *(b for k in range(4) for b in (f"{k + 1}.00 %", "0.00 บาท", *_FLAGS)), start=100))
    heads = [ln for ln in lines if ln.text.startswith("รายงานครั")]
    assert len(heads) == 4 and heads[-1].text == "รายงานครั้งที่ 4"
    assert "ความก้าวหน้าของงานฯ = 4.00 %" in [ln.text for ln in lines]
    assert any(i.code == "entry_cell_in_doubt" and "asin" in i.message for i in issues)


def test_a_row_label_over_an_amount_names_no_expense_item():
    # (s51o007) the progress label's column and the amounts' column read apart, line by line: "ความก้าวหน้าของงานฯ"
    # / "= 0.00 บาท" is no expense line of the entry above (before, each pair was one, its item the label)
    from parsers.bma_progress.clauses import expenses_in

    for text in ("ความก้าวหน้าของงานฯ\n= ๐.๐๐ บาท", "ความก้าวหน้าของงานฯ = 0.00 บาท", "ความสอดคล้องกับแผน = 0.00 บาท",
                 "งบประมาณที่\nเบิกใช้ (ครั้งที่\n@) = ๒๒,๕๐๐\nบาท.-"):
        assert expenses_in(text, text, 1) == [], text
    text = "ค่าวัสดุ = 3,500.- บาท"
    assert [e.value.item for _, _, e in expenses_in(text, text, 1)] == ["ค่าวัสดุ"]
