"""The date row of an entries table printed side by side (entries as columns,
parsers.bma_progress.transposed) whose cells' gaps OCR collapsed while a
narrow column wrapped its dates: two dates' parts in one cell ("1 มกราคม 22":
one date's day and month, the next one's day), their months and years on
the lines under the row.  The row parts by the dates' parts' shapes when one
reading alone gives one date to each entry, and the lines under it finish,
in order, the dates that lack parts; otherwise nothing is guessed."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from tests.lines import celled_lines, untransposed_dates


_HEAD = ("ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4", (0, 13, 26, 46))
_REST = (
    ("รายละเอียดการ ประชุม\tประชุม\tได้ดำเนินการประชุม จัดทำคำสั่ง", (0, 25, 37)),
    ("ความก้าวหน้าของงานฯ\t10\t20\t30\t40", (0, 20, 30, 40, 50)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท\t0 บาท", (0, 20, 30, 40, 50)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 20, 30, 40, 50)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
     (0, 20, 30, 40, 50)),
)


def test_a_date_row_whose_gaps_collapsed_and_whose_parts_wrapped_gives_each_entry_its_date():
    lines = celled_lines(_HEAD,
                   ("วันที่รายงาน\t1 มกราคม 22\t25 มีนาคม 2561\t21 เมษายน", (0, 15, 37, 56)),
                   ("2561\tกุมภาพันธ์\t2561", (0, 13, 44)),
                   ("2561", ()),
                   *_REST)
    assert untransposed_dates(lines) == ["1 มกราคม 2561", "22 กุมภาพันธ์ 2561", "25 มีนาคม 2561", "21 เมษายน 2561"]
    # the two-digit figure could have been the first date's year: said
    _, issues = untranspose_with_doubts(lines)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" and i.line_start == 101
               for i in issues)


def test_a_wrapped_line_whose_gaps_collapsed_too_finishes_the_dates_part_by_part():
    lines = celled_lines(_HEAD,
                   ("วันที่รายงาน\t๒7\t3 เมษายน 20\t๑3 มิถุนายน", (0, 21, 43)),
                   ("มีนาคม\t๒๕๖7\tพฤษภาคม 2567", (0, 13, 27)),
                   ("๒๕๖๗\t๒๕๖๗", (0, 20)),
                   *_REST)
    assert untransposed_dates(lines) == ["๒7 มีนาคม ๒๕๖๗", "3 เมษายน ๒๕๖7", "20 พฤษภาคม ๒๕๖๗", "๑3 มิถุนายน 2567"]


def test_a_date_row_that_parts_into_the_entries_count_more_than_one_way_is_not_parted():
    # three two-digit figures after months: which are days and which years, nothing tells
    lines = celled_lines(_HEAD,
                   ("วันที่รายงาน\t1 มกราคม 22 3 มีนาคม 22\t25 มีนาคม 2561", (0, 15, 37)),
                   *_REST)
    got = untransposed_dates(lines)
    assert not {"22", "3 มีนาคม", "3 มีนาคม 22", "1 มกราคม 22", "1 มกราคม"} & set(got), got  # left whole, placed as before
    _, issues = untranspose_with_doubts(lines)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in issues)
    # nor is a line under the row whose cells do not fit the parts the dates lack
    lines = celled_lines(_HEAD,
                   ("วันที่รายงาน\t1 มกราคม 22\t25 มีนาคม 2561\t21 เมษายน", (0, 15, 37, 56)),
                   ("2561\t2561\t2561", (0, 13, 44)),
                   *_REST)
    assert untransposed_dates(lines)[:3] == ["1 มกราคม", "22", "25 มีนาคม 2561"]
