"""BMA progress form, figures read after an entry's flags with nothing of another entry between (no date, no
words, no expense line), or a budget clause naming the entry those flags closed: cells of that entry OCR read
apart from it (a table's column read after the row, "งบประมาณที่เบิกใช้ (ครั้งที่ 3] = 822,800" after report 3's
flags).  Taken for the next entry's, its header lost, they opened a report the document does not print (a row of
figures, no date, no description: entry_header_missing).  They are the closed entry's
(assemble._Assembler._header_lost); where it has that figure already the first is kept and the clash said
(conflicting_figures), and a copy whose flags count an entry more says the entry lost (entries_shown)."""

from tests.bma_entries import entry_flags

HEAD = ["รายงานครั้งที่ ๑ ๐๓/๐๑/๒๕๖๗ : จัดทำโครงการเพื่อขออนุมัติ",
        "ความก้าวหน้าของงานฯ = ๕ งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ ๒ ๐๑/๐๒/๒๕๖๗ : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"]


def test_a_budget_clause_naming_the_entry_its_flags_closed_is_that_entrys():
    flags, result = entry_flags(*HEAD, "ความก้าวหน้าของงานฯ = ๑๐", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "ใช้",
                                "งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๕๐๐ บาท", start=10)
    assert set(flags) == {1, 2}
    assert result.entries[2].figures["budget"] == "500" and result.entries[2].figures["progress"] == "10"
    assert not [i for i in result.issues if i.code == "entry_header_missing"]


def test_figures_alone_after_the_flags_go_to_the_entry_and_a_clash_is_said():
    flags, result = entry_flags(*HEAD, "ความก้าวหน้าของงานฯ = ๑๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
                                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "งบประมาณที่เบิกใช้ = ๔๘๐๐๐ บาท",
                                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", start=10)
    assert set(flags) == {1, 2} and result.entries[2].figures["budget"] == "0"
    said = [(i.code, i.field, i.line_start, i.line_end) for i in result.issues]
    assert ("conflicting_figures", "progress_reports.disbursed", 16, 17) in said
    assert len(result.shown) == 3  # three flag pairs: the copy counts an entry more (rows.entries_lost says it)


def test_words_after_the_flags_still_open_the_next_entry_whose_header_was_lost():
    flags, result = entry_flags(*HEAD, "ความก้าวหน้าของงานฯ = ๑๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
                                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู",
                                "ความก้าวหน้าของงานฯ = ๒๐ งบประมาณที่เบิกใช้ = ๐ บาท",
                                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", start=10)
    assert set(flags) == {1, 2, 3} and result.entries[3].description.startswith("เวียนแจ้ง")
    assert [i.code for i in result.issues if i.field == "progress_reports.seq"] == ["entry_header_missing"]
