"""A year label ending its line, the year it names past a blank line (set
s42a's obec_progress_s42a004, a 2567 report: "๓.๒ โครงการจิตอาสาด้วย
กระบวนการลูกเสือ ปีการศึกษา" / "" / "๒๕๖๖", read "๒๕๒๒"): the mentions
ran on into the next line only, a blank one, so the report's one academic
year went unread, which alone chooses 2567 of the 2567 and 2569 its
headings ("๒๕๒๓": ๗ or ๙ read ๓) allow alike.  The year is read from the
next line that holds anything, past a blank line or two, for a fiscal
year's label as for an academic year's."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from parsers.year_mentions import academic_mentions_in, mentions_in
from schemas.document import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_the_year_past_a_blank_line():
    lines = _lines(["๓.๒ โครงการจิตอาสาด้วยกระบวนการลูกเสือ ปีการศึกษา", "", "๒๕๒๒", "ลงชื่อ....ผู้รายงาน"])
    assert academic_mentions_in(lines) == [(lines[0], ("academic", "๒๕๒๒", 0))]
    lines = _lines(["๓.๑ โครงการฝึกอบรมเชิงปฏิบัติการ", "ประจำปีงบประมาณ", "  ", "๒๕๒๓"])
    assert [m for _, m in mentions_in(lines)] == [("heading", "๒๕๒๓", 0)]
    # on the next line, as before; too far below, no year of the label's
    assert [m for _, m in academic_mentions_in(_lines(["ปีการศึกษา", "๒๕๒๒"]))] == [("academic", "๒๕๒๒", 0)]
    assert academic_mentions_in(_lines(["ปีการศึกษา", "", "", "", "๒๕๒๒"])) == []


def test_the_academic_year_so_read_chooses():
    texts = ["ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๒๓"] * 19
    texts += ["ปีงบประมาณ ๒๕๒๐"] * 5 + ["ปีงบประมาณ ๒๕๒๕"] * 2
    texts += ["แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"] * 10
    texts += ["๓.๒ โครงการจิตอาสาด้วยกระบวนการลูกเสือ ปีการศึกษา", "", "๒๕๒๒"]
    lines = _lines(texts)
    mentions = [m for _, m in mentions_in(lines) if not m[0].startswith("digits")]
    academic = [m for _, m in academic_mentions_in(lines)]
    summary: dict = {}
    issues = repair_fiscal_years(summary, {}, mentions, unread="46789", academic=academic)
    doubt = [json.loads(i.evidence) for i in issues if i.code == "repair_ambiguous"]
    assert doubt and all(e["rule"] == "academic_year" and e["chosen"] == 2567 for e in doubt)
    assert not [i for i in issues if i.code == "value_repaired"]
