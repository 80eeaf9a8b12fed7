"""BMA progress expense lines read under a report that spent nothing, beside
the place of a report that gave no entry in any copy (entries_lost), where
no other neighbour may have spent (s70z008: report 6's entry lost, its three
lines read under report 5, which spent nothing, report 4 spent nothing too;
s76o007: report 5 lost, its lines under report 4 beside report 3, that spent
nothing).  A report that spent nothing lists no line, and the one report
beside it that may have spent is the lost one: the lines are its own
(value_repaired on expenses.report_seq, entry_cell_in_doubt on the lines).
Beside a lost report and a neighbour that may have spent as well, the lines
stay where read (s70o004: report 3's lines, report 4 lost, report 2's
disbursement unread, went to report 2 before; both may be theirs).

The cross-file merge keeps a line of a report that no file gives a row (its
entry lost) with its project's kept copy (before, such a line was dropped
where the project's key was shared by several files)."""

from __future__ import annotations

from pipeline.merge import ProjectChoices, expense_kept, keep_tests, merge_across_files
from pipeline.stages import process_document
from tests.conftest import sample_text
from tests.test_bma_progress_entries_lost import SAMPLE, _lost_10

_IN_9 = " 3. อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิกจ่าย\n"


def _rows(text: str) -> dict:
    assert text.count(_IN_9) == 1
    line = "ค่าเกียรติบัตร 97 ใบ x 200 บาท = 19,400 บาท\n"
    return process_document("001.txt", text.replace(_IN_9, _IN_9 + line).encode("utf-8"))


def test_lines_under_a_report_that_spent_nothing_beside_a_lost_entry_go_to_it():
    rows = _rows(_lost_10(sample_text(SAMPLE)))
    assert 10 not in {r["seq"] for r in rows["progress_reports"]}
    assert [(e["report_seq"], e["item"]) for e in rows["expenses"]] == [(10, "ค่าเกียรติบัตร")]
    moved = [i for i in rows["issues"] if (i["code"], i["field"]) == ("value_repaired", "expenses.report_seq")]
    assert len(moved) == 1 and "gave no entry in any copy" in moved[0]["message"]
    assert any((i["code"], i["field"]) == ("entry_cell_in_doubt", "expenses") for i in rows["issues"])


def test_lines_beside_a_lost_entry_and_a_neighbour_that_spent_stay_where_read():
    spent_8 = "(ครั้งที่ 8) = 0 บาท"
    text = _lost_10(sample_text(SAMPLE))
    assert text.count(spent_8) == 1
    rows = _rows(text.replace(spent_8, "(ครั้งที่ 8) = 5,000 บาท"))
    assert [e["report_seq"] for e in rows["expenses"]] == [9]
    assert not [i for i in rows["issues"] if (i["code"], i["field"]) == ("value_repaired", "expenses.report_seq")]


def _tables(key: str) -> dict:
    return {"projects": [{"project_key": key, "doc_id": d} for d in ("a", "b")],
            "progress_reports": [{"project_key": key, "doc_id": "a", "seq": 1, "report_date": None},
                                 {"project_key": key, "doc_id": "b", "seq": 1, "report_date": None},
                                 {"project_key": key, "doc_id": "b", "seq": 2, "report_date": None}],
            "expenses": [{"project_key": key, "doc_id": "b", "report_seq": 3, "seq": 1},
                         {"project_key": key, "doc_id": "a", "report_seq": 3, "seq": 1}]}


def test_merge_keeps_a_line_of_a_report_no_file_gives_with_the_projects_kept_copy():
    out = merge_across_files(_tables("k"), {"a": "a.txt", "b": "b.txt"})
    assert [(r["doc_id"], r["report_seq"]) for r in out["expenses"]] == [("b", 3)]  # b reads report 2: primary
    choices = ProjectChoices(primary={"k": "b"}, report_doc={("k", 1): "b", ("k", 2): "b"})
    for doc, kept in (("b", True), ("a", False)):
        keep, report_keep = keep_tests(doc, {"k"}, choices)
        assert expense_kept("k", 3, keep, report_keep) is kept
        assert expense_kept("k", 1, keep, report_keep) is kept
