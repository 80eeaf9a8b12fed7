"""The summary's total count of projects on the line after its clause's opening, the page having wrapped the line
before the count ("โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘" / "จำนวน ๑๔ โครงการ มีความก้าวหน้าการดำเนินการ
ดังนี้", fresh set s60o's obec_progress_s60o002): before, the total was not read at all (missing_value), and the
counts' repairs, which weigh it, had nothing to weigh (summary._ALL_RE)."""

from tests.test_obec_ocr import report, run


def test_a_total_whose_count_the_page_wrapped_onto_the_next_line_is_read():
    clause = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน 2 โครงการ มีความก้าวหน้า"
    text = report()
    assert clause in text
    rows = run(text.replace(clause, clause.replace(" จำนวน", "\nจำนวน")))
    (summary,) = rows["report_summaries"]
    assert summary["n_projects"] == 2
    assert not [i for i in rows["issues"] if i["field"] == "report_summaries.n_projects"]
