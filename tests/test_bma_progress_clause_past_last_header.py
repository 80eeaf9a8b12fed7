"""BMA progress form, a budget clause naming the report past the last header ("(ครั้งที่ ๕)" in report 4, the
last, its ๔ read as ๕), inside an entry with no figures of its own: read so, it opened report 5 (its header taken
for lost) and report 4 kept none of its figures or flags.  It is the entry's own clause when its digits may be
that entry's number (assemble._Assembler._misread_next), and said (value_repaired); an entry that has figures of
its own leaves the clause to the report it names (a header lost)."""

from tests.bma_entries import entry_flags


def _entries(clause: str, own_figures: bool = False) -> list[str]:
    lines = ["รายงานครั้งที่ ๓ ๒๒/๐๕/๒๕๖๔ : อยู่ระหว่างการเตรียมการสัมมนาเชิงปฏิบัติการ",
             "ความก้าวหน้าของงานฯ = ๕๓ งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๕๐๐.๐๐ บาท",
             "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
             "",
             "รายงานครั้งที่ ๔ ๒๓/๐๖/๒๕๖๔ : อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน"]
    if own_figures:
        lines += ["ความก้าวหน้าของงานฯ = ๖๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๑๐๐.๐๐ บาท",
                  "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
                  "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด"]
    return lines + [f"ความก้าวหน้าของงานฯ = ๖๙ งบประมาณที่เบิกใช้ (ครั้งที่ {clause}) = 0.00",
                    "บาท ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]


def test_a_clause_naming_the_report_past_the_last_in_an_entry_without_figures_is_that_entrys():
    flags, result = entry_flags(*_entries("๕"), start=10)
    assert flags == {3: (True, True), 4: (False, True)}
    assert result.entries[4].figures["progress"] == "69" and result.entries[4].figures["budget"] == "0.00"
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert [(i.line_start, i.line_end) for i in said] == [(15, 16)]
    assert "report 4 names report 5" in said[0].message
    assert not [i for i in result.issues if i.code == "entry_header_missing"]


def test_an_entry_with_figures_of_its_own_leaves_the_clause_to_the_report_it_names():
    flags, result = entry_flags(*_entries("๕", own_figures=True), start=10)
    assert set(flags) == {3, 4, 5} and flags[5] == (False, True)
    assert result.entries[4].figures["progress"] == "60"
    assert [i.code for i in result.issues if i.field == "progress_reports.seq"] == ["entry_header_missing"]


def test_a_number_the_digits_cannot_be_misread_from_opens_the_report_it_names():
    flags, result = entry_flags(*_entries("๖"), start=10)  # ๖ is no reading of ๔: report 6, its header lost
    assert 6 in flags and flags[4] == (None, None)


def _four_reports(clause: str, progress: str = "๔๐", last: str = "๗๐") -> list[str]:
    """Reports 1 to 4, every header read, report 2's figures closing with a clause that names `clause`."""
    return ["รายงานครั้งที่ ๑ ๒๒/๐๕/๒๕๖๔ : อยู่ระหว่างการเตรียมการสัมมนาเชิงปฏิบัติการ",
            "ความก้าวหน้าของงานฯ = ๒๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
            "รายงานครั้งที่ ๒ ๒๓/๐๖/๒๕๖๔ : อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน",
            f"ความก้าวหน้าของงานฯ = {progress} งบประมาณที่เบิกใช้ (ครั้งที่ {clause}) = ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
            "รายงานครั้งที่ ๓ ๒๓/๐๗/๒๕๖๔ : จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด",
            "ความก้าวหน้าของงานฯ = ๖๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
            "รายงานครั้งที่ ๔ ๒๓/๐๘/๒๕๖๔ : ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ",
            f"ความก้าวหน้าของงานฯ = {last} งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]


def test_a_clause_past_the_last_report_whose_progress_fits_only_the_entry_it_stands_in_is_that_entrys():
    """"(ครั้งที่ 7)" in report 2 of 4 (a fresh set's: "9" in report 6 of 8), a number no digit table reads
    for 2, near enough past the last to be a report whose header was lost: its progress (40) lies between
    reports 1 and 3 (20, 60) and below report 4's (70), where a report 7 after it would have fallen back; read
    as report 2's, and said (before, report 2 lost its figures and flags and a report 7 was added)."""
    flags, result = entry_flags(*_four_reports("7"), start=10)
    assert set(flags) == {1, 2, 3, 4}
    assert result.entries[2].figures["progress"] == "40"
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert len(said) == 1 and "report 2 names report 7" in said[0].message and "progress" in said[0].message
    assert not [i for i in result.issues if i.code == "entry_header_missing"]


def test_a_clause_past_the_last_report_whose_progress_does_not_fit_opens_the_report_it_names():
    for progress, last in (("๘๐", "๗๐"), ("๖๕", "๗๐"), ("๑๐", "๗๐")):  # past report 4's, past 3's, below 1's
        flags, result = entry_flags(*_four_reports("7", progress, last), start=10)
        assert 7 in flags and flags[2] == (None, None), (progress, last)
