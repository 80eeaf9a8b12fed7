"""The variant corpus (tests/corpus/): manifest coverage of every variant tag,
well-formed expected files that keep the documents' own constraints, and a
generator that reproduces the committed files byte for byte."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus import generate
from tests.corpus.layout import to_arabic

CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
DOCS = MANIFEST["documents"]

ALL_FORMS_TAGS = [
    "digits_thai", "digits_arabic", "digits_mixed", "wrapped_lines", "markdown", "plain", "furniture_header",
    "footer_dash_number", "footer_page_n_of_m", "footer_page_n_jak_m", "footer_printed_by", "one_line",
    "signature_each_copy", "signature_end_only",
]
BMA_PROGRESS_TAGS = [
    "header_one_per_line", "header_two_per_line_tab", "header_two_per_line_spaces", "header_order_swapped",
    "header_date_iso", "header_date_dmy", "header_date_thai_month",
    "amount_commas", "amount_satang", "amount_dash", "amount_plain", "amount_baht_sign",
    "phone_bare", "phone_tho_dot", "phone_tho_space", "phone_paren", "phone_thai_digits", "owner_unit_no_phone",
    "objectives_arabic", "objectives_thai_dot", "objectives_sub", "objectives_paren", "objectives_dash",
    "objectives_unnumbered", "target_text_on_heading", "items_wrapped",
    "entries_line_groups", "entries_table_rows", "entries_table_columns", "entries_paragraph",
    "report_date_dmy", "report_date_ddmm", "report_date_iso", "report_date_thai_month",
    "progress_2dp", "progress_1dp", "progress_bare", "expense_simple", "expense_times", "expense_each",
    "entry_late", "entry_cancelled", "multi_project", "copies_2", "copies_3", "copies_4",
    "copy_other_layout", "copy_new_page", "copy_no_break",
]
PROPOSAL_TAGS = [
    "title_block_table", "section_numbers_thai", "section_numbers_arabic", "section_numbers_mixed",
    "gantt_tabs", "gantt_cells_per_line", "budget_tabs", "budget_cells_per_line", "risk_tabs",
    "risk_cells_per_line", "kpi_tabs", "kpi_cells_per_line", "period_exact_dates", "period_month_range",
    "proposer_parens", "copies_2",
]
OBEC_TAGS = [
    *(f"fy_{y}" for y in range(2563, 2570)), "round_3", "round_6", "round_9", "round_12", "status_group_empty",
    "headings_md_mixed", "headings_plain", *(f"budget_quarters_{k}" for k in range(1, 5)), "findings_dash",
    "copies_2",
]
# tags about the layout of report entries or headers: at least 3 documents each
LAYOUT_TAGS = {t for t in BMA_PROGRESS_TAGS + PROPOSAL_TAGS + OBEC_TAGS
               if t.startswith(("header_", "entries_", "headings_", "title_block"))}

MONEY_RE = re.compile(r"^\d+\.\d{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PROJECT_KEYS = {
    "doc_type", "project_code", "name", "fiscal_year_be", "fiscal_year", "start_date", "end_date",
    "budget_allocated", "budget_spent", "agency", "division", "section", "owner_name", "owner_phone",
    "coordinator_name", "coordinator_phone", "rationale", "strategy_issue", "strategy_sub_issue", "strategy_goal",
    "indicator", "project_type", "project_model", "period_text", "place", "group_seq", "plan_status",
    "n_copies",
}
TABLE_KEYS = {  # key columns of each child table (raingan check matches rows by them)
    "objectives": ("seq",), "targets": ("quarter", "kind", "seq"), "progress_reports": ("seq",),
    "expenses": ("report_seq", "seq"), "activities": ("quarter", "seq"), "findings": ("quarter", "kind", "seq"),
    "alignments": ("quarter", "seq"), "quarterly_budgets": ("fiscal_year_be", "quarter"),
}
MONEY = {"budget_allocated", "budget_spent", "disbursed", "amount", "unit_amount", "planned", "quantity",
         "budget_planned", "budget_disbursed", "budget_not_disbursed"}
DATES = {"start_date", "end_date", "report_date", "as_of_date"}
INTS = {"fiscal_year_be", "fiscal_year", "group_seq", "n_copies", "seq", "report_seq", "quarter", "number",
        "period_months", "n_projects", "n_completed", "n_in_progress", "n_not_started", "n_budgeted_projects",
        "budget_quarter"}
BOOLS = {"on_plan", "on_target", "cancelled"}
NUMBERS = {"progress_pct", "disbursed_pct"}


def expected(doc: dict) -> dict:
    return json.loads((CORPUS / "clean" / f"{doc['name']}.expected.json").read_text(encoding="utf-8"))


def text_lines(doc: dict) -> list[str]:
    return (CORPUS / doc["text"]).read_text(encoding="utf-8").split("\n")[:-1]


EXPECTED = {d["name"]: expected(d) for d in DOCS}


def test_document_counts():
    forms = Counter(d["form"] for d in DOCS)
    assert forms["bma_progress"] >= 36 and forms["bma_proposal"] >= 14 and forms["obec_progress"] >= 10
    assert len({d["name"] for d in DOCS}) == len(DOCS)
    for d in DOCS:
        assert re.fullmatch(rf"{d['form']}_\d{{3}}", d["name"]), d["name"]


@pytest.mark.parametrize("tag", sorted(set(ALL_FORMS_TAGS + BMA_PROGRESS_TAGS + PROPOSAL_TAGS + OBEC_TAGS)))
def test_every_variant_tag_occurs_in_several_documents(tag):
    n = sum(tag in d["variants"] for d in DOCS)
    assert n >= (3 if tag in LAYOUT_TAGS else 2), f"{tag} in {n} documents"


def test_form_specific_tags_stay_in_their_form():
    for tags, form in ((BMA_PROGRESS_TAGS, "bma_progress"), (PROPOSAL_TAGS, "bma_proposal"), (OBEC_TAGS, "obec_progress")):
        own = set(tags) - {"copies_2"}
        for d in DOCS:
            if d["form"] != form:
                assert not own & set(d["variants"]), (d["name"], own & set(d["variants"]))


def test_pages_cover_the_text_in_order():
    for d in DOCS:
        n = len(text_lines(d))
        pages = d["pages"]
        assert pages[0][0] == 1 and pages[-1][1] == n, d["name"]
        for (a, b), (c, _) in zip(pages, pages[1:]):
            assert a <= b and c == b + 1, d["name"]


def _check_value(where: str, key: str, value) -> None:
    if value is None or isinstance(value, dict):  # null, or a text spec
        return
    if key in MONEY:
        assert isinstance(value, str) and MONEY_RE.match(value), (where, key, value)
    elif key in DATES:
        assert isinstance(value, str) and DATE_RE.match(value), (where, key, value)
        date.fromisoformat(value)
    elif key in INTS:
        assert isinstance(value, int) and not isinstance(value, bool), (where, key, value)
    elif key in BOOLS:
        assert isinstance(value, bool), (where, key, value)
    elif key in NUMBERS:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (where, key, value)
    else:
        assert isinstance(value, str) and value == value.strip() and "  " not in value and "\n" not in value, \
            (where, key, value)


def test_expected_files_are_well_formed():
    for d in DOCS:
        exp = EXPECTED[d["name"]]
        where = d["name"]
        assert exp["format"] == "raingan-expected/1"
        assert exp["source"] == f"{d['name']}.txt"
        assert (CORPUS / "clean" / exp["source"]).is_file()
        assert exp["note"] == "generator truth (tests/corpus/generate.py), not parser output"
        assert exp["variants"] == d["variants"]
        assert exp["document"]["doc_type"] == d["form"]
        assert isinstance(exp["document"]["n_copies"], int) and exp["document"]["n_copies"] >= 1
        assert exp["projects"], where
        if d["form"] == "obec_progress":
            for key, value in exp["report_summary"].items():
                _check_value(where, key, value)
        for p in exp["projects"]:
            assert PROJECT_KEYS <= set(p), (where, PROJECT_KEYS - set(p))
            assert p["doc_type"] == d["form"]
            for key, value in p.items():
                if key in TABLE_KEYS:
                    assert isinstance(value, list), (where, key)
                    seen = set()
                    for row in value:
                        assert set(TABLE_KEYS[key]) <= set(row) or key in ("objectives", "progress_reports"), (where, key, row)
                        k = tuple(row.get(c) for c in TABLE_KEYS[key])
                        assert k not in seen, (where, key, k)
                        seen.add(k)
                        for c, v in row.items():
                            _check_value(f"{where}:{key}", c, v)
                elif key != "project_key":
                    _check_value(where, key, value)


def _fy_window(fy_be: int) -> tuple[date, date]:
    return date(fy_be - 544, 10, 1), date(fy_be - 543, 9, 30)


def test_bma_progress_truth_keeps_the_form_constraints():
    for d in DOCS:
        if d["form"] != "bma_progress":
            continue
        for p in EXPECTED[d["name"]]["projects"]:
            reports = p["progress_reports"]
            assert [r["seq"] for r in reports] == list(range(1, len(reports) + 1))
            lo, hi = _fy_window(p["fiscal_year_be"])
            days = [date.fromisoformat(r["report_date"]) for r in reports]
            assert all(lo <= x <= hi for x in days) and days == sorted(days) and len(set(days)) == len(days)
            progress = [r["progress_pct"] for r in reports]
            assert progress == sorted(progress), d["name"]
            spent = sum(Decimal(r["disbursed"]) for r in reports)
            assert spent == Decimal(p["budget_spent"]) <= Decimal(p["budget_allocated"]), d["name"]
            for r in reports:
                lines = [x for x in p["expenses"] if x["report_seq"] == r["seq"]]
                if lines:
                    assert sum(Decimal(x["amount"]) for x in lines) == Decimal(r["disbursed"]), d["name"]
                for x in lines:
                    if x["quantity"] is not None:
                        assert Decimal(x["quantity"]) * Decimal(x["unit_amount"]) == Decimal(x["amount"])
            cancelled = any(r["cancelled"] for r in reports)
            status = "cancelled" if cancelled else "completed" if progress[-1] >= 100 else "in_progress"
            assert p["plan_status"] == status
            assert re.fullmatch(r"\d{8}-\d{4}", p["project_code"])
            assert p["project_key"] == f"{p['project_code']}/{p['fiscal_year_be']}"


def test_proposal_truth_keeps_the_form_constraints():
    from pythainlp.util import bahttext
    for d in DOCS:
        if d["form"] != "bma_proposal":
            continue
        p = EXPECTED[d["name"]]["projects"][0]
        total = sum(Decimal(x["amount"]) for x in p["expenses"])
        assert total == Decimal(p["budget_allocated"])
        for x in p["expenses"]:
            assert Decimal(x["quantity"]) * Decimal(x["unit_amount"]) == Decimal(x["amount"])
        words = f"({bahttext(float(total))})"
        assert words in (CORPUS / d["text"]).read_text(encoding="utf-8"), d["name"]
        lo, hi = _fy_window(p["fiscal_year_be"])
        assert lo <= date.fromisoformat(p["start_date"]) <= date.fromisoformat(p["end_date"]) <= hi


def test_obec_summary_matches_the_projects_listed():
    for d in DOCS:
        if d["form"] != "obec_progress":
            continue
        exp = EXPECTED[d["name"]]
        s, projects = exp["report_summary"], exp["projects"]
        assert s["n_projects"] == len(projects)
        for status in ("completed", "in_progress", "not_started"):
            group = [p for p in projects if p["plan_status"] == status]
            assert s[f"n_{status}"] == len(group)
            assert [p["group_seq"] for p in group] == list(range(1, len(group) + 1))
        rows = [b for p in projects for b in p["quarterly_budgets"] if b["quarter"] == s["budget_quarter"]]
        planned = sum(Decimal(b["planned"]) for b in rows)
        disbursed = sum(Decimal(b["disbursed"]) for b in rows)
        assert s["n_budgeted_projects"] == len(rows)
        assert Decimal(s["budget_planned"]) == planned and Decimal(s["budget_disbursed"]) == disbursed
        assert Decimal(s["budget_not_disbursed"]) == planned - disbursed
        assert s["disbursed_pct"] == float((disbursed / planned * 100).quantize(Decimal("0.01"), "ROUND_HALF_UP"))
        assert s["budget_quarter"] * 3 == s["period_months"]
        last_month = (9 + s["period_months"] - 1) % 12 + 1
        as_of = date.fromisoformat(s["as_of_date"])
        assert as_of.month == last_month and (as_of + timedelta(days=1)).day == 1
        for p in projects:
            quarters = [b["quarter"] for b in p["quarterly_budgets"]]
            assert quarters == sorted(set(quarters)) and all(1 <= q <= s["budget_quarter"] for q in quarters)
            for b in p["quarterly_budgets"]:
                assert Decimal(b["disbursed"]) <= Decimal(b["planned"])
            assert p["agency"] == s["agency"] and p["fiscal_year_be"] == s["fiscal_year_be"]


def test_keys_are_unique_across_the_corpus():
    codes = [p["project_code"] for e in EXPECTED.values() for p in e["projects"] if p["project_code"]]
    assert len(codes) == len(set(codes))
    names = [e["projects"][0]["name"] for e in EXPECTED.values() if e["document"]["doc_type"] == "bma_proposal"]
    assert len(names) == len(set(names))
    offices = [e["report_summary"]["agency"] for e in EXPECTED.values() if "report_summary" in e]
    assert len(offices) == len(set(offices))


@pytest.mark.parametrize("which", ["corpus", "heldout", "extra", "extra2", "extra3", "extra4"])
def test_generator_reproduces_the_committed_files(tmp_path, which):
    generate.main(tmp_path, which=which)
    where = generate.SETS[which][2]
    made = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(["manifest.json"] + [f"clean/{p.name}" for p in (where / "clean").iterdir()])
    assert made == committed
    for rel in made:
        assert (tmp_path / rel).read_bytes() == (where / rel).read_bytes(), rel


def test_the_sets_share_no_document():
    """Held-out and extra documents are new: other names, and no text printed in two sets."""
    seen: dict[bytes, str] = {}
    names: set[str] = set()
    for which, (_, counts, home) in generate.SETS.items():
        files = sorted((home / "clean").glob("*.txt"))
        assert len(files) == sum(counts), which
        assert not {p.name for p in files} & names, which
        names |= {p.name for p in files}
        for p in files:
            assert p.read_bytes() not in seen, (p.name, seen.get(p.read_bytes()))
            seen[p.read_bytes()] = p.name


def test_no_corpus_document_fails_inside_a_parser(corpus_rows):
    """Every corpus document, clean and OCR'd, goes through every stage: a
    parser bug shows as an internal_error, which the run would hide in a row."""
    failed = []
    for name, rows in corpus_rows.items():
        (doc,) = rows["documents"]
        if doc["status"] == "failed":
            failed.append(f"{name}: {doc['error']}")
    assert not failed, "\n".join(failed)


# The later variants, made for the extra3 set alone (generate.LATE_VARIANT_SETS): what each is
# tested by in the printed text, and the form it belongs to (None: every form).
LATER_TAGS = {
    "furniture_header_first": None, "furniture_header_wrapped": None, "few_lines": "bma_progress",
    "entries_side_by_side": "bma_progress", "entry_continued_false_label": "bma_progress",
    "risk_pipe": "bma_proposal", "risk_read_columns": "bma_proposal", "list_numbers_column_tabs": None,
    "list_numbers_column_read": None, "summary_chart_captions": "obec_progress",
    "cover_contact_lines": "obec_progress", "title_year_own_line": "obec_progress",
}
EXTRA3 = generate.SETS["extra3"][2]
EXTRA3_DOCS = json.loads((EXTRA3 / "manifest.json").read_text(encoding="utf-8"))["documents"]


def test_later_variants_are_in_extra3_only():
    for d in EXTRA3_DOCS:
        for tag in LATER_TAGS.keys() & set(d["variants"]):
            assert LATER_TAGS[tag] in (None, d["form"]), (d["name"], tag)
    counts = Counter(t for d in EXTRA3_DOCS for t in d["variants"])
    assert all(counts[t] >= 2 for t in LATER_TAGS), {t: counts[t] for t in LATER_TAGS}
    for d in DOCS:
        assert not LATER_TAGS.keys() & set(d["variants"]), d["name"]


def _extra3(name: str) -> tuple[dict, list[str]]:
    doc = next(d for d in EXTRA3_DOCS if d["name"] == name)
    return doc, (EXTRA3 / doc["text"]).read_text(encoding="utf-8").split("\n")[:-1]


def test_extra3_header_first_is_the_pages_only_furniture():
    """furniture_header_first: every page, the first too, opens with the same header line(s), and
    no page carries a number or a printed-by footer."""
    seen = 0
    for d in EXTRA3_DOCS:
        if "furniture_header_first" not in d["variants"]:
            continue
        seen += 1
        assert not {"footer_dash_number", "footer_page_n_of_m", "footer_page_n_jak_m", "footer_printed_by"} & set(d["variants"])
        _, lines = _extra3(d["name"])
        tops = []
        for a, b in d["pages"]:
            body = [x for x in lines[a - 1:b]]
            while body and not body[0].strip():
                body.pop(0)
            k = 2 if "furniture_header_wrapped" in d["variants"] else 1
            tops.append(tuple(body[:k]))
        assert len(set(tops)) == 1, (d["name"], tops)
    assert seen >= 3


def test_extra3_side_by_side_entries_print_two_reports_a_table():
    """entries_side_by_side: the heads of the tables' entry columns name every report once, at most
    two a table."""
    seen = 0
    for d in EXTRA3_DOCS:
        if "entries_side_by_side" not in d["variants"]:
            continue
        seen += 1
        _, lines = _extra3(d["name"])
        named = []
        for x in lines:
            cells = [c.strip() for c in re.split(r"\t|\|", x)]
            cells = [c for c in cells if c and c != "รายการ"]  # the pipe table's first head
            if cells and all(re.fullmatch(r"(?:รายงาน)?ครั้งที่ \S+", c) for c in cells):
                assert len(cells) <= 2, (d["name"], x)
                named += [to_arabic(c.split()[-1]) for c in cells]
        reports = json.loads((EXTRA3 / "clean" / f"{d['name']}.expected.json").read_text(encoding="utf-8"))
        seqs = [str(r["seq"]) for p in reports["projects"] for r in p["progress_reports"]]
        if reports["document"]["n_copies"] == 1 and len(reports["projects"]) == 1:
            assert named == seqs, d["name"]
        else:  # another copy or project may use another layout
            assert named and set(named) <= set(seqs), d["name"]
    assert seen >= 2


def test_few_lines_forms_open_each_line_at_a_heading():
    from tests.corpus.bma_progress_gen import HEADING_STARTS
    seen = 0
    for d in EXTRA3_DOCS:
        if "few_lines" in d["variants"]:
            seen += 1
            _, lines = _extra3(d["name"])
            assert 2 <= len(lines) <= 3 * len(HEADING_STARTS) and d["pages"] == [[1, len(lines)]]
            assert all(x.startswith(HEADING_STARTS) for x in lines), d["name"]
    assert seen >= 2


def test_wrap_header_puts_the_tail_on_a_line_of_its_own():
    from tests.corpus.layout import Style, wrap_header
    st = Style("t")
    text = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต ๔ รายงานความก้าวหน้า รอบ ๖ เดือน"
    for _ in range(20):
        head, tail = wrap_header(st, text).split("\n")
        assert f"{head} {tail}" == text and 1 <= len(tail.split(" ")) <= 3
