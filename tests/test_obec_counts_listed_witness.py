"""Two OBEC classes of fresh set s63o.

(1) The summary's counts weighed jointly (summary_repairs.repair_counts_jointly) overruled a count the printing and
the listing agree on (obec 001: 10 projects, 0 / 7 / 3, printed "๑๐", "๐ ... ๐.๐๐", "๑ ... ๑๐.๐๐" (๗ and ๗๐.๐๐
misread alike), "๓ ... ๓๐.๐๐"): the one set of counts the readings allowed was 0 / 1 / 9 ("๓" and "๓๐.๐๐" read
as 9 and 90.00), and the not-started count, read 3 and listed 3, was "repaired" to 9.  A count read as the titles
listed under its group is borne out by two witnesses; the figures' one solution does not outweigh them, and the
counts stand as read (check_counts says the other group's mismatch).

(2) A progress text whose count OCR read with a mai yamok glued after its digits ("จำนวน ๒ๆ คน" for ๒๗, obec 004)
had its marks put back and was claimed repaired (value_repaired, dictionary_marks) with its count still misread: a
figure with ๆ glued to its digits is OCR's debris beside the words (pipeline.wording.debris_pieces), so the change
of marks is kept but said in doubt (repair_ambiguous); and such a count is said (ocr_digits_doubtful) where no
repair names the field (parsers.obec_progress.digits._TRAILING_COUNT_RE)."""

from parsers.obec_progress.digits import flag_doubtful
from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_counts_jointly
from pipeline.wording import debris_pieces
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๕ รอบ ๓ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒๕ จำนวน ๑๐ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ คิดเป็นร้อยละ ๑๐.๐๐
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ คิดเป็นร้อยละ ๓๐.๐๐"""
_FIELDS = ("n_projects", "n_completed", "n_in_progress", "n_not_started")


def _summary() -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.splitlines(), 1)])
    return got


def test_a_count_read_as_its_titles_listed_is_not_overruled_by_the_figures_one_solution():
    got = _summary()
    assert [got[f].value for f in _FIELDS] == [10, 0, 1, 3]
    assert repair_counts_jointly(got, {"completed": 0, "in_progress": 7, "not_started": 3}) == []
    assert [got[f].value for f in _FIELDS] == [10, 0, 1, 3]


def test_the_figures_one_solution_still_repairs_counts_no_listing_bears_out():
    # the same figures, the report listing 0 / 1 / 9: no count read is the titles listed under it but changed
    got = _summary()
    issues = repair_counts_jointly(got, {"completed": 0, "in_progress": 1, "not_started": 9})
    assert [got[f].value for f in _FIELDS] == [10, 0, 1, 9]
    assert [i.field for i in issues] == ["report_summaries.n_not_started"]


def test_a_figure_with_a_mai_yamok_glued_to_its_digits_is_debris():
    assert debris_pieces("มีผู้เข้ารวมกิจกรรม จำนวน ๒ๆ คน") == ["๒ๆ"]
    assert debris_pieces("ประชุมทุกวันจันทร์ของเดือน ๆ ละ ๒ ครั้ง") == []


def _flagged(progress: str) -> list[str]:
    row = {"line_start": 2, "line_end": 2, "project_key": "p", "text": "ประชุม", "progress": progress}
    return [i.message for i in flag_doubtful("", {"activities": [row]}, [], [])]


def test_a_count_with_a_digit_s_lookalike_glued_after_its_digits_is_said():
    (message,) = _flagged("มีผู้เข้าร่วมกิจกรรม จำนวน ๒ๆ คน")
    assert "holds 'ๆ' where digits stood" in message
    assert _flagged("มีผู้เข้าร่วมกิจกรรม จำนวน ๒๗ คน") == []
