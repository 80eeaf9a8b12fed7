"""An issue about a record's field raised where a later printing of the form
prints it stands at the printing the output row cites (pipeline.placement.
issues_at_row_printing): an analyst checking the row meets the doubt there."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text


def _report_3_progress_unread_but_in_copy_2() -> str:
    """Sample 003 (four printings) with report 3's progress clause lost from
    the first printing and printed unreadably ('= ฒ') in the others."""
    lines = sample_text("003_c0975e1d5f59aaa1.txt").split("\n")
    for i, ln in enumerate(lines):
        if "ความก้าวหน้าของงานฯ = 20.00" not in ln:
            continue
        if i < 100:  # the first printing's entry: its progress clause lost
            lines[i] = ln.replace("ความก้าวหน้าของงานฯ = 20.00 %", "")
        else:
            lines[i] = ln.replace("= 20.00", "= ฒ")
    return "\n".join(lines)


def test_unread_value_of_a_later_printing_stands_at_the_row():
    rows = process_document("x.txt", _report_3_progress_unread_but_in_copy_2().encode())
    (report,) = [r for r in rows["progress_reports"] if r["seq"] == 3]
    assert report["progress_pct"] is None
    said = [i for i in rows["issues"] if i["field"] == "progress_reports.progress_pct"]
    assert said and all(i["line_start"] <= report["line_end"] and report["line_start"] <= i["line_end"]
                        for i in said)
    (unread,) = [i for i in said if i["code"] == "unparsed_value"]
    assert "report 3" in unread["message"] and "(read at lines 168-169, another printing of the form)" in unread["message"]


def test_a_value_printed_in_another_printing_only_is_doubted_there():
    """A progress the row's own printing does not print (its clause lost
    there), kept from a later copy that printed it in Thai digits, in a
    document whose OCR never writes ๔ ๖ ๗ ๘ ๙: ocr_digits_doubtful, found
    at the later copy's lines (flag_values' `elsewhere`)."""
    from pipeline.doubtful import flag_values
    from schemas.document import Line

    text = [Line(1, "รายงานครั้งที่ 1 :: งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท"),
            Line(9, "รายงาน" + " ๑๒๓๕๐" * 40),
            Line(10, "รายงานครั้งที่ 1 :: ความก้าวหน้าของงานฯ = ๓.๕๐ % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท")]
    row = {"line_start": 1, "line_end": 1, "project_key": "p", "progress_pct": 3.5}
    assert not flag_values("46789", {"progress_reports": [row]}, text, [])
    issues = flag_values("46789", {"progress_reports": [row]}, text, [],
                         {("progress_reports", 1, 1, "progress_pct"): [(10, 10)]})
    assert [(i.field, i.line_start) for i in issues] == [("progress_reports.progress_pct", 10)]


def test_printings_of_a_row_s_field_outside_its_lines():
    """printings_of: per (table, row lines, column), the lines where later
    copies print the field; a key two records share (rows printed on one
    line alike) is left out."""
    from pipeline.placement import printings_of
    from schemas.document import CopyReading, Merged, Reading

    first = CopyReading(0, 1, 50, {"progress_reports": {1: {"report_date": Reading(None, "", 10, 12)},
                                                        2: {"report_date": Reading(None, "", 20, 20)},
                                                        3: {"report_date": Reading(None, "", 20, 20)}}})
    later = CopyReading(1, 51, 99, {"progress_reports": {1: {"report_date": Reading(None, "", 60, 62),
                                                             "progress_pct": Reading(3.5, "๓.๕", 63, 63)},
                                                         2: {"report_date": Reading(None, "", 70, 70)},
                                                         3: {"report_date": Reading(None, "", 71, 71)}}})
    merged = Merged({}, {}, [], {}, 2, {"progress_reports": {1: (10, 12), 2: (20, 20), 3: (20, 20)}})
    found = printings_of(merged, [first, later])
    assert found == {("progress_reports", 10, 12, "report_date"): [(60, 62)],
                     ("progress_reports", 10, 12, "progress_pct"): [(63, 63)]}
