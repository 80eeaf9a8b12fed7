"""The newer layout variants of the corpus generator (generate.NEWER_VARIANT_SETS): made only
when asked, each one at least twice in a set made with them, and each printing what its tag says
while the truth stays the model's (the numbers a variant prints equal the truth's)."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from tests.corpus import generate
from tests.corpus.layout import MONTHS_ABBR, MONTHS_FULL, PAGE_BREAK, to_arabic

# tag -> the form it belongs to
NEWER_TAGS = {
    "entries_side_by_side_wide": "bma_progress", "cover_page": "bma_progress",
    "report_date_forms_mixed": "bma_progress", "report_date_two_digit_year": "bma_progress",
    "amount_million": "bma_progress", "amount_baht_dash": "bma_progress",
    "budget_item_columns": "bma_proposal", "list_bullets_letters": "bma_proposal",
    "period_month_abbr_yy": "bma_proposal", "period_month_split_years": "bma_proposal",
    "project_list_table": "obec_progress", "status_count_parens": "obec_progress",
}


@pytest.fixture(scope="module")
def newer_docs() -> list[dict]:
    return generate.build_all(generate.EXTRA4_TAG, generate.EXTRA4_COUNTS, late=True, newer=True)


def _text(doc: dict) -> list[str]:
    return [x for x in doc["lines"] if x != PAGE_BREAK]


def test_newer_variants_are_made_only_when_asked(newer_docs):
    counts = Counter(t for d in newer_docs for t in d["variants"])
    assert all(counts[t] >= 2 for t in NEWER_TAGS), {t: counts[t] for t in NEWER_TAGS}
    for d in newer_docs:
        for tag in NEWER_TAGS.keys() & set(d["variants"]):
            assert NEWER_TAGS[tag] == d["form"], (d["name"], tag)
    for d in generate.build_all(generate.EXTRA4_TAG, generate.EXTRA4_COUNTS, late=True):  # the later variants alone: none
        assert not NEWER_TAGS.keys() & set(d["variants"]), d["name"]
    # the OBEC reports of fiscal years whose digits ๗ ๘ ๙ the OCR model cannot write
    fys = [d["expected"]["report_summary"]["fiscal_year_be"] for d in newer_docs if d["form"] == "obec_progress"]
    assert set(fys) == {2567, 2568, 2569}


def test_wide_side_by_side_tables_name_three_or_four_reports(newer_docs):
    seen = 0
    for d in newer_docs:
        if "entries_side_by_side_wide" not in d["variants"]:
            continue
        widths = []
        for x in _text(d):
            cells = [c.strip() for c in re.split(r"\t|\|", x)]
            cells = [c for c in cells if c and c != "รายการ"]
            if cells and all(re.fullmatch(r"(?:รายงาน)?ครั้งที่ \S+", c) for c in cells):
                widths.append(len(cells))
        assert widths and max(widths) in (3, 4) and all(w <= 4 for w in widths), (d["name"], widths)
        seen += 1
    assert seen >= 2


def test_million_amounts_are_the_allocated_budget(newer_docs):
    seen = 0
    for d in newer_docs:
        if "amount_million" not in d["variants"]:
            continue
        found = {Decimal(m) * 1_000_000 for m in re.findall(r"([0-9.]+) ล้าน", to_arabic("\n".join(_text(d))))}
        truth = {Decimal(p["budget_allocated"]) for p in d["expected"]["projects"]}
        assert found and found <= truth, (d["name"], found, truth)
        seen += 1
    assert seen >= 2


_YY = re.compile(r"(\d{1,2}) (" + "|".join(re.escape(m) for m in MONTHS_ABBR[1:] + MONTHS_FULL[1:]) + r") (\d{2})(?!\d)"
                 r"|(\d{1,2})/(\d{1,2})/(\d{2})(?!\d)")


def test_two_digit_years_are_the_report_dates(newer_docs):
    """Every date printed with a two-digit BE year is a report date of the truth."""
    seen = 0
    for d in newer_docs:
        if "report_date_two_digit_year" not in d["variants"]:
            continue
        dates = {r["report_date"] for p in d["expected"]["projects"] for r in p["progress_reports"]}
        for m in _YY.finditer(to_arabic("\n".join(_text(d)))):
            if m.group(1):
                months = MONTHS_ABBR if m.group(2) in MONTHS_ABBR else MONTHS_FULL
                day, month, yy = int(m.group(1)), months.index(m.group(2)), int(m.group(3))
            else:
                day, month, yy = int(m.group(4)), int(m.group(5)), int(m.group(6))
            ce = 2500 + yy - 543
            assert f"{ce:04d}-{month:02d}-{day:02d}" in dates, (d["name"], m.group())
            seen += 1
    assert seen >= 5


def test_budget_columns_multiply_out(newer_docs):
    """budget_item_columns: each line's quantity x unit amount is its amount, the lines add up to the
    total row, and the rows are the truth's expense lines in order."""
    seen = 0
    for d in newer_docs:
        if "budget_item_columns" not in d["variants"]:
            continue
        (p,) = d["expected"]["projects"]
        lines = _text(d)
        start = next(i for i, x in enumerate(lines) if x.startswith("| รายการ |") or x.startswith("รายการ\t"))
        rows = []
        for x in lines[start + 1:]:
            cells = [c.strip() for c in (x.strip().strip("|").split("|") if x.startswith("|") else x.split("\t"))]
            if len(cells) != 5 or set(cells[0]) <= set("-:"):
                if rows:
                    break
                continue
            rows.append(cells)
        num = lambda s: Decimal(to_arabic(s).replace(",", "").removesuffix(".-").replace(" บาท", "") or "0")
        items = [r for r in rows if r[1]]
        assert [(r[0].lstrip("- "), num(r[1]), r[2]) for r in items] == \
            [(x["item"], Decimal(x["quantity"]), x["unit"]) for x in p["expenses"]]
        for r in items:
            assert num(r[1]) * num(r[3]) == num(r[4])
        assert rows[-1][0] == "รวมทั้งสิ้น" and num(rows[-1][4]) == Decimal(p["budget_allocated"])
        seen += 1
    assert seen >= 2


def test_status_counts_in_parentheses_are_the_groups_sizes(newer_docs):
    seen = 0
    for d in newer_docs:
        if "status_count_parens" not in d["variants"]:
            continue
        s = d["expected"]["report_summary"]
        want = [s["n_completed"], s["n_in_progress"], s["n_not_started"]]
        got = [int(m) for m in re.findall(r"โครงการที่\S+ \((\d+) โครงการ\)", to_arabic("\n".join(_text(d))))]
        assert got[:3] == want, (d["name"], got, want)
        seen += 1
    assert seen >= 2


def test_project_list_tables_hold_the_not_started_projects(newer_docs):
    seen = 0
    for d in newer_docs:
        if "project_list_table" not in d["variants"] or "one_line" in d["variants"]:
            continue
        rows = []
        for x in _text(d):
            cells = [c.strip() for c in (x.strip().strip("|").split("|") if x.startswith("|") else x.split("\t"))]
            if len(cells) == 3 and re.fullmatch(r"[0-9๐-๙]+", cells[0]):
                rows.append((int(to_arabic(cells[0])), cells[1]))
        want = [(p["group_seq"], p["name"]) for p in d["expected"]["projects"] if p["plan_status"] == "not_started"]
        n_copies = d["expected"]["document"]["n_copies"]
        assert rows == want * n_copies, d["name"]
        seen += 1
    assert seen >= 2


def test_cover_page_names_the_project_before_the_form(newer_docs):
    """cover_page: the first page holds the project's code and name and not the form's header fields;
    the second page opens the form."""
    seen = 0
    for d in newer_docs:
        if "cover_page" not in d["variants"]:
            continue
        a, b = d["pages"][0]
        first = to_arabic(" ".join(d["lines"][a - 1:b]))
        p = d["expected"]["projects"][0]
        assert p["project_code"] in first and " ".join(to_arabic(p["name"]).split()) in " ".join(first.split())
        assert "1.1 รหัสโครงการ" not in first and "ชื่อโครงการ/กิจกรรม" not in first
        seen += 1
    assert seen >= 2


def test_newer_variants_are_in_the_extra4_set_only():
    """The committed sets: extra4 holds every newer variant at least twice, no other set any."""
    import json
    for which, (_, _, home) in generate.SETS.items():
        docs = json.loads((home / "manifest.json").read_text(encoding="utf-8"))["documents"]
        counts = Counter(t for d in docs for t in d["variants"])
        if which in generate.NEWER_VARIANT_SETS:
            assert all(counts[t] >= 2 for t in NEWER_TAGS), (which, {t: counts[t] for t in NEWER_TAGS})
        else:
            assert not NEWER_TAGS.keys() & set(counts), which
    assert "extra4" in generate.SETS and generate.NEWER_VARIANT_SETS == {"extra4"}


def test_sibling_projects_only_in_fresh_sets_codes_in_a_row_names_alike():
    """The newest variant (fresh sets only): a file of one agency's sibling projects, codes numbered on from
    the first's, names alike but for the district they serve, each project its own truth."""
    docs = generate.build_all("sibtest", (4, 0, 0), late=True, newer=True, small=False, newest=True)
    [doc] = [d for d in docs if "sibling_projects" in d["variants"]]
    assert "multi_project" in doc["variants"]
    projects = doc["expected"]["projects"]
    assert len(projects) == 2
    codes = [to_arabic(p["project_code"]) for p in projects]
    assert codes[0].split("-")[0] == codes[1].split("-")[0]
    assert int(codes[1].split("-")[1]) > int(codes[0].split("-")[1])
    stems = {p["name"].split(" สังกัดสำนักงานเขต")[0] for p in projects}
    assert len(stems) == 1 and len({p["name"] for p in projects}) == 2
    assert len({(p["agency"], p["division"], p["section"]) for p in projects}) == 1
    text = "\n".join(_text(doc))
    assert all(p["name"] in text for p in projects)
    # without `newest`, as every committed set is made: none
    assert not [d for d in generate.build_all("sibtest", (4, 0, 0), late=True, newer=True, small=False)
                if "sibling_projects" in d["variants"]]


def test_sibling_proposals_and_obec_projects_only_in_fresh_sets_one_template_bodies_their_own():
    """The newest variant for proposals and OBEC reports (fresh sets only): a file of two sibling proposals
    (one name template for two districts, one fiscal year and period, each its own body and proposer), and an
    OBEC report whose first two projects in progress are one title template for two districts (อำเภอ), each
    its own blocks; each project its own truth."""
    docs = generate.build_all("sibtest", (0, 4, 4), late=True, newer=True, small=False, newest=True)
    [proposal] = [d for d in docs if d["form"] == "bma_proposal" and "sibling_projects" in d["variants"]]
    projects = proposal["expected"]["projects"]
    assert len(projects) == 2 and proposal["expected"]["document"]["n_copies"] == 1
    assert all(p["n_copies"] == 1 and p["project_code"] is None for p in projects)
    assert len({p["name"] for p in projects}) == 2
    stems = {re.sub("(สำนักงาน)?เขต\\S+$", "", p["name"]) for p in projects}
    assert len(stems) == 1
    assert len({(p["fiscal_year_be"], p["start_date"], p["end_date"], p["period_text"]) for p in projects}) == 1
    assert projects[0]["owner_name"] != projects[1]["owner_name"] or projects[0]["expenses"] != projects[1]["expenses"]
    text = "\n".join(_text(proposal))
    assert all(p["name"] in text and (p["owner_name"] is None or p["owner_name"] in text) for p in projects)
    [report] = [d for d in docs if d["form"] == "obec_progress" and "sibling_projects" in d["variants"]]
    running = [p for p in report["expected"]["projects"] if p["plan_status"] == "in_progress"][:2]
    assert [p["group_seq"] for p in running] == [1, 2]
    names = [p["name"] for p in running]
    assert all(" อำเภอ" in n for n in names) and names[0] != names[1]
    assert len({re.sub(" อำเภอ\\S+", "", n) for n in names}) == 1
    assert running[0]["quarterly_budgets"] != running[1]["quarterly_budgets"] or running[0]["targets"] != running[1]["targets"]
    # without `newest`, as every committed set is made: none
    assert not [d for d in generate.build_all("sibtest", (0, 4, 4), late=True, newer=True, small=False)
                if "sibling_projects" in d["variants"]]
