"""Line fixes and furniture recognition: real cases from the seeds, synthetic
OCR damage, and negative cases that look broken but must stay as they are."""

import pytest

from normalizers.furniture import is_page_header, is_page_number, is_printed_by, is_signature_line
from normalizers.text import (
    LINE_FIXES,
    clean_value,
    comparable,
    fix_line,
    fix_line_and_explain,
    skeleton,
    skeleton_at,
)
from pipeline.clean import clean_lines

FIX_CASES = [
    # (raw line, cleaned line, fixes that must have fired)
    (r"**\*\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \*\***",
     "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ", {"strip_markdown"}),
    ("**1.1 รหัสโครงการและชื่อโครงการ**", "1.1 รหัสโครงการและชื่อโครงการ", {"strip_markdown"}),
    (r"ประเด็นยุทธศาสตร์ : \*\*\*\* การปฏิบัติงานประจำของหน่วยงาน \*\*\*\*",
     "ประเด็นยุทธศาสตร์ : การปฏิบัติงานประจำของหน่วยงาน", {"strip_markdown"}),
    ("### ๑. โครงการการคัดเลือก", "๑. โครงการการคัดเลือก", {"strip_markdown"}),
    ("๓. เพื่อคัดเลือก และประเมิน ?ครูดีเด่น?", '๓. เพื่อคัดเลือก และประเมิน "ครูดีเด่น"', {"fix_question_quotes"}),
    ("ตัวชี้วัด คะແนนการประเมิน", "ตัวชี้วัด คะแนนการประเมิน", {"fix_lao_lookalikes"}),  # Lao ແ for แ
    ("คະแนนการประเมิน", "คะแนนการประเมิน", {"fix_lao_lookalikes"}),  # seed 004: Lao ະ for ะ
    ("ค่าน\u0e4d\u0e32", "ค่านำ", {"fix_sara_am"}),
    ("รายงานครั้งที่1\t:: 31/10/2560 : อยู่ระหว่างขั้นตอน...\t\t",
     "รายงานครั้งที่1\t:: 31/10/2560 : อยู่ระหว่างขั้นตอน...", {"collapse_whitespace"}),  # a tab stays a cell gap
    ("ชื่อโครงการ    ส่งเสริม  การเรียนรู้", "ชื่อโครงการ\tส่งเสริม การเรียนรู้", {"collapse_whitespace"}),
    ("| ๑. โครงการ | จำนวน ๕ โครงการ |", "๑. โครงการ\tจำนวน ๕ โครงการ", {"unpipe_table_row"}),
    ("|---|:---:|", "", {"unpipe_table_row"}),
    ("  - (๑)  กลุ่มสาระการเรียนรู้วิทยาศาสตร์", "(๑) กลุ่มสาระการเรียนรู้วิทยาศาสตร์", {"strip_bullet"}),
    ("□□-□ ข้าราชการครู มีขวัญ", "ข้าราชการครู มีขวัญ", {"strip_bullet"}),
    ("[www.cme2.go.th](http://www.cme2.go.th)", "www.cme2.go.th", {"strip_markdown"}),
]

NEGATIVE = [
    "- 2 -",  # a page number, not a bullet
    "why? because",  # a real question mark after Latin text
    "จำนวน ๔๓๗ โรงเรียน",  # Thai digits in running text are kept
    "ค่าอาหารฯ = 10,000.- บาท",
    "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
]


@pytest.mark.parametrize("raw, cleaned, fixes", FIX_CASES)
def test_fix_line(raw, cleaned, fixes):
    text, changed = fix_line_and_explain(raw)
    assert text == cleaned
    assert fixes <= set(changed)


@pytest.mark.parametrize("line", NEGATIVE)
def test_negative_cases_unchanged(line):
    assert fix_line(line) == line


@pytest.mark.parametrize("raw", [c[0] for c in FIX_CASES] + NEGATIVE)
def test_fixes_are_idempotent(raw):
    once = fix_line(raw)
    assert fix_line(once) == once
    for _, fix in LINE_FIXES:
        assert fix(fix(raw)) == fix(raw)


def test_clean_value_is_nfc_and_collapsed():
    assert clean_value("  ค่าน\u0e4d\u0e32   ท่วม \t") == "ค่านำ ท่วม"


def test_skeleton_ignores_marks_and_dots():
    assert skeleton("ชื่อผู้รับผิดชอบ...") == skeleton("ชือผูรบผดชอบ")
    assert comparable("๒.๑  เพื่อ") == "2.1เพื่อ"


@pytest.mark.parametrize("text", ["ชื่อผู้รับผิดชอบ...", "ดำเนินการ ยุติธรรม ตรวจสอบได้", "นํ้า ๑๒: ok…", ""])
def test_skeleton_at_places_each_letter_of_the_skeleton(text):
    shape, where = skeleton_at(text)
    assert shape == skeleton(text) and len(where) == len(shape)
    assert "".join(text.replace("\u0e33", "\u0e32")[i] for i in where) == shape


@pytest.mark.parametrize("line", [
    "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ",
    "แบบแสดงรายงานความกาวหนาและขอมูลเกียวกับโครงการ",  # tone marks dropped
    "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงกา",  # a letter lost
])
def test_page_header_variants(line):
    assert is_page_header(line)


@pytest.mark.parametrize("line", [
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
    "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน",
])
def test_not_page_headers(line):
    assert not is_page_header(line)


def test_page_numbers_and_signatures():
    assert is_page_number("- 2 -") and is_page_number("– 12 –") and is_page_number("หน้า ๓")
    assert not is_page_number("2") and not is_page_number("- 1) ขอรายชื่อ")
    assert is_page_number("nin 3/11") and is_page_number("win 7 จาก ๑ๆ")  # "หน้า" garbled by OCR
    assert is_page_number("หน้า ๑๐ VN ๓๒") and is_page_number("หน้า ๕ VIN ๓๒๐")  # "จาก" garbled by OCR
    assert not is_page_number("หน้า ๕ ของ ๓๒")
    # its numbers garbled (fresh set ag: they became an OBEC finding, silent), no word among them
    assert is_page_number("หน้า 2ซ จาก 27") and is_page_number("หน้า w/o»")
    assert not is_page_number("หน้าที่ ครู/ผอ.") and not is_page_number("หน้าต่าง/ประตู")
    assert not is_page_number("ครั้งที่ 1/2566")
    # a page number alone whose digits OCR wrote as look-alikes (extra4 t005: an OBEC indicator, silent)
    assert is_page_number("หน้า eo") and is_page_number("หน้า @»")
    assert not is_page_number("หน้า ซ้าย") and not is_page_number("หน้า eoeo") and not is_page_number("หน้า")
    # its page count OCR lost, the slash after the page's number left (fresh set s53o: between an entries table's
    # header row and its rows, it cut the table off its header)
    assert is_page_number("หน้า ๓/") and is_page_number("หน้า 5 จาก")
    assert not is_page_number("หน้า/") and not is_page_number("๓/")
    assert is_signature_line("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)")
    assert is_signature_line("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง")
    assert not is_signature_line("ชื่อผู้รับผิดชอบ... : ฝ่ายการศึกษา")


def test_catchword_before_page_break_is_marked():
    text = "(๗)  กลุ่มสาระการเรียนรู้การงาน\n\n(๘)  กลุ่มสาระการเรียนรู้ ...\n\n- 2 -\n\n(๘)  กลุ่มสาระการเรียนรู้สุขศึกษาและพลศึกษา\n"
    lines, fixes = clean_lines(text)
    kinds = {ln.no: ln.kind for ln in lines}
    assert kinds[3] == "catchword" and kinds[5] == "page_number" and kinds[7] == "text"
    assert fixes["catchword"] == 1


def test_ellipsis_value_is_not_a_catchword():
    text = "รายงานครั้งที่1 :: 31/10/2560 : อยู่ระหว่างขั้นตอน...\n:: ความก้าวหน้าของงานฯ = 5.00 %\n"
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines[:2]] == ["text", "text"]


def test_line_numbers_survive_cleaning():
    lines, _ = clean_lines("a\r\nb\rc\n\fd")
    assert [(ln.no, ln.text) for ln in lines if ln.kind == "text"] == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
    assert any(ln.kind == "page_break" for ln in lines)


def test_normalize_fast_path_equals_pythainlp():
    """normalize_thai skips pythainlp's normalize only where it would change nothing."""
    import random

    from pythainlp.util import normalize

    from normalizers.text import normalize_thai
    from tests.conftest import SAMPLES

    texts = [ln for p in sorted(SAMPLES.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(3)
    alphabet = "กขคนมรวสอ เแโใไะาำๅัิีึืุู็่้๊๋์ํฺ\u200b"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(20000)]
    texts += ["เเปลก", "นานาาา", "ก่่า", " ่ก", "ก ุ่ม", "ค่าน\u0e4d\u0e32", "ฤๅษี"]
    for text in texts:
        assert normalize_thai(text) == normalize(text), repr(text)


def test_printed_by_footer_with_a_damaged_date():
    assert is_printed_by("พิมพ์จากระบบ BMA Digital Plans เมื่อ ๑๓//๐๓๑/๒๕๒๐๕ ๐๕๕๕")
    assert is_printed_by("พิมพ์จากระบบ BMA Digital Plans เมื่อ ๑ฒ/๐๓๕/๒๕๒๐๕ ๐๕๕๕")
    assert not is_printed_by("พิมพ์เอกสารประกอบการอบรม จำนวน 105 เล่ม")


def test_printed_by_footer_whose_opening_words_ocr_garbled_or_cut():
    # extra x007 "finns" for "พิมพ์จากระบบ", x012 "จากระบบ" (its "พิมพ์" cut): the system's name, เมื่อ, the date
    assert is_printed_by("finns BMA Digital Plans เมื่อ ๒๑/๐๕/๒๕๒๕ ๐๕:๒")
    assert is_printed_by("จากระบบ BMA Digital Plans เมื่อ 15/09/2564 11-45")
    # the system named in a report's own text (a proposal's "(BMA Digital Plans)") is no footer
    assert not is_printed_by("การบริหารจัดการแผนพัฒนากรุงเทพมหานคร (BMA Digital Plans)")
    assert not is_printed_by("ผ่านระบบ BMA Digital Plans แล้ว")


def test_running_header_wrapped_over_two_lines():
    """A title printed at the top of each page over two lines: after OCR the
    first line stands next to the second, not to the page number."""
    page = "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)\nในโรงเรียนสังกัดสำนักงานเขตหนองจอก\n\nหน้า {n} จาก 3\n\n"
    body = ["1. ขออนุมัติโครงการ\n", "2. จัดสรรงบประมาณ\n", "3. นิเทศ ติดตาม\n"]
    text = "".join(b + page.format(n=n) for n, b in enumerate(body, start=1))
    lines, _ = clean_lines(text)
    assert [ln.text for ln in lines if ln.kind == "text"] == [b.strip() for b in body]


def test_a_running_header_of_three_lines_over_its_page_number_is_furniture_in_every_line():
    """A proposal's header after OCR: the office and project's name wrapped by the page width onto two lines,
    the fiscal year under them, the page number under that, at the top of each page.  The year line stands
    at the page number, the name's second line at the year, its first at the second: each is known only once
    the line under it is (a pass each), and the first was left in the body above it."""
    page = ("สำนักงานเขตบึงกุ่ม โครงการส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่ดีงามของ\nนักเรียนสำนักงานเขตบึงกุ่ม\n"
            "ปีงบประมาณ พ.ศ. 2570\n-{n}-\n")
    body = ["ระยะเวลาดำเนินการ : ตั้งแต่เดือนตุลาคม 2569 ถึงเดือนกันยายน 2570\n\n",
            "สถานที่ดำเนินการ : ห้องประชุมสำนักงานเขต\n\n", "6. แผนปฏิบัติการ\n\n", "7. งบประมาณ\n\n"]
    text = body[0] + "".join(page.format(n=n) + b for n, b in enumerate(body[1:], start=2))
    lines, _ = clean_lines(text)
    assert [ln.text for ln in lines if ln.kind == "text"] == [b.strip() for b in body]


def test_a_footer_wrapped_or_garbled_by_ocr_is_furniture():
    text = ("ผลการดำเนินงาน\n"
            "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.น่าน เขต ๓ เมื่อ\n"
            "๐๕/๐๕]/๒๕๒๕ ๐ฒ:๐๕\n"
            "\n"
            "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.น่าน เขต ๓ เมื่อ ๑@/๐๕/๒๕๒๓ ๑๐:๕๕\n"
            "ครั้งที่ 1/2566 เวลา 10:00\n")
    kinds = [ln.kind for ln in clean_lines(text)[0]]
    assert kinds == ["text", "page_footer", "page_footer", "blank", "page_footer", "text", "blank"]


def test_a_running_header_the_page_width_wrapped_is_furniture_in_both_parts():
    page = ("ผลการดำเนินงานของโครงการที่ {n}\n- {n} -\n"
            "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ\nประจำปีงบประมาณ พ.ศ. 2567\n\n")
    lines = clean_lines("".join(page.format(n=n) for n in range(1, 5)))[0]
    assert {ln.kind for ln in lines if "ประจำปีงบประมาณ" in ln.text} == {"page_header"}
    assert {ln.kind for ln in lines if "ผลการดำเนินงาน" in ln.text} == {"text"}


def test_a_line_printed_on_the_two_sides_of_one_page_break_is_no_running_header():
    # a table's number column across a page break (extra x013): its last row on page 2 and the next on
    # page 3, both OCR-read "รายงานครั้งที่ 3" (8 and ๙ misread), stand at page edges, but at one break
    title = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
    text = (f"{title}\n1. ชื่อโครงการ\n\nหน้า 1/3\n\n{title}\nครั้งที่\nรายงานครั้งที่ ๑\nรายงานครั้งที่ ๓\n"
            f"รายงานครั้งที่ 3\n\nหน้า 2/3\n\n{title}\nรายงานครั้งที่ ๓\n\nวันที่รายงาน : รายละเอียด\n"
            "๒๐๒๓-๑-๙ : จัดทำคำสั่ง\n\nหน้า 3/3\n")
    lines = clean_lines(text)[0]
    assert [ln.kind for ln in lines if ln.text.startswith("รายงานครั้งที่")] == ["text"] * 4
    assert {ln.kind for ln in lines if ln.text == title} == {"page_header"}


def test_a_sara_a_ocr_printed_twice_across_a_space_is_one():
    from normalizers.text import fix_line_and_explain

    assert fix_line_and_explain("งบประ ะมาณที่เบิกใช้ (ครั้งที่ 2) = 0") == ("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0",
                                                                       ("undouble_sara_a",))
    assert fix_line_and_explain("ครูและ ะบุคลากรทางการศึกษา")[0] == "ครูและบุคลากรทางการศึกษา"
    assert fix_line_and_explain("กรุงเทพมหานคร ระยะ 20 ปี") == ("กรุงเทพมหานคร ระยะ 20 ปี", ())  # ระ opens a word


def test_a_form_line_that_two_copies_print_at_a_page_edge_is_not_a_running_header():
    # two copies paginated alike: objectives 3 and 4 stand next to the page
    # footer and the page number in both, on half the pages, but the lines
    # around them are the same each time: they are the form's, not a header
    from pathlib import Path

    from pipeline.stages import process_document

    text = (Path(__file__).parent / "corpus" / "clean" / "bma_progress_030.txt").read_text(encoding="utf-8")
    certified = "ขอรับรองว่า"  # the file cut after the second copy's certification (a cut short third copy aside)
    second = text.index(certified, text.index(certified) + 1)
    two_copies = text[:text.index("\n", second)]
    lines, _ = clean_lines(two_copies)
    kinds = {ln.text: ln.kind for ln in lines}
    assert kinds["- ๓. เพื่อเป็นการยกย่องและเชิดชูเกียรติและสร้างขวัญกำลังใจให้แก่ข้าราชการครูและบุคลากรทางการศึกษา"
                 .replace("- ", "", 1)] == "text"
    rows = process_document("two-copies.txt", two_copies.encode())
    assert len(rows["objectives"]) == 5 and rows["documents"][0]["n_copies"] == 2


def test_a_running_header_with_no_other_page_furniture_is_known_by_the_page_gaps():
    # extra x017: pages parted by four blank lines, each after the first headed by the office's name and
    # nothing else (no page number, footer or form feed); the form parts its paragraphs by one blank line
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra" / "clean" / "bma_progress_x017.txt"
    text = path.read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    office = "สำนักงานเขตยานนาวา"
    assert [ln.kind for ln in lines if ln.text == office] == ["page_header"] * 3
    assert any(ln.kind == "text" and office in ln.text and ln.text != office for ln in lines)  # the name in text stays
    rows = process_document(path.name, text.encode())
    assert not any(r["text"].endswith(office) for r in rows["objectives"])
    assert not any((r["description"] or "").endswith(office) for r in rows["progress_reports"])


def test_a_running_header_after_page_gaps_beside_the_forms_own_double_blank_lines():
    # extra2 z003: the proposal's risk table and signature stand after two blank lines, the pages after four
    page = "สำนักงานเขตทดสอบ\n\n{body}\n\n\n\n"
    bodies = ["๑. ขออนุมัติโครงการ\n\n\nโอกาสที่\n\nราคาวัสดุสูง", "๒. จัดซื้อวัสดุ\n\nความเสี่ยง",
              "๓. ติดตามผล\n\n\n(ลงชื่อ) ผู้เสนอโครงการ"]
    text = "แบบเสนอโครงการ\n\n" + "".join(page.format(body=b) for b in bodies)[len("สำนักงานเขตทดสอบ\n\n"):]
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text == "สำนักงานเขตทดสอบ"] == ["page_header"] * 2
    assert {ln.kind for ln in lines if ln.text == "โอกาสที่"} == {"text"}


def test_a_form_line_that_opens_a_page_of_each_copy_is_no_running_header():
    # two copies paginated alike, the second laid out otherwise (the lines around differ): the line that
    # opens page 2 of each opens two of the three page gaps, not the second copy's first page
    title = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"

    def copy(k: int) -> str:
        return (f"{title}\n\n1. ชื่อโครงการ : พัฒนาครู\n\nเพื่อพัฒนาครู รุ่นที่ {k}\n\n\n\n"
                f"สรุปผลการดำเนินงาน\n\nจัดอบรมครู ครั้งที่ {k}\n")

    lines, _ = clean_lines(copy(1) + "\n\n\n" + copy(2))
    assert [ln.kind for ln in lines if ln.text == "สรุปผลการดำเนินงาน"] == ["text", "text"]


def test_a_line_that_holds_the_running_header_and_a_word_more_is_text():
    # extra x007: a project's name wrapped at a page's foot, its second line 'สังกัด' + the office the running
    # header names, stands next to the printed-by footer within the fuzzy ratio of the header's shape
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra" / "clean" / "obec_progress_x007.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครศรีธรรมราช เขต ๒"
    kinds = [ln.kind for ln in lines if ln.text == office]  # (the cover prints the office as its own text)
    assert kinds.count("page_header") >= 10 and kinds.count("text") <= 2
    assert {ln.kind for ln in lines if ln.text == "สังกัด" + office} == {"text"}


def _extra3(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "corpus" / "extra3" / "clean" / f"{name}.txt").read_text(encoding="utf-8")


def test_a_running_header_on_page_1_too_is_furniture_there_and_the_cover_keeps_its_office():
    # extra3 w002 (furniture_header_first): the office heads every page, page 1 included (the document's first
    # line, no gap before it), and the cover prints the office as its own text too
    lines, _ = clean_lines(_extra3("obec_progress_w002"))
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต ๒"
    kinds = [ln.kind for ln in lines if ln.text == office]
    assert kinds[0] == "page_header" and kinds.count("page_header") >= 10 and "text" in kinds


def test_a_running_headers_tail_wrapped_onto_a_line_of_its_own_is_furniture_on_every_page():
    # extra3 w001 (furniture_header_wrapped): '... รอบ' / '๑๒ เดือน' on every page, page 1 too; the cover's
    # office and title (the header's words in other lines) stay text
    lines, _ = clean_lines(_extra3("obec_progress_w001"))
    assert {ln.kind for ln in lines if ln.text == "๑๒ เดือน"} == {"page_header"}
    assert {ln.kind for ln in lines if ln.text.endswith("การดำเนินงานตามแผนปฏิบัติการ รอบ")} == {"page_header"}
    assert {ln.kind for ln in lines if ln.text == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต ๔"} == {"text"}


def test_a_tables_empty_cells_are_no_page_gap():
    # extra3 proposal w008: a Gantt chart read by columns prints its empty cells as lines of a tab alone;
    # they are no page gap, so the header still opens most of the page gaps
    lines, _ = clean_lines(_extra3("bma_proposal_w008"))
    header = "โครงการพัฒนาห้องสมุดโรงเรียนสู่แหล่งเรียนรู้ตลอดชีวิต สำนักงานเขตบางซื่อ"
    assert [ln.kind for ln in lines if ln.text == header] == ["page_header"] * 5


def test_a_running_header_of_copies_is_furniture_on_every_page_and_the_forms_heading_is_not():
    # extra3 bma w003: two copies, the office above the form's title on each copy's first page and alone on
    # its second; the form's first heading under the title is the form's
    lines, _ = clean_lines(_extra3("bma_progress_w003"))
    assert [ln.kind for ln in lines if ln.text == "สำนักงานเขตหลักสี่"] == ["page_header"] * 4
    assert {ln.kind for ln in lines if ln.text == "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ"} == {"text"}


def test_a_copys_title_that_opens_the_document_and_every_page_is_no_running_header():
    # three one-page copies of a form, each on a page of its own: the title opens the document and every
    # page, but the same heading stands under it each time
    copy = "แบบรายงานผลการดำเนินงาน\n\n1. ชื่อโครงการ\n\nโครงการพัฒนาครู รุ่นที่ {k}\n\nผลการดำเนินงาน ร้อยละ {k}0\n"
    text = "\n\n\n\n".join(copy.format(k=k) for k in range(1, 4))
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == "แบบรายงานผลการดำเนินงาน"} == {"text"}


def test_a_running_header_wrapped_in_two_long_halves_is_furniture_on_every_page():
    # a proposal of the generator's later variants (set "ac", made after the corpus; furniture_header_wrapped):
    # the title the header prints wraps after "(Active", its second half longer than a tail, on page 1 too;
    # one page's printing stands by no other furniture, and after the page gap it took the activity above
    from tests.corpus import proposal_gen

    plan = next(iter(proposal_gen.plans(5, "ac", later=True, newer=True)))
    text = "\n".join(proposal_gen.build(plan, set(), 0)[0]) + "\n"
    lines, _ = clean_lines(text)
    first, second = lines[0].text, lines[1].text
    assert first.endswith("(Active") and len(second) > 40
    assert [ln.kind for ln in lines if ln.text in (first, second)] == ["page_header"] * 10
    # a copy's title wrapped alike, the same heading under it on each copy's page: the form's, text
    copy = f"{first}\n{second}\n\n1. ชื่อโครงการ\n\nโครงการพัฒนาครู รุ่นที่ {{k}}\n"
    lines, _ = clean_lines("\n\n\n\n".join(copy.format(k=k) for k in range(1, 4)))
    assert {ln.kind for ln in lines if ln.text in (first, second)} == {"text"}


def test_a_running_header_on_page_1_too_is_known_after_ocr_with_its_wrapped_tail():
    # extra3 proposal w003, OCR'd: no page gap shows and no other furniture; the header opens the document and
    # six pages, wrapped by the page width over two lines and its year ('๒๕๑๐', misread) on a third; the year
    # in the text (the period's end, wrapped onto a line of its own) stays text and so counts alone
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra3" / "ocr" / "bma_proposal_w003.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    # (two printings twelve lines apart, a short page's, are one too near the other: the second is left text)
    kinds = [ln.kind for ln in lines if ln.text.startswith("สำนักงานเขตคลองเตย โครงการส่งเสริม")]
    assert len(kinds) == 6 and kinds.count("page_header") == 5
    years = [(ln.kind, lines[k - 1].text) for k, ln in enumerate(lines) if ln.text == "๒๕๑๐"]
    assert [kind for kind, _ in years].count("page_header") == 5
    assert [kind for kind, before in years if before.endswith("มิถุนายน")] == ["text"]


def test_the_cover_printing_the_office_a_running_header_names_keeps_it_as_text_after_ocr():
    # extra3 OBEC w002, OCR'd: the office heads every page, page 1 too, and the cover prints it right under the
    # header and again in its address lines: those are the cover's (the report's agency), not the header
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra3" / "ocr" / "obec_progress_w002.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    kinds = [ln.kind for ln in lines if ln.text == "สำนักงานเขตพืนทีการศึกษาประถมศึกษาอุดรธานี เขต ๒"]
    assert kinds[:3] == ["page_header", "text", "text"] and kinds.count("page_header") >= 8


def test_a_line_that_opens_the_document_and_its_copies_after_ocr_is_no_running_header():
    # one-page copies after OCR (pages parted by one blank line): the title opens the document and each copy,
    # above the same heading each time
    copy = "แบบรายงานผลการดำเนินงาน\n\n1. ชื่อโครงการ\n\nโครงการพัฒนาครู รุ่นที่ {k}\n\nผลการดำเนินงาน ร้อยละ {k}0\n"
    lines, _ = clean_lines("\n".join(copy.format(k=k) for k in range(1, 5)))
    assert {ln.kind for ln in lines if ln.text == "แบบรายงานผลการดำเนินงาน"} == {"text"}


def test_a_forms_heading_under_its_title_in_each_project_after_ocr_is_no_running_header():
    # extra x006, OCR'd: projects of one form, each under the form's title (page furniture): the heading
    # under the title opens each project above other text, but the pages have other furniture
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra" / "ocr" / "bma_progress_x006.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ"} == {"text"}


def test_a_running_header_above_the_forms_title_is_known_after_ocr_in_copies():
    # extra3 bma w018, OCR'd: the agency heads every page of three copies, page 1 included, above the form's
    # title (a page header of its own); OCR reads a speck ('๑') at each page's top; the copies repeat what
    # stands under and over the pages' tops, but not all of it
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra3" / "ocr" / "bma_progress_w018.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text == "สำนักการศึกษา"] == ["page_header"] * 7


def test_a_first_line_only_like_the_running_header_is_text_after_ocr():
    # the title block's first row ('ชื่อโครงการ' and the name) is within the fuzzy ratio of a running header
    # that names the project and its office, which heads the pages after the first: the first line is not
    # the printings' commonest reading, so no header printed on page 1 is found there
    name = "พัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน"
    pages = [f"ชื่อโครงการ {name}\nหน่วยงาน สำนักงานเขตบางรัก\n\nหลักการและเหตุผล"]
    pages += [f"โครงการ{name} เขตบางรัก\n\nขั้นตอนที่ {k} ดำเนินการตามแผน รอบที่ {k}\n\nผลที่คาดว่าจะได้รับ ข้อ {k}"
              for k in range(1, 6)]
    lines, _ = clean_lines("\n\n".join(pages))
    assert lines[0].kind == "text"


def test_a_running_headers_printing_standing_alone_mid_copy_after_ocr_is_furniture():
    # extra3 bma w003, OCR'd: two copies, the office above the form's title on each copy's first page (next
    # to furniture) and alone at the top of its second page, where OCR left no furniture beside it
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "extra3" / "ocr" / "bma_progress_w003.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text == "สำนักงานเขตหลักสี"] == ["page_header"] * 4
    assert {ln.kind for ln in lines if "สำนักงานเขตหลักสี" in ln.text and ln.text != "สำนักงานเขตหลักสี"} == {"text"}


def test_the_office_a_proposal_names_under_its_title_is_not_its_running_header():
    # corpus proposal 012, OCR'd: the office alone under the title on page 1 is the printing of the header
    # the later pages carry; it stands before the header's first printing, and the pages have numbers
    from pathlib import Path

    text = (Path(__file__).parent / "corpus" / "ocr" / "bma_proposal_012.txt").read_text(encoding="utf-8")
    lines, _ = clean_lines(text)
    assert lines[2].text == "สำนักงานเขตค้นนายาว" and lines[2].kind == "text"


def test_a_running_header_ocr_read_as_two_lines_the_second_longer_is_furniture_on_every_page():
    # an OBEC report whose running header (the office, then the report's title and round) is its pages' only
    # furniture, page 1 too: OCR reads it as two or three lines, the office the shorter, and no page gap
    # shows. The line under the office is the same under every printing (the header's own second line): the
    # text under the header's block differs from page to page, so it is the header, not a copy's title
    office = "สานกงานเขตพนทการศึกษาประถมศึกษาทดสอบ เขต 1"
    title = "รายงานความก้าวหน้า การดําเนินงานตามแผนปฏิบัติการ"
    bodies = ["ข้อมูล ณ วันที่ 30 กันยายน พ.ศ. 2565\n\nกลุ่มนโยบายและแผน",
              "ส่วนที่ 1 สรุปผลการดำเนินงาน\n\nโครงการทั้งหมด 12 โครงการ",
              "โครงการที่ 1 พัฒนาครู\n\nผลการดำเนินงาน อบรมครู 40 คน",
              "โครงการที่ 2 ส่งเสริมการอ่าน\n\nผลการดำเนินงาน จัดกิจกรรม 3 ครั้ง",
              "โครงการที่ 3 ห้องเรียนคุณภาพ\n\nผลการดำเนินงาน ประเมินโรงเรียน 20 แห่ง"]
    text = "\n\n".join(f"{office}\n\n{title}\nรอบ 12 เดือน\n\n{body}" for body in bodies)
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text == office] == ["page_header"] * 5
    assert [ln.kind for ln in lines if ln.text.startswith("รายงานความก้าวหน้า การดำเนินงาน")] == ["page_header"] * 5
    assert {ln.kind for ln in lines if ln.text.startswith("ผลการดำเนินงาน")} == {"text"}


def test_copies_whose_title_stands_over_the_same_lines_each_time_are_no_running_header_after_ocr():
    # the control: copies of a form, each under the same two lines of title, then the same lines again
    copy = ("สำนักงานเขตทดสอบ\n\nแบบรายงานผลการดำเนินงานตามแผนปฏิบัติการประจำปี\nของสำนักงานเขตพื้นที่ทดสอบ\n\n"
            "ชื่อโครงการ พัฒนาครู\n\nผลการดำเนินงาน รุ่นที่ {k}\n")
    lines, _ = clean_lines("\n".join(copy.format(k=k) for k in range(1, 5)))
    assert {ln.kind for ln in lines if ln.text == "สำนักงานเขตทดสอบ"} == {"text"}


def test_a_line_like_the_running_header_printed_away_from_page_edges_too_is_the_forms_own():
    # extra4 proposal t004 (title_block_table, furniture_header, copies_2): the running header prints the
    # project's name, the title line prints 'ชื่อโครงการ' + the same name; the second copy's title line stands
    # at a page's top, near the header's reading, but the same line also opens the document, away from any
    # page edge: it is the form's line, not a header printing with OCR slips
    from pathlib import Path

    from pipeline.clean import clean_lines

    path = Path(__file__).parent / "corpus" / "extra4" / "clean" / "bma_proposal_t004.txt"
    lines, _ = clean_lines(path.read_text(encoding="utf-8"))
    titles = [ln for ln in lines if ln.text.startswith("ชื่อโครงการ")]
    assert len(titles) == 2
    assert [ln.kind for ln in titles] == ["text", "text"]
    headers = [ln for ln in lines if ln.kind == "page_header" and ln.text.startswith("โครงการ")]
    assert len(headers) >= 5  # the running header itself is still furniture


def test_a_header_on_every_page_but_the_first_is_furniture_where_signatures_are_parted_by_a_page_gap_too():
    # a proposal of the later variants (fresh set "ae"): the header heads every page but the document's first,
    # and the signatures are parted by as many blank lines as the pages, so not every wide gap opens a page
    header = "โครงการพัฒนาครูด้านดิจิทัล เขตบางรัก"
    page1 = "ชื่อโครงการ\nพัฒนาครูด้านดิจิทัล เขตบางรัก\n5. ระยะเวลาและสถานที่ดำเนินการ\nระยะเวลาดำเนินการ : ตุลาคม ๒๕๖๖"
    page2 = f"{header}\n\nสถานที่ดำเนินการ : โรงเรียนในสังกัด\n6. แผนปฏิบัติการ\nขออนุมัติโครงการ"
    page3 = f"{header}\n\n9. ความเสี่ยง\nระดับของความเสี่ยง\n(ลงชื่อ)........ผู้เสนอโครงการ\n\n\n(ลงชื่อ)........ผู้อนุมัติโครงการ"
    copy = "\n\n\n".join([page1, page2, page3])
    lines, _ = clean_lines(copy + "\n\n\n" + f"{header}\n\n" + copy + "\n")
    assert [ln.kind for ln in lines if ln.text == header] == ["page_header"] * 5
    assert next(ln for ln in lines if ln.text.startswith("ระยะเวลา")).kind == "text"
    # a section heading at the top of a page of each copy, over each copy's own layout: the form's, text
    heading = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"
    copies = [f"แบบแสดงรายงานความก้าวหน้า\n1. ชื่อโครงการ\nโครงการ ก\n\n\n{heading}\n{body}"
              for body in ("รายงานครั้งที่ 1 : ประชุม", "ครั้งที่\tวันที่รายงาน", "ครั้งที่\nรายงานครั้งที่ 1")]
    lines, _ = clean_lines("\n\n\n".join(copies) + "\n")
    assert {ln.kind for ln in lines if ln.text == heading} == {"text"}


def test_the_first_part_of_a_wrapped_header_heading_only_the_second_page_is_furniture():
    # fresh set "af" (bma_progress, furniture_header_wrapped, two pages): the header ("<office> <form title>",
    # wrapped onto two lines) heads page 2 only; its second line is the form's title, printed at page 1's top
    # too, so it is known; its first line, the office alone, is printed once, right over it after page 1's
    # footer: the header's too (a page's body never starts above its header)
    from pipeline.clean import clean_lines

    title = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
    page1 = f"{title}\n1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ\nหน่วยงานที่รับผิดชอบ : สำนักงานเขตทดสอบ\n\nหน้า 1 จาก 2"
    page2 = f"สำนักงานเขตทดสอบ\n{title}\n\n2. รายงานความก้าวหน้าของโครงการ\nรายงานครั้งที่ 1\n\nหน้า 2 จาก 2"
    lines, _ = clean_lines(page1 + "\n\n\n" + page2 + "\n")
    assert next(ln for ln in lines if ln.text == "สำนักงานเขตทดสอบ").kind == "page_header"
    assert [ln.kind for ln in lines if ln.text == title] == ["page_header", "page_header"]
    # the same line over a header with no page furniture above it (the document's start) stays text
    lines, _ = clean_lines(page2 + "\n\n\n" + page1 + "\n")
    assert next(ln for ln in lines if ln.text == "สำนักงานเขตทดสอบ").kind == "text"


def test_a_signers_position_a_page_break_parted_from_the_block_is_signature():
    # fresh set s30o (OBEC): the position line stood alone on the next page and ran on into the last finding
    text = ("ข้อเสนอแนะ\n\nหน่วยงานควรเพิ่มระยะเวลาในการอบรม\n\nลงชื่อ..............ผู้รายงาน\n(นายสมชาย พิทักษ์ธรรม)\n\n"
            "- ๑๔ -\n\n\nตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n\n- ๑๕ -\n")
    kinds = {ln.text: ln.kind for ln in clean_lines(text)[0]}
    assert kinds["(นายสมชาย พิทักษ์ธรรม)"] == "signature"
    assert kinds["ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน"] == "signature"
    assert kinds["หน่วยงานควรเพิ่มระยะเวลาในการอบรม"] == "text"
    # a position line after a page break with no signature before it stays text
    kinds = {ln.text: ln.kind for ln in clean_lines("ข้อเสนอแนะ\n\n- ๑๔ -\n\nตำแหน่ง ผู้อำนวยการกลุ่ม\n")[0]}
    assert kinds["ตำแหน่ง ผู้อำนวยการกลุ่ม"] == "text"


def test_a_header_between_the_certification_and_its_signature_line_is_furniture_not_its_wrap():
    # fresh set s38o (bma_progress, furniture_header_first, no page numbers): the office's name heads every
    # page; the last page broke between the certification sentence and "ลงชื่อ", so that printing was taken
    # for the sentence's wrap, the header was then printed only twice, and its page-2 printing ran into the
    # objective above it
    office = "สำนักงานเขตทดสอบ"
    certify = "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง"
    page1 = (f"{office}\n\nแบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ\n\nหน่วยงานที่รับผิดชอบ : {office}\n\n"
             "1.4 วัตถุประสงค์ของโครงการ\n\n1  เพื่อยกระดับมาตรฐานการให้บริการ")
    page2 = f"{office}\n\n2  เพื่อพัฒนาบุคลากร\n\n2. รายงานความก้าวหน้าของโครงการ\n\nรายงานครั้งที่ 1\n\n{certify}"
    page3 = f"{office}\n\nลงชื่อ..............................ผู้รายงาน\nตำแหน่ง ผู้อำนวยการ\n"
    gap = "\n" * 6
    lines, _ = clean_lines(page1 + gap + page2 + gap + page3)
    assert [ln.kind for ln in lines if ln.text == office] == ["page_header"] * 3
    assert next(ln for ln in lines if ln.text.startswith("ลงชื่อ")).kind == "signature"
    # the certification's real wrap (a copy prints it again, under its own certification) stays in the block
    wrapped = f"{certify}\nเพื่อเป็นหลักฐานไว้ตรวจสอบ\nลงชื่อ..............................ผู้รายงาน\n"
    lines, _ = clean_lines(("1  เพื่อพัฒนาบุคลากร\n\n" + wrapped + "\n") * 2)
    assert [ln.kind for ln in lines if ln.text == "เพื่อเป็นหลักฐานไว้ตรวจสอบ"] == ["signature"] * 2
    # and where OCR lost the first copy's signature line, the second copy's wrap is still the block's
    lost = wrapped.replace("ลงชื่อ..............................ผู้รายงาน", "ผู้รายงาน")
    lines, _ = clean_lines("1  เพื่อพัฒนาบุคลากร\n\n" + lost + "\n" + "1  เพื่อพัฒนาบุคลากร\n\n" + wrapped)
    assert [ln.kind for ln in lines if ln.text == "เพื่อเป็นหลักฐานไว้ตรวจสอบ"][-1] == "signature"


def test_a_page_number_whose_digits_ocr_garbled_between_dashes_is_furniture():
    # fresh set s48z (obec_progress 001): "- ๒ -" read "- า๒ -", "- & -", "- จ: -"; the clean-up took the
    # first dash for a bullet, so the line stood as text ("า๒ -") and its page showed no edge.  The
    # document prints its page numbers between dashes: one read whole says so
    for raw in ("- า๒ -", "- & -", "- จ: -", "- เจ| -"):
        kinds = [ln.kind for ln in clean_lines(f"ข้อความ\n\n{raw}\n\nข้อความอื่น\n\n- ๓ -\n\nท้าย\n")[0]
                 if ln.kind != "blank"]
        assert kinds[1] == "page_number", raw
        # where no page number reads so, a line of a mark or a word between dashes is text
        kinds = [ln.kind for ln in clean_lines(f"ข้อความ\n\n{raw}\n\nข้อความอื่น\n")[0] if ln.kind != "blank"]
        assert kinds[1] == "text", raw
    # a word between dashes is text
    assert [ln.kind for ln in clean_lines("ข้อความ\n\n- ขอ -\n\n- ๓ -\n")[0] if ln.kind != "blank"][1] == "text"


def test_a_running_headers_line_above_its_known_lines_is_furniture_too():
    # fresh set s48z (obec_progress 001): the header "รายงานความก้าวหน้า ... ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    # สำนักงานเขตพื้นที่การศึกษาประถมศึกษา... เขต ๕" wrapped over four lines above each page's number
    # (its year cut by OCR to "๒๕๒", once "๒๕๒๑"), a few numbers lost: its last two lines were known at
    # the page numbers, its year line, at no page edge, was weighed against the page count those lines
    # made (two a page) and read as a target's text
    head = ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ\nประจำปีงบประมาณ พ.ศ. ๒๕๒ สำนักงานเขตพื้นทีการศึกษา\n"
            "ประถมศึกษาราชบุรี\nเขต ๕\n")
    bodies = ["เป้าหมายเชิงผลผลิต (Output)\nครูได้รับการพัฒนา จำนวน {k}๐ คน",
              "ปัญหา อุปสรรค\nงบประมาณไม่เพียงพอต่อการดำเนินกิจกรรม รอบที่ {k}",
              "กิจกรรมหลักที่ {k} ประชุมเชิงปฏิบัติการ\nดำเนินการแล้วเสร็จตามแผนที่กำหนด ครั้งที่ {k}"]
    pages = []
    for k in range(2, 10):
        number = f"- {'๐๑๒๓๔๕๖๗๘๙'[k]} -\n\n" if k % 3 else ""  # every third page's number lost
        printing = head.replace("๒๕๒ ", "๒๕๒๑ ") if k == 7 else head  # one page's year read otherwise again
        pages.append(printing + "\n" + number + bodies[k % 3].format(k=k) + "\n")
    lines, _ = clean_lines("สำนักงานเขตพื้นทีการศึกษาประถมศึกษาราชบุรี เขต ๕\n\n" + "\n".join(pages))
    year = "ประจำปีงบประมาณ พ.ศ. ๒๕๒ สำนักงานเขตพื้นทีการศึกษา"
    assert [ln.kind for ln in lines if ln.text in (year, year.replace("๒๕๒ ", "๒๕๒๑ "))] == ["page_header"] * 8
    assert {ln.kind for ln in lines if ln.text in ("ประถมศึกษาราชบุรี", "เขต ๕")} == {"page_header"}
    # and the line above that (the title's first line), printed nowhere else
    assert {ln.kind for ln in lines if ln.text == "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"} == {"page_header"}
    # the line above, where the text prints it too (the report's title on its cover), is the form's own
    title = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"
    lines, _ = clean_lines(f"กลุ่มนโยบายและแผน\n\n{title}\n\nข้อมูล ณ วันที่ ๓๑ ธันวาคม\n\n" + "\n".join(pages))
    assert {ln.kind for ln in lines if ln.text == title} == {"text"}
    assert [ln.kind for ln in lines if ln.text in (year, year.replace("๒๕๒ ", "๒๕๒๑ "))] == ["page_header"] * 8


def test_page_number_whose_slash_ocr_read_as_a_letter():
    # "หน้า 1/7" read with its "1/" as a letter, the page and count one token (fresh set s77o bma_proposal_s77o002:
    # the page word ran into an action-plan step's text, silent; s72b, s74b, s76b print the same): a page number
    assert is_page_number("หน้า บ7") and is_page_number("หน้า เบ47") and is_page_number("หน้า บ๓0")
    # a word after the page word (two Thai letters in a row), or no digit, is no page number
    assert not is_page_number("หน้า ซ้าย2") and not is_page_number("หน้า eoeo") and not is_page_number("หน้า ผอ.")
