"""OCR's reading of a chart is no page's furniture, and a cover's office is no running header.

Fresh set s97o, obec_progress_s97o003 (a report of two copies, no page numbers printed): OCR read the debris beside
each printing of a target's chart as "a<tab>๑/ ๕" and "๑/<tab>๐", taken for page numbers; the target's wrapped
line above them ("... จำนวน 18 คน" / "เข้าร่วมการประชุมเชิงปฏิบัติการ"), printed at five of them, became a running
header and was lost (one project-quarter silently), and its other printings were cut off as items of their own.
Figures a column's gap apart are no page number (normalizers.furniture).  With the debris no longer page numbers,
the document shows no page furniture, and the office its covers print twice, title and address, four printings in
two close pairs, was taken for a header printed on page 1 (pipeline.clean.mark_opening_header): every project's
agency lost.  A header's printings cover the text at their pace (OPENING_SPREAD)."""

from normalizers.furniture import is_page_number
from pipeline.clean import clean_lines


def test_figures_a_column_apart_are_no_page_number():
    for text in ("a\t๑/ ๕", "๑/\t๐"):
        assert not is_page_number(text), text


def test_page_numbers_still_are():
    for text in ("หน้า\t๑๑/๒๕", "nin 3/11", "VW ๓/๑๓", "หนา ๑ จาก 6", "3/12", "๓ / ๑๒", "- ๒ -", "หน้า ๕/๑๓"):
        assert is_page_number(text), text


def _copy(n: int) -> list[str]:
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุพรรณบุรี เขต 3"
    out = [office, "", f"รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ฉบับที่ {n}", "",
           "ข้อมูล ณ วันที่ 30 กันยายน พ.ศ. 2569", "", "กลุ่มนโยบายและแผน", "", office,
           "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "กระทรวงศึกษาธิการ", ""]
    for k in range(1, 61):
        out += [f"{k}. โครงการพัฒนาคุณภาพการศึกษาที่ {k} ของสำนักงานในรอบที่ {n}",
                f"ผลการดำเนินงานตามแผนข้อ {k} เป็นไปตามกำหนด", ""]
    return out


def test_a_covers_office_printed_twice_a_copy_is_text():
    lines, _ = clean_lines("\n".join(_copy(1) + _copy(2)) + "\n")
    kinds = [ln.kind for ln in lines if ln.text.startswith("สำนักงานเขตพื้นที่")]
    assert kinds == ["text"] * 4


def test_the_wrapped_line_over_chart_debris_is_text():
    body = []
    for k in range(6):
        body += ["เป้าหมายเชิงผลผลิต (Output)", "", f"ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน {18 + 7 * k} คน",
                 "", "9๑7    a    AUN", "เข้าร่วมการประชุมเชิงปฏิบัติการ", "a    ๑/ ๕",
                 f"{k + 1}. การบริหารจัดการของสำนักงานในรอบที่ {k + 1} มีประสิทธิภาพ โปร่งใส ตรวจสอบได้", "",
                 f"ข้อเสนอแนะของรอบที่ {k} ควรจัดสรรงบประมาณให้เหมาะสม", ""]
    lines, _ = clean_lines("\n".join(body) + "\n")
    assert {ln.kind for ln in lines if ln.text == "เข้าร่วมการประชุมเชิงปฏิบัติการ"} == {"text"}
