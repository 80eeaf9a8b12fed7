"""A progress clause whose label OCR lost or damaged past PROGRESS_RE's tolerance: the figure after "=" with its
"%" after the description's "::" (":: = ๑๕.๐% :", ":: 0 = ๒๒.๐% : งบประมาณ..."), or after one word that reads as
the label ("ความก้าวหบน้าของงานฯ = ๕๕.๐% :", "ความก้าาหน้าของงามท = ๕๕.00" / ": งบประมาณ...", its sign read as a
character alone on the next line: "ความกาวหนาขอสนา = 9.00" / "6 : งบประมาณ..."), is the entry's
progress (parsers.bma_progress.clauses.unlabelled_progress).  Before, the figure was left in the description or
lost and the entry had no progress ("no progress figures in any copy").  A figure after "=" with neither the
separator and its sign nor a word like the label (an expense line's amount, a budget clause) is none."""

from parsers.bma_progress.clauses import events_of, progress_token
from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line
from tests.lines import numbered_lines


def _entries(*texts: str):
    return parse_entries(numbered_lines(*texts, start=40)).entries


def test_a_figure_with_its_sign_after_the_separator_is_the_progress():
    entries = _entries(
        "รายงานครั้งที่ 4 :: 23 ม.ค. 2565 : อยู่ระหว่างการดำเนินการ",
        "และ เจ้าหน้าที่ดำเนินโครงการ :: = ๑๕.๐% :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 5 :: 26 ก.พ. 2565 : ดำเนินการอบรมเชิงปฏิบัติการ",
        ":: 0 = ๒๒.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )
    for seq, pct in {4: 15.0, 5: 22.0}.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == pct, seq
        assert "%" not in entries[seq].description and "=" not in entries[seq].description, seq


def test_a_figure_after_a_word_like_the_label_is_the_progress():
    entries = _entries(
        "รายงานครั้งที่ 6 :: 2 มี.ค. 2565 : ประชุมคณะกรรมการ",
        ":: ความก้าวหบน้าของงานฯ = ๕๕.๐% : งบประมาณทีเบิกใช้ (ครั้งที 6) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 7 :: 9 เม.ย. 2565 : อยู่ระหว่างการรวบรวมเอกสาร ::",
        "ความก้าาหน้าของงามท = ๕๕.00",
        "",
        ": งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 0.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 8 :: 9/5/2565 : จัดเตรียมข้อมูล/จัดทําโครงการ ::",
        "ความกาวหนาขอสนา = 55.00",
        "6 : งบประมาณที่เบิกใช้ (ครั้งที่. 8) = 0.00 บาท :  เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )
    for seq in (6, 7, 8):
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == 55.0, seq
    assert entries[8].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"  # the sign OCR read as a 6 is no text
    assert progress_token("ความก้าาหน้าของงามท = ๕๕.00") == "๕๕.00"
    assert progress_token(":: 0 = ๒๒.๐% : งบประมาณ") == "๒๒.๐"


def test_a_figure_after_an_equals_sign_alone_is_no_progress():
    for text in ("ค่าอาหารกลางวัน = 2,175.00 บาท :: งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท",
                 ":: = 80 : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท",  # no sign after the separator's figure
                 "ผู้เข้าร่วมโครงการทั้งหมด = 80 % ของกลุ่มเป้าหมาย",  # a word unlike the label
                 "ความสอดคล้องกับแผน = 80 % :"):
        assert all(ev.kind != "progress" for ev in events_of(Line(5, text))), text
