"""An OBEC list of titles only (projects not started: number, title, unit)
whose rule before each title OCR read as marks: two leading vowels, "โ"
itself doubled, a quote between ("โโครงการ...", "ไโโครงการ...",
"เ'โโครงการ..."; set m obec_progress_s19m003).  One stray vowel was known
(read._STRAY_VOWEL); more were not, so the titles were no titles: both
projects missing and their rows run into the project before as findings.
Up to two stray vowels, a quote after each, now go before "โครงการ"; and in
such a list a row numbered plainly with the number the list expects next
whose title word OCR read with one letter lost after them ("เโโรงการ...",
the other copy's printing whole) is the next title too
(read._letter_lost_title), so the copies agree on both projects.  A word
that is no title word ("โรงเรียน") opens no title."""

from __future__ import annotations

from tests.test_obec_ocr import run
from tests.test_prop_obec_group_header_lost import FY, _numbered

HEAD = f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
ข้อมูล ณ วันที่ ๓๑ มีนาคม {FY}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๓ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ คิดเป็นร้อยละ ๓๓.๓๓
๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๖๖.๖๗
๑. โครงการที่อยู่ระหว่างดำเนินการ (๑ โครงการ)
"""
FIRST = "โครงการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้"
SECOND = "โครงการเสริมสร้างความเข้มแข็งและวินัยทางการเงิน"


def _report(first: str, second: str) -> str:
    return (HEAD + _numbered(1, "๑") + "๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\nที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n"
            + f"๑ {first} หน่วยตรวจสอบภายใน\n๒ {second} กลุ่มนโยบายและแผน\n")


def _projects(rows: dict) -> list[tuple[str, int, str, int]]:
    return sorted((p["plan_status"], p["group_seq"], p["name"][:20], p["n_copies"]) for p in rows["projects"])


def test_two_stray_vowels_before_a_title_are_none_of_it():
    truth = _projects(run(_report(FIRST, SECOND)))
    assert len(truth) == 3
    # before: the two titles not read (projects missing)
    assert _projects(run(_report("โ" + FIRST, "ไโ" + SECOND))) == truth
    assert _projects(run(_report("เ'โ" + FIRST, "โ" + SECOND))) == truth


def test_a_title_word_with_a_letter_lost_in_a_list_of_titles_is_the_next_title():
    truth = _projects(run(_report(FIRST, SECOND) * 2))
    assert [n for *_, n in truth] == [2, 2, 2]
    damaged = _report(FIRST, SECOND) + _report("เ'โ" + FIRST, "เโ" + SECOND.replace("โครงการ", "โรงการ"))
    assert _projects(run(damaged)) == truth  # before: the second project read in one copy of two


def test_no_title_word_opens_no_title():
    rows = run(_report(FIRST, "โรงเรียนในสังกัดทุกโรงเรียน"))
    assert len(rows["projects"]) == 2


def test_a_quote_before_the_stray_vowels_is_a_speck_too():
    # "๑ 'โโครงการ..." (set s30o obec_progress_s30o002): the table's rule read as a quote, then the vowels;
    # before, the row was no title (its project missing, the rows after it numbered one short)
    truth = _projects(run(_report(FIRST, SECOND)))
    assert _projects(run(_report("'โ" + FIRST, "’เ" + SECOND))) == truth
