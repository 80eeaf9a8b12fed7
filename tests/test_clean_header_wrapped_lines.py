"""A running header the page width wrapped onto lines of its own, each too long for a short tail and read with OCR's
slips, so that no wrapped line repeats as a shape of its own (pipeline.clean.mark_header_wraps): fresh set s91o,
bma_proposal_s91o001, where "ในโรงเรียนสังกัด..." / "สำนักงานเขต..." under the project's title at the top of a page ran
into the project's model text over the page break, silently.  Lines of a copy that its copies print under the
header at the same page break, after the same line above it, are the copies' own text."""

from pipeline.clean import clean_lines

FOOT = "พิมพ์จากระบบ BMA Digital Plans เมื่อ ๐๓/๑๑/๒๕๖๕ ๑๖:๒๔"
HEAD = "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)"
OFFICE = "สำนักงานเขตบางคอแหลม"


def _kinds(lines: list[str]) -> dict[str, list[str]]:
    found, _ = clean_lines("\n".join(lines))
    out: dict[str, list[str]] = {}
    for ln in found:
        out.setdefault(ln.text, []).append(ln.kind)
    return out


def test_the_header_s_wrapped_lines_are_header_at_every_printing():
    kinds = _kinds([
        "ชื่อโครงการ : ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)", "", "ในโรงเรียนสังกัดสำนักงานเขตบางคอแหลม",
        "หน่วยงานที่รับผิดชอบ : ฝ่ายการศึกษา", "", "๑. หลักการและเหตุผล",
        "กรุงเทพมหานครมุ่งพัฒนาผู้เรียนให้มีคุณภาพตามมาตรฐาน", "",
        "รูปแบบโครงการ : เป็นการจัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
        "แล้วให้โรงเรียนนำไปขยายผลในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก", "", FOOT, "",
        HEAD, "ในโรงเรียนสังกัดสำนักงานเขตบางคอแหลม", OFFICE, "",
        "๕. ระยะเวลาและสถานที่ดำเนินการ", "", "ระยะเวลาดำเนินการ : ธันวาคม ๒๕๖๕ - พฤษภาคม ๒๕๖๖",
        "สถานที่ดำเนินการ : โรงเรียนในสังกัดสำนักงานเขตบางคอแหลม", "", FOOT, "",
        HEAD, "ในโรง เวียนสังกัดสำนักงานเขตบางคอแหลม", OFFICE, "",
        "๙. ประโยชน์ที่คาดว่าจะได้รับ", "๙.๑ นักเรียนสามารถสร้างความรู้ด้วยตนเองได้", "", FOOT, ""])
    assert kinds[HEAD] == ["page_header", "page_header"]
    # the title's own second line on page 1 stays text; its printings under the header, one read with a slip, do not
    assert kinds["ในโรงเรียนสังกัดสำนักงานเขตบางคอแหลม"] == ["text", "page_header"]
    assert kinds["ในโรง เวียนสังกัดสำนักงานเขตบางคอแหลม"] == ["page_header"]
    assert kinds[OFFICE] == ["page_header", "page_header"]
    assert kinds["แล้วให้โรงเรียนนำไปขยายผลในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก"] == ["text"]


def test_a_line_copies_print_under_the_header_at_the_same_break_stays_text():
    first = "กรุงเทพมหานครจึงได้กำหนดนโยบายการพัฒนาคุณภาพทุกโรงเรียน"
    second = "ให้มีคุณภาพสูงทัดเทียมกันโดยใช้ระบบเครือข่ายทางการศึกษา"
    copy = ["ชื่อโครงการ : ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)", "", "๑. หลักการและเหตุผล",
            "กรุงเทพมหานครมุ่งพัฒนาผู้เรียนให้มีคุณภาพตามมาตรฐานการศึกษา", "", FOOT, "",
            HEAD, first, "", "๒. วัตถุประสงค์", "๒.๑ เพื่อพัฒนาครูผู้สอนให้จัดการเรียนรู้เชิงรุกได้", "", FOOT, "",
            HEAD, second, "", "๓. เป้าหมาย", "๓.๑ ครูผู้สอนทุกโรงเรียนในสังกัด", "", FOOT, ""]
    kinds = _kinds(copy + copy)
    assert kinds[HEAD] == ["page_header"] * 4
    assert kinds[first] == ["text", "text"] and kinds[second] == ["text", "text"]
