"""Rows and cross-checks of an OBEC progress report (see parsers.obec_progress).

Cross-checks, each an issue when it fails and silent when it holds:
summary counts against the projects found per group; the summary's planned
and disbursed totals against the sum of the projects' budget rows for the
summary's quarter (the issue names the projects summed); the disbursed
percentage and the undisbursed amount recomputed; the disbursed percentage
and the undisbursed share make 100 (pct_complement); a budget row whose fiscal
year disagrees with the report's (the text's value is kept); disbursed
above planned; the as-of date against the round's months.

Before the checks, the summary's quarter's rows are weighed together with
the summary's figures (quarter_joint: an amount every reading of the
figures that makes the sums hold gives alike is repaired to it).
"""

from __future__ import annotations

import json
from decimal import Decimal

import regex

from normalizers.confusions import (DIGIT_CHAR, LOOKALIKE_CHAR, LOOKALIKES, RARE_LOOKALIKES, added_misreads, certain,
                                   digit_readings)
from normalizers.dates import fiscal_year_window, last_day
from normalizers.numbers import parse_baht, parse_percent, thai_digits_to_arabic
from parsers.checks import money_equal
from parsers.obec_progress.anchors import QUARTER_WORD
from parsers.obec_progress.budgets import (UNREAD_AMOUNTS, printed_amount, repair_as_planned, repair_as_planned_note,
                                           repair_from_copies, repair_lookalike_amounts)
from parsers.digits import TO_THAI
from parsers.obec_progress.digits import flag_doubtful
from parsers.obec_progress.quarter_joint import COLUMNS, repair_quarter_rows
from parsers.obec_progress.rounds import AFTER_DEBRIS, NUMBERED_ON, PAGE_LAST, PLAN_WRAPS, UNNUMBERED_AMID
from parsers.obec_progress.summary import PCT_PRINTED, area_number
from parsers.obec_progress.summary_joint import AMOUNTS, figure_values, forget_solutions, repair_jointly, row_sums
from parsers.obec_progress.summary_repairs import (repair_counts, repair_counts_jointly, repair_round, repair_total,
                                                    summary_span, titles_lost)
from parsers.obec_progress.texts import (closes_at_page_foot, closes_lost, closes_unplaced, heads_lost,
                                         list_ends_cut, lone_heads_lost, names_cut, plan_closes_lost, plans_cut,
                                         repair_repeated, split_joined_items, status_heads_lost, tails_rejoined,
                                         texts_cut_in_a_word, texts_joined, texts_twice)
from parsers.obec_progress.year import (may_report, misread_pairs, proven_misread, repair_fiscal_years,
                                        year_printed_garbled)
from parsers.repair import YEAR_RANGE, enabled, readings_of, repair, repair_sum, sure, year_candidates
from parsers.values import make_project_key
from schemas.document import Issue, Merged, ParseResult, Reading, value_of

DOC_TYPE = "obec_progress"
STATUS_ORDER = {"completed": 0, "in_progress": 1, "not_started": 2}


def build(merged: Merged) -> ParseResult:
    mentions = [(value_of(rec, "kind") or "heading", rec["text"].value, value_of(rec, "month") or 0)
                for rec in merged.tables.get("year_mentions", {}).values() if "text" in rec]
    # the academic years the report names weigh only where its fiscal-year mentions tie (year.py)
    academic = [m for m in mentions if m[0] == "academic"]
    mentions = [m for m in mentions if m[0] != "academic"]
    # a misread the confusion table lacks that the report's year mentions prove (parsers.obec_progress.year):
    # in force for this report's values, as the table's own misreads are
    unread = value_of(merged.tables.get("ocr_digits", {}).get(0, {}), "unread") or ""
    proof = proven_misread(mentions, unread, merged.total_copies) if enabled() else None
    with added_misreads(misread_pairs(proof[0]) if proof else []):
        return _build(merged, mentions, proof, academic, unread)


def _first_span(merged: Merged) -> tuple[int, int]:
    """The lines of the report's summary, else of its first project."""
    for table in ("summary", "project"):
        if merged.spans.get(table):
            return merged.spans[table][next(iter(merged.spans[table]))]
    return 1, 1


def _build(merged: Merged, mentions: list, proof: tuple | None, academic: list, unread: str) -> ParseResult:
    result = ParseResult(DOC_TYPE, n_copies=merged.total_copies)
    issues = list(merged.issues)
    summary = merged.tables.get("summary", {}).get(0, {})
    year_issues = repair_fiscal_years(summary, merged.tables.get("quarterly_budgets", {}), mentions, proof=proof,
                                      unread=unread, academic=academic, copies=merged.total_copies)
    issues += year_issues
    doubts = [i for i in year_issues if i.code == "repair_ambiguous" and i.field == "report_summaries.fiscal_year_be"]
    # a year chosen in doubt (each doubt names the year chosen) dates the round's end in doubt too; one left
    # undecided (no year chosen) dates nothing
    year_chosen = all("chosen" in (i.evidence if isinstance(i.evidence, dict) else json.loads(i.evidence or "{}"))
                      for i in doubts)
    issues += repair_round(summary, not doubts, year_chosen, unread)
    listed = {s: sum(1 for (status, _) in merged.tables.get("project", {}) if status == s) for s in STATUS_ORDER}
    lost = titles_lost(issues)  # (the listing then no count of the projects)
    issues += repair_total(summary, listed, lost)
    issues += repair_counts(summary, listed, lost)
    issues += repair_counts_jointly(summary, listed, unread, lost)
    issues += repair_as_planned_note(merged.tables.get("quarterly_budgets", {}))
    issues += repair_from_copies(merged.tables.get("quarterly_budgets", {}), merged.votes, unread)
    issues += repair_as_planned(merged.tables.get("quarterly_budgets", {}), merged.tables.get(UNREAD_AMOUNTS, {}),
                                unread)
    issues += repair_budgeted_count(summary, merged.tables.get("quarterly_budgets", {}),
                                    unread=any(i.code == "project_unread" for i in issues))
    issues += repair_jointly(summary, summary_printed(summary), unread, summary_span(summary),
                             lambda: quarter_sums(summary, merged.tables.get("quarterly_budgets", {}), unread))
    issues += repair_quarter_rows(summary, summary_printed(summary),
                                  quarter_rows(summary, merged.tables.get("quarterly_budgets", {})), unread,
                                  merged.tables.get(UNREAD_AMOUNTS, {}), summary_span(summary))
    forget_solutions()  # (the summary's pairs, weighed once for both repairs above)
    issues += repair_summary(summary, merged.tables.get("quarterly_budgets", {}), unread,
                             frozenset(i.field for i in issues if i.code == "value_repaired" and i.field))
    # (an amount still unread for a look-alike of one digit inside it: read so, after every rule that weighs it)
    issues += repair_lookalike_amounts(merged.tables.get("quarterly_budgets", {}), merged.tables.get(UNREAD_AMOUNTS, {}))
    office, fy = value_of(summary, "office"), value_of(summary, "fiscal_year_be")
    if office is None and merged.tables.get("project"):
        # the report names its office on its cover and in its summary's head: OCR left no line of it
        # readable, so the agency of every row is unknown (and a second copy may stand apart as another report)
        issues.append(Issue("warning", "missing_value", "report_summaries.agency: no line of the report reads as its "
                            "office's name ('สำนักงานเขตพื้นที่การศึกษา...'): OCR damaged it past reading; the "
                            "agency of the report and its projects is unknown", None,
                            *_first_span(merged), field="report_summaries.agency"))

    keys: dict[tuple[str, int], str] = {}
    seen: dict[str, int] = {}
    projects = sorted(merged.tables.get("project", {}).items(), key=lambda kv: (STATUS_ORDER[kv[0][0]], kv[0][1]))
    for (status, seq), rec in projects:
        if not doubts or year_chosen:  # (the report's year settled, or chosen in doubt: see _academic_year_of_title)
            issues += _academic_year_of_title(rec, fy, in_doubt=bool(doubts))
        key = make_project_key(DOC_TYPE, None, fy, f"{office}/{rec['name'].value}")
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the same title twice in one report
            key = f"{key}#{seen[key]}"
        keys[(status, seq)] = key
        copies = merged.n_copies["project"][(status, seq)]
        if copies < merged.total_copies:  # a copy lost the project, or read it under another number or title
            issues.append(Issue("warning", "project_in_fewer_copies", f"{status} project {seq} is read in {copies} "
                                f"of the {merged.total_copies} copies of the report: another copy's printing of it was "
                                "lost, or read under another number or title (perhaps as a project of its own)",
                                {"copies": copies, "of": merged.total_copies}, *merged.spans["project"][(status, seq)],
                                project_key=key, field="projects.n_copies"))
        if office is None:  # (the report's office unread, said above: so is each of its projects' agency)
            issues.append(Issue("warning", "missing_value", f"projects.agency: {status} project {seq}'s agency is "
                                "the report's office, whose name no line of the report reads as (see "
                                "report_summaries.agency): unknown", None, *merged.spans["project"][(status, seq)],
                                project_key=key, field="projects.agency"))
        result.add("projects", {
            "project_key": key, "doc_type": DOC_TYPE, "name": rec["name"].value, "agency": office,
            "fiscal_year_be": fy, "fiscal_year": fy - 543 if fy else None, "plan_status": status,
            "group_seq": seq, "n_copies": merged.n_copies["project"][(status, seq)],
            **merged.span("project", (status, seq)),
        })

    def rows(table: str) -> list[tuple[tuple, dict[str, Reading], str]]:
        out = []
        for rk, rec in merged.tables.get(table, {}).items():
            out.append((rk, rec, keys[(rk[0], rk[1])]))
        return sorted(out, key=lambda t: (t[2], t[0][2], t[0][3:]))

    for rk, rec, key in rows("targets"):
        result.add("targets", {"project_key": key, "kind": rk[4], "seq": rk[5], "quarter": value_of(rec, "quarter"),
                               "aspect": value_of(rec, "aspect") or None, "text": rec["text"].value,
                               **merged.span("targets", rk)})
    for rk, rec, key in rows("activities"):
        result.add("activities", {"project_key": key, "seq": rk[4], "number": value_of(rec, "number"),
                                  "quarter": value_of(rec, "quarter"), "text": rec["text"].value,
                                  "progress": value_of(rec, "progress"), **merged.span("activities", rk)})
    for rk, rec, key in rows("alignments"):
        result.add("alignments", {"project_key": key, "plan": rec["plan"].value, "seq": rk[4],
                                  "quarter": value_of(rec, "quarter"), "text": rec["text"].value,
                                  **merged.span("alignments", rk)})
    for rk, rec, key in rows("findings"):
        result.add("findings", {"project_key": key, "quarter": value_of(rec, "quarter"), "kind": rk[4], "seq": rk[5],
                                "aspect": value_of(rec, "aspect") or None, "text": rec["text"].value,
                                **merged.span("findings", rk)})
    budgets = []
    for rk, rec, key in rows("quarterly_budgets"):
        row = {"project_key": key, "fiscal_year_be": value_of(rec, "fiscal_year_be"), "quarter": value_of(rec, "quarter"),
               "planned": value_of(rec, "planned"), "disbursed": value_of(rec, "disbursed"), "note": value_of(rec, "note"),
               **merged.span("quarterly_budgets", rk)}
        result.add("quarterly_budgets", row)
        budgets.append((rk, rec, row))

    if summary:
        row = {name: value_of(summary, name) for name in (
            "fiscal_year_be", "period_months", "as_of_date", "n_projects", "n_completed",
            "n_in_progress", "n_not_started", "n_budgeted_projects", "budget_quarter", "budget_planned",
            "budget_disbursed", "budget_not_disbursed", "disbursed_pct")}
        row["fiscal_year"] = fy - 543 if fy else None
        row["agency"] = office
        spans = [r.span for r in summary.values()]
        row.update(line_start=min(s[0] for s in spans), line_end=max(s[1] for s in spans))
        result.add("report_summaries", row)
        issues += check_counts(summary, projects)
        issues += check_totals(summary, budgets, {k: v for k, v in projects})
        issues += check_summary_arithmetic(summary)
    issues += check_budget_rows(budgets, fy)
    issues += rounds_short_of_alignments(result.tables.get("alignments", []), issues)
    issues += kinds_crossed(result.tables.get("targets", []), issues)
    issues += names_cut(result.tables)
    issues += repair_repeated(result.tables)
    issues += plans_cut(result.tables)
    head_repairs = heads_lost(result.tables, issues)
    issues += head_repairs + lone_heads_lost(result.tables, head_repairs)
    cut = closes_lost(result.tables, issues)
    cut += plan_closes_lost(result.tables, issues, frozenset(merged.tables.get(PLAN_WRAPS, {})))
    issues += cut + list_ends_cut(result.tables, cut, issues)
    issues += status_heads_lost(result.tables, issues)
    issues += closes_unplaced(result.tables, issues)
    issues += closes_at_page_foot(result.tables, issues, frozenset(merged.tables.get(PAGE_LAST, {})))
    issues += tails_rejoined(result.tables, issues)
    # (the list lines right after a line of OCR debris: a row opening there may have lost its head to the specks)
    # (and the items whose next item opens with the next number: no number lost after them, nothing run in)
    issues += split_joined_items(result.tables, issues, frozenset(merged.tables.get(AFTER_DEBRIS, {})),
                                 frozenset(merged.tables.get(NUMBERED_ON, {})),
                                 frozenset(merged.tables.get(UNNUMBERED_AMID, {})))
    issues += texts_twice(result.tables, issues)
    issues += texts_joined(result.tables, issues)
    issues += texts_cut_in_a_word(result.tables, issues)
    figures = [(f"quarterly_budgets.{column}", row, rec[column].text) for _, rec, row in budgets
               for column in ("planned", "disbursed") if column in rec]
    for name, rx in _SUMMARY_FIGURE_RES.items():
        reading = summary.get(name)
        found = rx.search(reading.text) if reading is not None and reading.value is not None else None
        if found:  # the figure's own digits (a clause may print two figures), on its own lines
            figures.append((f"report_summaries.{name}", {"line_start": reading.line_start,
                                                         "line_end": reading.line_end}, found.group(1)))
    areas = []
    office = summary.get("office")
    if office is not None and isinstance(office.value, str) and (area := area_number(office.value)) is not None:
        # the office's area number: a name's number, yet the datum that tells the office from its province's
        # others, and the agency of every project ("...เลย เขต ๔" read "เขต ๕" at each printing, no printing in
        # Arabic digits to tell: before, kept with no issue; fresh set s120o, obec_progress_s120o001)
        span = {"line_start": office.line_start, "line_end": office.line_end}
        areas = [(field, span, area) for field in ("report_summaries.agency", "projects.agency")]
    issues += flag_doubtful(unread, result.tables, figures, issues, areas)
    result.issues = lost_said_once(issues)
    result.project_keys = keys
    return result


# an academic year a project's title names ("โครงการสถานศึกษาปลอดภัย ปีการศึกษา ๒๕๖๖"), as printed (four digits, or
# five where OCR read one as two)
_ACADEMIC_YEAR_RE = regex.compile(r"(?<=ปีการศึกษา\s*)([\d๐-๙]{4,5})(?![\d๐-๙])")
_THAI_FIGURE_RE = regex.compile(r"[\d๐-๙]*[๐-๙][\d๐-๙]*")


def _academic_year_of_title(rec: dict[str, Reading], fy: int | None, in_doubt: bool = False) -> list[Issue]:
    """The academic year a project's title names is one the report's
    fiscal year runs through (fiscal year N runs from October N-1 to
    September N, through academic years N-1, from May N-1, and N, from May
    N): a printed year OCR misread ("๒๕๒๒" for ๒๕๖๖) is repaired when exactly
    one of those two years is a reading of its digits
    (parsers.repair.year_candidates; rule fiscal_year), and written in the
    printing's digits; not where the title prints another Thai figure (its
    doubt would go unsaid).  Where the report's fiscal year was chosen in
    doubt (`in_doubt`), so is the title's year: repaired, and flagged
    (repair_ambiguous, the year chosen), as the as-of date is
    (summary_repairs.repair_round)."""
    name = rec.get("name")
    if not enabled() or name is None or not isinstance(fy, int) or not isinstance(name.value, str):
        return []
    found = list(_ACADEMIC_YEAR_RE.finditer(name.value))
    if len(found) != 1 or _THAI_FIGURE_RE.search(name.value[:found[0].start()] + " " + name.value[found[0].end():]):
        return []
    printed = found[0].group(1)
    within = {fy - 1, fy}
    read = thai_digits_to_arabic(printed)
    if len(read) == 4 and int(read) in within:
        return []
    fits = sorted(year_candidates(printed) & within)
    if len(fits) != 1:
        return []
    year = str(fits[0]).translate(TO_THAI) if regex.search(r"[๐-๙]", printed) else str(fits[0])
    chosen = name.value[:found[0].start()] + year + name.value[found[0].end():]
    rec["name"] = Reading(chosen, name.text, name.line_start, name.line_end)
    what = (f"projects.name: the title's academic year printed {printed!r} reads {read}; a project of fiscal year "
            f"{fy}'s plan names an academic year the fiscal year runs through ({fy - 1} or {fy}), and {fits[0]} is "
            "the only one of them its digits can be")
    evidence = {"rule": "fiscal_year", "printed": printed, "read": read, "chosen": str(fits[0])}
    if in_doubt:
        return [Issue("warning", "repair_ambiguous", f"{what}; the report's fiscal year is in doubt (see "
                      "report_summaries.fiscal_year_be), and so is the title's year",
                      json.dumps({**evidence, "candidates": [str(fits[0])]}, ensure_ascii=False),
                      name.line_start, name.line_end, field="projects.name")]
    return [Issue("warning", "value_repaired", what, json.dumps(evidence, ensure_ascii=False),
                  name.line_start, name.line_end, field="projects.name")]


def repair_summary(summary: dict[str, Reading], budgets: dict, unread: str = "",
                   vouched: frozenset[str] = frozenset()) -> list[Issue]:
    """The summary's planned and disbursed totals must be the sums of the
    budget rows of its quarter (the total, or else one row, is repaired); the
    undisbursed amount and the percentage follow from them: each of their
    readings is weighed against every value planned and disbursed may stand
    for (_may_be), so that a disbursed figure OCR may have misread as well
    does not choose the undisbursed one (several readings fit: flagged, not
    guessed).  `vouched`: the fields an earlier rule repaired (held as
    they stand).  Its project counts are checked, not repaired
    (check_counts): the listing they are checked against is itself read
    from damaged text."""
    if not enabled() or not summary:
        return []
    issues: list[Issue] = []
    quarter = value_of(summary, "budget_quarter")
    rows = [rec for rec in budgets.values() if quarter is None or value_of(rec, "quarter") == quarter]
    held = set(vouched)
    for column, name in (("planned", "budget_planned"), ("disbursed", "budget_disbursed")):
        parts = [(rec, column, f"quarterly_budgets.{column}") for rec in rows if rec.get(column) is not None]
        if name in summary and parts:
            found = repair_sum(parts, (summary, name, f"report_summaries.{name}"), None,
                               f"the summary's {column} total and the projects' budget rows")
            issues += found
            if not found and value_of(summary, name) is not None \
                    and money_equal(summary[name].value, sum((rec[column].value for rec, *_ in parts
                                                             if rec[column].value is not None), Decimal(0))):
                held.add(f"report_summaries.{name}")  # (the rows add up to it)
            held |= {i.field for i in found if i.code == "value_repaired"}
    issues += _amount_unread(summary)
    held |= {i.field for i in issues if i.code == "value_repaired"}
    planned, disbursed = value_of(summary, "budget_planned"), value_of(summary, "budget_disbursed")
    ps = _may_be(summary, "budget_planned", held, unread) if planned is not None else None
    ds = _may_be(summary, "budget_disbursed", held, unread) if disbursed is not None else None
    rest = summary.get("budget_not_disbursed")
    if planned is None and rest is not None and rest.value is not None \
            and "report_summaries.budget_not_disbursed" not in held:
        # the planned amount unread (a digit OCR replaced with a sign, "@๕๑,๕๐๐.๐๐", or its clause lost): the
        # undisbursed amount, which is the planned less the disbursed, is checked by nothing, and OCR may have
        # misread it even in Arabic digits (fresh set s120p, obec_progress_s120p002: "66,006.00" for ๑๑,๑๗๘.๐๐ in
        # a report printing Thai digits, kept with nothing said)
        issues.append(Issue("warning", "unchecked_value", "the summary's undisbursed amount "
                            f"{_amount_text(rest)!r} cannot be checked: the planned amount, of which it is what was "
                            "not disbursed, was not read; kept as read",
                            rest.text, *rest.span, field="report_summaries.budget_not_disbursed"))
    if ps and ds and "budget_not_disbursed" in summary:
        outcome = repair(summary["budget_not_disbursed"], parse_baht,
                         lambda v: v is not None and _differ_by(ps, ds, int(v * 100)),
                         rule="sum", field="report_summaries.budget_not_disbursed",
                         what="the summary's undisbursed amount", printed=_amount_text(summary["budget_not_disbursed"]),
                         baht=True)
        summary["budget_not_disbursed"] = outcome.reading
        if outcome.issue is not None:
            issues.append(outcome.issue)
    if ps and ds and 0 not in ps and len(ps) * len(ds) <= _MAX_SHARES and "disbursed_pct" in summary:
        shares = {round(d / p * 100, 2) for p in ps for d in ds}
        pct_text = _PCT_DIGITS_RE.search(summary["disbursed_pct"].text)
        outcome = repair(summary["disbursed_pct"], parse_percent,
                         lambda v: v is not None and any(abs(v - share) < 0.006 for share in shares), rule="sum",
                         field="report_summaries.disbursed_pct", what="the summary's disbursed percentage",
                         printed=pct_text.group(1) if pct_text else summary["disbursed_pct"].text)
        summary["disbursed_pct"] = outcome.reading
        if outcome.issue is not None:
            issues.append(outcome.issue)
    issues += pct_complement(summary)
    return issues


_MAX_SHARES = 400  # (planned, disbursed) pairs past which the percentage is not weighed against them


def _differ_by(planned: set[int], disbursed: set[int], undisbursed: int) -> bool:
    """Whether some value planned may stand for less one disbursed may stand
    for is `undisbursed` (each set thousands of readings at most: the
    smaller one walked, the larger asked)."""
    if len(disbursed) <= len(planned):
        return any(d + undisbursed in planned for d in disbursed)
    return any(p - undisbursed in disbursed for p in planned)


def _may_be(summary: dict[str, Reading], name: str, held: set[str], unread: str) -> set[int] | None:
    """The values (satang) the summary's amount `name` may stand for: its
    value alone where an earlier rule vouched for it (`held`) or its
    printing has no other reading (normalizers.confusions.certain), else
    every reading of its characters under the document's OCR
    (summary_joint.figure_values); None where they are past counting."""
    reading = summary[name]
    printed = _amount_text(reading)
    if f"report_summaries.{name}" in held or certain(printed):
        return {int(reading.value * 100)}
    values = figure_values(printed, unread)
    return values if values is not None and int(reading.value * 100) in values else None


def _amount_unread(summary: dict[str, Reading]) -> list[Issue]:
    """The summary's disbursed or undisbursed amount OCR left unread (its
    clause not matched, or no number read in it), the other read: it is the
    planned amount less the other, when both are figures no misread
    changes (certain) and a percentage the summary prints bears it out (the
    disbursed percentage or the undisbursed share, either of whose readings
    is the unread amount's share of planned; one that is not contradicts
    it: nothing is repaired).  The disbursed percentage, if OCR left it
    unread too, is then the disbursed amount of planned (rule sum)."""
    planned = summary.get("budget_planned")
    if not enabled() or planned is None or not planned.value or not certain(_amount_text(planned)):
        return []
    lost = [name for name in ("budget_disbursed", "budget_not_disbursed") if value_of(summary, name) is None]
    if len(lost) != 1:
        return []
    (name,) = lost
    other = summary["budget_not_disbursed" if name == "budget_disbursed" else "budget_disbursed"]
    if not certain(_amount_text(other)):
        return []
    value = planned.value - other.value
    if value < 0:
        return []
    disbursed = value if name == "budget_disbursed" else other.value
    witnesses = []
    for share_name, share in (("disbursed_pct", disbursed / planned.value * 100),
                              ("pct_not_disbursed", (planned.value - disbursed) / planned.value * 100)):
        reading = summary.get(share_name)
        if reading is None or reading.value is None:
            continue
        printed = _PCT_DIGITS_RE.search(reading.text) if share_name == "disbursed_pct" else None
        texts = printed.group(1) if printed else reading.text
        readings = {float(v) for v, _ in readings_of(texts.strip().rstrip(".,"), parse_percent) if v is not None}
        if not any(abs(float(share) - v) < 0.006 for v in readings | {float(reading.value)}):
            return []  # (a printed share the amount does not give: one of the figures is misread)
        witnesses.append(f"{share_name} {reading.value:.2f}")
    if not witnesses:
        return []
    span = summary[name].span if name in summary else summary_span(summary)
    if span is None:
        return []
    text = summary[name].text if name in summary else ""
    summary[name] = Reading(value, text, *span)
    what = "disbursed" if name == "budget_disbursed" else "undisbursed"
    issues = [Issue("warning", "value_repaired",
                    f"{name}: the summary's {what} amount was not read; planned {planned.value:,.2f} less the "
                    f"{'undisbursed' if what == 'disbursed' else 'disbursed'} {other.value:,.2f} (figures no misread "
                    f"changes) is {value:,.2f}, and the percentage it prints bears it out ({', '.join(witnesses)})",
                    json.dumps({"rule": "sum", "printed": None, "read": None, "chosen": str(value)}, ensure_ascii=False),
                    *span, field=f"report_summaries.{name}")]
    pct = summary.get("disbursed_pct")
    if pct is None or pct.value is None:
        share = round(float(disbursed / planned.value * 100), 2)
        where = pct.span if pct is not None else span
        summary["disbursed_pct"] = Reading(share, pct.text if pct is not None else "", *where)
        issues.append(Issue("warning", "value_repaired",
                            f"disbursed_pct: the summary's disbursed percentage was not read; disbursed "
                            f"{disbursed:,.2f} of planned {planned.value:,.2f} is {share:.2f} %",
                            json.dumps({"rule": "sum", "printed": None, "read": None, "chosen": str(share)},
                                       ensure_ascii=False), *where, field="report_summaries.disbursed_pct"))
    return issues


def pct_complement(summary: dict[str, Reading]) -> list[Issue]:
    """The summary's disbursed percentage and the undisbursed share it
    prints after the undisbursed amount make 100.  Where they do not, and
    the amounts do not bear the percentage out (they would: the share is
    then the misread one, no column of the table): with a share whose
    printed number has no other reading, the percentage is repaired to the
    one reading of its characters that makes 100 (rule sum), else said
    (repair_ambiguous, or percent_mismatch when none does); with a share
    that could read otherwise, said (percent_mismatch): readings of both
    that fit are no proof, their digits misread alike.  Where the amounts
    are read, their own check (check_summary_arithmetic) says the
    mismatch, not this one as well."""
    pct, rest = summary.get("disbursed_pct"), summary.get("pct_not_disbursed")
    if not enabled() or pct is None or rest is None or pct.value is None or rest.value is None \
            or abs(pct.value + rest.value - 100) < 0.006:
        return []
    planned, disbursed = value_of(summary, "budget_planned"), value_of(summary, "budget_disbursed")
    if planned and disbursed is not None and abs(round(float(disbursed / planned * 100), 2) - pct.value) < 0.006:
        return []
    pct_text = _PCT_DIGITS_RE.search(pct.text)
    printed = pct_text.group(1) if pct_text else pct.text
    if sure(rest):
        share = 100 - rest.value
        outcome = repair(pct, parse_percent, lambda v: abs(v - share) < 0.006, rule="sum",
                         field="report_summaries.disbursed_pct",
                         what=f"the summary's disbursed percentage (its undisbursed share prints {rest.text.strip()}, "
                              "the two make 100)", printed=printed)
        if outcome.repaired:
            summary["disbursed_pct"] = outcome.reading
        if outcome.issue is not None:
            return [outcome.issue]
    if planned and disbursed is not None:
        return []  # (the amounts disagree with the percentage too: check_summary_arithmetic says it, once)
    return [Issue("warning", "percent_mismatch", f"the summary's disbursed percentage {pct.value:.2f} % and the "
                  f"undisbursed share it prints, {rest.value:.2f} % (printed {rest.text.strip()!r}), make "
                  f"{pct.value + rest.value:.2f}, not 100: OCR misread one of them; kept as read",
                  pct.text, *pct.span, field="report_summaries.disbursed_pct")]


def repair_budgeted_count(summary: dict[str, Reading], budgets: dict, unread: bool = False) -> list[Issue]:
    """The summary's count of projects its budget figures cover is the number
    of projects with a budget section for its quarter: a count OCR misread is
    repaired to it when that is one of its printing's readings (and flagged,
    count_mismatch, when none is).  With `unread` (the reading said projects
    went unread, project_unread: their budget sections are lost with them, or
    read into a neighbour's), the sections read are a floor, not the count: a
    count no smaller is kept as read (said count_mismatch), and a smaller one
    is repaired only to the one reading of its characters that reaches the
    floor (set s84a obec_progress_s84a004: five budgeted projects, one of
    them unread and its section read as a neighbour's, so four sections; the
    printed ๕ was repaired to 4, the ๔ OCR reads as ๕)."""
    reading, quarter = summary.get("n_budgeted_projects"), value_of(summary, "budget_quarter")
    if reading is None or quarter is None or not budgets:
        return []
    fy = value_of(summary, "fiscal_year_be")
    plausible = isinstance(fy, int) and YEAR_RANGE[0] <= fy <= YEAR_RANGE[1]
    # a section of an earlier fiscal year (a real report prints some) is not the summary's; one that reads a
    # year no section of the report may report (2597 in a 2567 report) is the report's year misread
    n = len({(rk[0], rk[1]) for rk, rec in budgets.items() if value_of(rec, "quarter") == quarter
             and not (plausible and value_of(rec, "fiscal_year_be") not in (None, fy)
                      and may_report(value_of(rec, "fiscal_year_be"), fy))})
    if reading.value == n:
        return []
    if reading.value is None:
        return _budgeted_count_unread(summary, reading, n, quarter)
    token = _COUNT_DIGITS_RE.search(reading.text)
    fits = (lambda v: isinstance(v, int) and v >= n) if unread else (lambda v: v == n)
    if unread and fits(reading.value):
        return [Issue("warning", "count_mismatch", f"the summary counts {reading.value} projects with a quarter-"
                      f"{quarter} budget, the report gives {n} such budget sections, and projects went unread "
                      "(their sections with them): kept as read", reading.text, *reading.span,
                      field="report_summaries.n_budgeted_projects")]
    outcome = repair(reading, int, fits, rule="count", field="report_summaries.n_budgeted_projects",
                     what="the summary's count of projects with a budget", printed=token.group(1) if token else None)
    if outcome.repaired:
        summary["n_budgeted_projects"] = outcome.reading
        return [outcome.issue]
    return [outcome.issue or Issue("warning", "count_mismatch", f"the summary counts {reading.value} projects with a "
                                   f"quarter-{quarter} budget, the report gives {n} such budget sections", reading.text,
                                   *reading.span, field="report_summaries.n_budgeted_projects")]


def _budgeted_count_unread(summary: dict[str, Reading], reading: Reading, n: int, quarter: int) -> list[Issue]:
    """The summary's count of budgeted projects printed with no digit
    (summary._BUDGET_NO_DIGIT_RE): OCR lost it, or wrote characters that
    stand for digits (LOOKALIKES: "ซ" for ๗, "»" for ๖).  It is the
    number of budget sections of its quarter, `n`, when its printing
    allows it: nothing printed (any count), or a look-alike that may be
    n's digits (value_repaired, rule count); otherwise it stays unread (its
    unparsed_value says so).  Where no reading of the look-alike under the
    table is n, one through a look-alike the table leaves out as rare
    (RARE_LOOKALIKES: "o" for ๗, measured on the committed sets) may be:
    n is then the one count the look-alike and the sections leave (as
    parsers.repair weighs the rare misreads where the table fits nothing),
    said so (evidence rare_misreads).  OBEC reports of four fresh sets
    print their seven budgeted projects "จำนวน o โครงการ" or
    "จำนวน ov โครงการ"."""
    found = _COUNT_LOST_RE.search(reading.text)
    if found is None or not enabled():
        return []
    printed = found.group(1)
    rare = bool(printed) and n not in _lookalike_counts(printed)
    if rare and n not in _lookalike_counts(printed, rare=True):
        return []
    summary["n_budgeted_projects"] = Reading(n, reading.text, reading.line_start, reading.line_end)
    shown = repr(printed) if printed else "no digit"
    evidence = {"rule": "count", "printed": printed, "read": None, "chosen": str(n)}
    if rare:
        evidence["rare_misreads"] = True
    return [Issue("warning", "value_repaired",
                  f"report_summaries.n_budgeted_projects: the summary's count of projects with a budget prints "
                  f"{shown} (OCR lost its digits); the report gives {n} budget sections for quarter {quarter}"
                  + (f", a count {printed!r} may stand for" if printed else "")
                  + (" through a look-alike the confusion table leaves out as rare (none of its readings under the "
                     "table is the count the sections give)" if rare else ""),
                  json.dumps(evidence, ensure_ascii=False),
                  *reading.span, field="report_summaries.n_budgeted_projects")]


def _lookalike_counts(printed: str, rare: bool = False) -> set[int]:
    """The counts characters OCR wrote for a count's digits may stand for
    (LOOKALIKES; `rare`: the rarer look-alikes too, RARE_LOOKALIKES): each
    one alone the count's one digit (the others specks, or the glyph read
    as two characters), or each a digit in turn."""
    digits = [LOOKALIKES.get(ch, "") + (RARE_LOOKALIKES.get(ch, "") if rare else "") for ch in printed]
    out = {int(d) for ds in digits for d in ds}
    if len(printed) == 2 and all(digits):
        out |= {int(a + b) for a in digits[0] for b in digits[1]}
    return out


# the count's characters between "จำนวน" and "โครงการ" in a clause read with no digit (summary._BUDGET_NO_DIGIT_RE)
_COUNT_LOST_RE = regex.compile(r"จ\S{0,3}นวน\s*([^\s\d]{0,2})\s*โครงการ")
_PCT_DIGITS_RE = regex.compile(r"ร้อยละ\s*([\d๐-๙.,]+)")
_AMOUNT_DIGITS_RE = regex.compile(r"([\d๐-๙][\d๐-๙,.]*)\s*บาท")
_TRAILING_FIGURE_RE = regex.compile(rf"(?<!\S)({DIGIT_CHAR}[\d๐-๙,.{LOOKALIKE_CHAR[1:-1]}]*)\s*$")
_COUNT_DIGITS_RE = regex.compile(r"จ\S{0,3}นวน\s*([\d๐-๙]{1,4})")  # "จำนวน ๒ โครงการ" (sara am as OCR left it)
# where each summary figure's digits stand in the clause it was read from
_SUMMARY_FIGURE_RES = {
    "budget_planned": _AMOUNT_DIGITS_RE, "budget_disbursed": _AMOUNT_DIGITS_RE,
    "budget_not_disbursed": _AMOUNT_DIGITS_RE, "disbursed_pct": _PCT_DIGITS_RE,
    "n_projects": _COUNT_DIGITS_RE, "n_completed": _COUNT_DIGITS_RE, "n_in_progress": _COUNT_DIGITS_RE,
    "n_not_started": _COUNT_DIGITS_RE, "n_budgeted_projects": _COUNT_DIGITS_RE,
    "budget_quarter": regex.compile(rf"{QUARTER_WORD}\S{{0,3}}\s*([\d๐-๙])"), "period_months": regex.compile(r"รอบ\s*([\d๐-๙]{1,2})"),
    "as_of_date": regex.compile(r"(.+)"),
}


def quarter_sums(summary: dict[str, Reading], budgets: dict, unread: str) -> dict[str, set[int] | None] | None:
    """The totals (satang) the summary's quarter's budget rows may add up to,
    planned and disbursed (summary_joint.row_sums), where the report holds as
    many rows of that quarter, each of its own project, as the summary counts
    projects with a budget (so no row is lost nor read twice); else None."""
    rows = quarter_rows(summary, budgets)
    if rows is None:
        return None
    return {name: row_sums([printed_amount(rec[column]) if rec.get(column) is not None else None
                            for _, rec in rows], unread)
            for column, name in COLUMNS}


def quarter_rows(summary: dict[str, Reading], budgets: dict) -> list[tuple[tuple, dict[str, Reading]]] | None:
    """The budget rows of the summary's quarter, where the report holds as
    many of them, each of its own project, as the summary counts projects
    with a budget (so no row is lost nor read twice); else None."""
    quarter, count = value_of(summary, "budget_quarter"), value_of(summary, "n_budgeted_projects")
    if quarter is None or not isinstance(count, int) or count <= 0:
        return None
    rows = [(rk, rec) for rk, rec in budgets.items() if value_of(rec, "quarter") == quarter]
    if len(rows) != count or len({(rk[0], rk[1]) for rk, _ in rows}) != count:
        return None
    return rows


def summary_printed(summary: dict[str, Reading]) -> dict[str, str | None]:
    """The summary's budget figures as printed (summary_joint.repair_jointly):
    each amount's and the disbursed percentage's characters, the
    undisbursed share's; None where not read."""
    out: dict[str, str | None] = {k: _amount_text(summary[k]) if k in summary else None for k in AMOUNTS}
    pct = summary.get("disbursed_pct")
    found = _PCT_DIGITS_RE.search(pct.text) if pct is not None else None
    out["disbursed_pct"] = found.group(1) if found else (pct.text if pct is not None else None)
    if pct is None and PCT_PRINTED in summary:  # (printed, not read: its digits could read otherwise)
        out["disbursed_pct"] = summary[PCT_PRINTED].text
    share = summary.get("pct_not_disbursed")
    out["pct_not_disbursed"] = share.text if share is not None else None
    return out


def _amount_text(reading: Reading) -> str:
    """A summary amount's figure as printed: the figure before its บาท, or
    the one its clause ends with (an amount kept unread, whose บาท OCR
    misread or lost: summary._DAMAGED_RES)."""
    m = _AMOUNT_DIGITS_RE.search(reading.text) or _TRAILING_FIGURE_RE.search(reading.text)
    return m.group(1) if m else reading.text


def check_counts(summary: dict[str, Reading], projects: list) -> list[Issue]:
    """The summary's project counts against the projects found per group."""
    issues = []
    found = {s: sum(1 for (status, _), _ in projects if status == s) for s in STATUS_ORDER}
    said = 0  # projects the groups' own counts say were not read (project_unread per group)
    for status, n in found.items():
        stated = summary.get(f"n_{status}")
        if stated is not None and stated.value != n:
            issues.append(Issue("warning", "count_mismatch",
                                f"the summary counts {stated.value} {status} projects, the report lists {n}",
                                stated.text, *stated.span, field=f"report_summaries.n_{status}"))
        if stated is not None and isinstance(stated.value, int) and stated.value > n:
            issues += _unread_in_group(status, stated.value, [rec for (st, _), rec in projects if st == status])
            said += stated.value - n
        elif stated is not None and isinstance(stated.value, int) and stated.value < n and n:
            # fewer than were read: a count OCR misread ("๓" for ๗); where no reading of its digits is the
            # number read and one counts more, projects of the group may be lost as well
            token = _COUNT_DIGITS_RE.search(stated.text)
            readings = {int(r) for r in digit_readings(token.group(1))} if token else set()
            above = sorted(r for r in readings if r > n)
            if above and n not in readings:
                issues += _unread_in_group(status, above[0], [rec for (st, _), rec in projects if st == status],
                                           printed=token.group(1))
    total = summary.get("n_projects")
    if total is None or not isinstance(total.value, int):
        # no count to check a group against where the summary's count for it was not read either: projects
        # of the group whose titles OCR lost would go unnoticed, so the doubt is said at the group's lines
        for status in STATUS_ORDER:
            stated = summary.get(f"n_{status}")
            group = [rec for (st, _), rec in projects if st == status]
            if group and (stated is None or not isinstance(stated.value, int)):
                issues += _unread_in_group(status, None, group)
    if total is not None and total.value != len(projects):
        # fewer projects read than the summary states: some were left unread
        issues.append(Issue("error" if len(projects) < total.value else "warning", "count_mismatch",
                            f"the summary counts {total.value} projects, the report lists {len(projects)}",
                            total.text, *total.span, field="report_summaries.n_projects"))
        if isinstance(total.value, int) and total.value - len(projects) > said:
            # the groups' counts do not account for the loss (a group's count misread as the titles it
            # kept): the loss is said about the projects table all the same, at the lines of the list
            issues += _unread_in_group("", total.value - said, [rec for _, rec in projects])
    implied = _total_by_percents(summary)
    if implied is not None and implied[0] > len(projects) and implied[0] - len(projects) > said \
            and (total is None or total.value != implied[0]):
        # the summary's total misread (or not read) as no more than the titles read, while its groups' counts
        # and percents agree on a larger one: projects were not recognised (titles OCR garbled, or listed
        # alone with numbers it misread), and nothing else says so
        n, pcts = implied
        printed = f"reads {total.value}" if total is not None else "was not read"
        spans = [pct.span for pct in pcts]
        evidence = json.dumps({"implied": n, "read": len(projects), "stated": total.value if total else None,
                               "percents": [pct.text for pct in pcts]}, ensure_ascii=False)
        issues.append(Issue("error", "project_unread",
                            f"the summary's groups' counts and percents ({len(pcts)} groups) put "
                            f"the report's projects at {n}, {len(projects)} were read (the summary's total {printed}): "
                            f"{n - len(projects)} project(s) were not recognised, their titles garbled or listed with "
                            "numbers OCR misread", evidence, min(a for a, _ in spans), max(b for _, b in spans),
                            field="projects"))
    for status in STATUS_ORDER:
        pct, n = summary.get(f"pct_{status}"), summary.get(f"n_{status}")
        if pct is not None and n is not None and total is not None and total.value:
            if abs(pct.value - 100 * n.value / total.value) > 0.01:
                issues.append(Issue("warning", "percent_mismatch",
                                    f"{status}: {n.value} of {total.value} is {100 * n.value / total.value:.2f} %, "
                                    f"the summary says {pct.value:.2f} %", pct.text, *pct.span,
                                    field=f"report_summaries.n_{status}"))
    return issues


ROUNDS_AGREEING = 3  # rounds at least, each printing the same count of alignments, for a round short of it to be said


def rounds_short_of_alignments(rows: list[dict], issues: list[Issue]) -> list[Issue]:
    """A missing_row on `alignments` for each round (a project's quarter)
    that reads fewer strategy alignments than every other round of the
    report prints, where ROUNDS_AGREEING rounds or more all print one count
    (every round of a report prints the same alignment headings, the plans
    its office's projects answer to: a round short of them lost a row to
    OCR, its heading damaged past reading and its text run into the row
    before).  Read.py's _plan_tails_lost says so where another quarter of
    the same project prints the rows; this says it where the project has no
    other quarter (or lost the same rows there), from the report's other
    projects.  Not where an issue names the table at the round's lines
    already.  A round of more rows is left alone (another round's rows read
    into it: their quarters are in doubt, which other checks say)."""
    rounds: dict[tuple, list[dict]] = {}
    for row in rows:
        rounds.setdefault((row["project_key"], row.get("quarter")), []).append(row)
    counts = sorted(len(r) for r in rounds.values())
    if len(counts) <= ROUNDS_AGREEING:
        return []
    most = counts[-1]
    agreeing = counts.count(most)
    if agreeing < ROUNDS_AGREEING or agreeing < 2 * (len(counts) - agreeing):
        return []  # (the rounds disagree more than a few short of the rest: no count the report holds to)
    out = []
    for (key, quarter), found in rounds.items():
        if len(found) == most:
            continue
        a, b = min(r["line_start"] for r in found), max(r["line_end"] for r in found)
        if any(i.field in ("alignments", "alignments.plan") and i.line_start is not None and i.line_end is not None
               and i.line_start <= b and a <= i.line_end for i in issues):
            continue
        out.append(Issue("warning", "missing_row", f"alignments: quarter {quarter} of a project reads {len(found)} "
                         f"strategy alignments where {agreeing} other rounds of the report each print "
                         f"{most}: the rows are the report's plans, printed every round, so this round lost "
                         f"{most - len(found)} to OCR (a heading damaged past reading, its text run into the row "
                         "before)", {"missing": most - len(found)}, a, b, project_key=key, field="alignments"))
    return out


_NOT_LETTER_RE = regex.compile(r"[^\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4eA-Za-z0-9๐-๙]")


# The target kinds a report never prints one text under both: a round's output and outcome targets, each under its
# heading (เป้าหมายเชิงผลผลิต / เชิงผลลัพธ์).  Its indicators (ดัชนีชี้วัดความสำเร็จ) often restate one of them word
# for word (sample 004 does, in every round)
CROSSED_KINDS = frozenset({"output", "outcome"})


def kinds_crossed(rows: list[dict], issues: list[Issue]) -> list[Issue]:
    """An unread_cells on `targets` for each output or outcome target row
    whose text (its letters, marks and digits: OCR's spaces aside) the
    report prints elsewhere under the other of the two only (another
    quarter or project): a report prints its projects' targets under their
    kinds' headings, a text under one of them throughout, so the heading
    between them was lost to OCR here and this round's rows under it were
    read as the kind above (fresh set s115x, obec_progress_s115x001: a
    round's outcome heading lost, its outcome targets read as outputs, one
    an output row of its own with no issue).  No report of any set's truth
    prints one text under both; a round may (sample 004 prints "ยังไม่
    สามารถตอบเป้าหมาย..." under each heading of a round not yet done), so
    the printings of its own round are no witness.  Not where an issue
    names the table at the row's lines already."""
    keyed = [(row, _NOT_LETTER_RE.sub("", row["text"])) for row in rows
             if row.get("text") and row["kind"] in CROSSED_KINDS]
    texts: dict[str, dict[str, list[dict]]] = {}
    for row, key in keyed:
        texts.setdefault(key, {}).setdefault(row["kind"], []).append(row)
    out = []
    for row, key in keyed:
        kinds = texts[key]
        here = (row["project_key"], row.get("quarter"))
        other = [(kind, found) for kind, rs in kinds.items() if kind != row["kind"]
                 if (found := [r for r in rs if (r["project_key"], r.get("quarter")) != here])]
        if not other or any(r is not row for r in kinds[row["kind"]]):
            continue
        if any(i.field == "targets" and i.line_start is not None and i.line_end is not None
               and i.line_start <= row["line_end"] and row["line_start"] <= i.line_end for i in issues + out):
            continue
        kind, found = other[0]
        out.append(Issue("warning", "unread_cells", f"targets: quarter {row.get('quarter')}'s {row['kind']} target "
                         f"{row['seq']} is a text the report prints elsewhere under the kind {kind} only (line "
                         f"{found[0]['line_start']}): the heading between the kinds was lost to OCR, so this row's "
                         "kind, and the round's rows under that heading, are in doubt", row["text"][:80],
                         row["line_start"], row["line_end"], project_key=row["project_key"], field="targets"))
    return out


def lost_said_once(issues: list[Issue]) -> list[Issue]:
    """The issues without a project lost that the order of a project's
    rounds says (read.py: rule quarter_order) where the summary's count
    already says its group lost one (or the report's total does): one
    project lost, said once."""
    def evidence(i: Issue) -> dict:
        return json.loads(i.evidence) if i.code == "project_unread" and i.field == "projects" and i.evidence else {}

    # (an issue on the report's total has no status, or an empty one: it says every group's loss)
    counted = {e.get("status") or "" for i in issues if "stated" in (e := evidence(i))}
    return [i for i in issues if evidence(i).get("rule") != "quarter_order"
            or not ({evidence(i)["status"], ""} & counted)]


def _total_by_percents(summary: dict[str, Reading]) -> tuple[int, list[Reading]] | None:
    """The report's number of projects two or more of the summary's groups
    agree on by their count and percent (4 at 21.05 % and 7 at 36.84 % are
    each 4 and 7 of 19), with those groups' percents; None where fewer agree
    or groups agree on different totals."""
    totals: dict[int, list[Reading]] = {}
    for status in STATUS_ORDER:
        pct, n = summary.get(f"pct_{status}"), summary.get(f"n_{status}")
        if pct is None or n is None or not isinstance(n.value, int) or n.value <= 0 or not pct.value \
                or not 0 < pct.value < 100:
            continue
        t = round(100 * n.value / float(pct.value))
        if t > n.value and abs(100 * n.value / t - float(pct.value)) <= 0.01:
            totals.setdefault(t, []).append(pct)
    agreed = [(t, pcts) for t, pcts in totals.items() if len(pcts) >= 2]
    return agreed[0] if len(agreed) == 1 and len(totals) == 1 else None


# The tables whose rows a project holds: where its title was lost, they are lost with it or stand under the
# project before it (its lists read on into the lost one's), and either way in doubt at the group's lines.
PROJECT_ROW_TABLES = ("targets", "activities", "alignments", "findings", "quarterly_budgets")


def _unread_in_group(status: str, stated: int | None, read: list[dict[str, Reading]],
                     printed: str | None = None) -> list[Issue]:
    """A group that lists fewer projects than the summary counts: the loss said
    at the group's own lines (its projects read, among or after which the
    missing ones stand), about the projects table, not only at the summary,
    and about each table of the projects' rows at those lines: a project
    whose title OCR lost leaves its targets, activities, alignments, findings
    and budgets unread, or read as more items of the project before it.
    With no `status`, the whole report's projects against the summary's
    total, where the groups' counts do not account for the loss."""
    spans = [rec["name"].span for rec in read if "name" in rec]
    lines = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (None, None)
    evidence = json.dumps({"status": status, "stated": stated, "read": len(read),
                           "titles": [rec["name"].value[:60] for rec in read if "name" in rec]}, ensure_ascii=False)
    where = f"lines {lines[0]}-{lines[1]}" if spans else "the report"
    group = f"{status} " if status else ""
    if stated is None:  # no count read to check the group against
        return [Issue("warning", "project_unread", f"the summary's count of {group}projects and of all projects was "
                      f"not read: {len(read)} were read in {where}, and projects of the group whose titles OCR lost "
                      "would go unnoticed (their rows lost, or read as more items of the project before them)",
                      evidence, *lines, field="projects")]
    what = (f"the summary counts {stated} {group}projects, {len(read)} were read: {stated - len(read)} project(s) "
            f"{'of this group ' if status else ''}in {where} were not recognised")
    if printed is not None:
        what = (f"the summary's count of {group}projects, printed '{printed}', may read {stated} (Thai digits OCR "
                f"confuses), more than the {len(read)} read: project(s) {'of this group ' if status else ''}in "
                f"{where} may not have been recognised")
    out = [Issue("error", "project_unread", f"{what}; their rows (targets, activities, alignments, findings, "
                 "budgets) are lost with them, or were read as more items of the project before them", evidence,
                 *lines, field="projects")]
    out += [Issue("warning", "project_unread", f"{what}: rows of {table} in these lines may belong to a project whose "
                  "title OCR lost (read as more items of the project before it), or be missing", evidence, *lines,
                  field=table) for table in PROJECT_ROW_TABLES]
    return out


def check_totals(summary: dict[str, Reading], budgets: list, projects: dict) -> list[Issue]:
    """Planned and disbursed totals against the sum over the projects' budget
    rows for the summary's quarter; the issue lists which rows were summed."""
    quarter = value_of(summary, "budget_quarter")
    rows = [(rk, row) for rk, _, row in budgets if quarter is None or row["quarter"] == quarter]
    summed = [{"status": rk[0], "group_seq": rk[1], "name": projects[(rk[0], rk[1])]["name"].value[:60],
               "planned": str(row["planned"]) if row["planned"] is not None else None,
               "disbursed": str(row["disbursed"]) if row["disbursed"] is not None else None} for rk, row in rows]
    n_projects = len({(rk[0], rk[1]) for rk, _ in rows})
    stated_n = value_of(summary, "n_budgeted_projects")
    issues = []
    for column, name in (("planned", "budget_planned"), ("disbursed", "budget_disbursed")):
        stated = summary.get(name)
        if stated is None or stated.value is None:  # (a total kept unread: its unparsed_value says so)
            continue
        total = sum((row[column] for _, row in rows if row[column] is not None), Decimal(0))
        if money_equal(total, stated.value):
            continue
        issues.append(Issue(
            "warning", "summary_total_mismatch",
            f"the summary's {column} total {stated.value:,.2f} for {stated_n or '?'} projects differs from the sum "
            f"{total:,.2f} over the {len(rows)} quarter-{quarter or '?'} budget rows of {n_projects} projects "
            f"(difference {stated.value - total:,.2f}); the rows summed are in evidence",
            {"rows": summed, "text": stated.text}, *stated.span, field=f"report_summaries.{name}"))
        recs = [(rk, rec) for rk, rec, row in budgets if quarter is None or row["quarter"] == quarter]
        pinned = _rows_one_digit_off(stated, column, recs) if _summary_adds_up(summary) else []
        issues += pinned or _rows_in_doubt(stated, column, total, recs)
    flagged = {i.field for i in issues}
    rest = summary.get("budget_not_disbursed")
    doubted = [name for name in ("planned", "disbursed") if f"report_summaries.budget_{name}" in flagged
               and not sure(summary[f"budget_{name}"])]
    if doubted and rest is not None and stated_n == n_projects and _summary_adds_up(summary):
        # the undisbursed amount is the planned total less the disbursed one, and a total of them its rows do not
        # bear out, over as many projects as the summary counts (a total over other projects than the rows',
        # as the real report's 24 against 27 rows, says nothing of its digits), printed in digits OCR may have
        # misread (not sure): it rests on that total, misread with it if it is (fresh set s146o,
        # obec_progress_s146o002: "113,105" for 113,104 and "10,645" for 10,646, their sum right, the second with
        # nothing said)
        issues.append(Issue("warning", "summary_total_mismatch",
                            f"the summary's undisbursed amount {rest.value:,.2f} is its planned total less its "
                            + (f"disbursed one, and the {doubted[0]} total differs from the sum of its rows: if it "
                               "is misread, so is this amount" if len(doubted) == 1 else "disbursed one, and both "
                               "totals differ from the sums of their rows: if either is misread, so is this amount")
                            + "; kept as read", rest.text, *rest.span,
                            field="report_summaries.budget_not_disbursed"))
    return issues


def _rows_in_doubt(stated: Reading, column: str, total: Decimal,
                   rows: list[tuple[tuple, dict[str, Reading]]]) -> list[Issue]:
    """The summary's total disagrees with its quarter's rows and no row's
    one digit explains it (_rows_one_digit_off): one of the rows, or the
    total, was misread, and an amount of Arabic or certain digits ("170.66"
    for 179.86, "35,032" for 36,032) has no issue of its row saying so (an
    uncertain one's Thai digits are said: pipeline.doubtful).  Each such
    row's amount is named at its lines (summary_total_mismatch), kept as
    read: the sum cannot tell which figure is wrong."""
    out = []
    for rk, rec in rows:
        reading = rec.get(column)
        if reading is None or not sure(reading):
            continue
        out.append(Issue("warning", "summary_total_mismatch",
                         f"{column}: {rk[0]} project {rk[1]}'s amount reads {reading.value:,.2f}; the summary's "
                         f"total {stated.value:,.2f} differs from the sum {total:,.2f} of the quarter's rows, and no "
                         "one digit of a row explains it: this amount, another row's or the total may be misread; "
                         "kept as read", {"text": reading.text.strip()[-60:]},
                         *reading.span, field=f"quarterly_budgets.{column}"))
    return out


def _summary_adds_up(summary: dict[str, Reading]) -> bool:
    """Whether the summary's planned, disbursed and undisbursed amounts are
    all read and agree (planned - disbursed = undisbursed): a total its own
    other figures bear out, not one OCR misread."""
    planned, disbursed, rest = (value_of(summary, k) for k in ("budget_planned", "budget_disbursed",
                                                                "budget_not_disbursed"))
    return None not in (planned, disbursed, rest) and money_equal(planned - disbursed, rest)


def _rows_one_digit_off(stated: Reading, column: str, rows: list[tuple[tuple, dict[str, Reading]]]) -> list[Issue]:
    """The summary's total, which its other figures bear out
    (_summary_adds_up), disagrees with its quarter's rows, and every
    figure of the sum is certain (Arabic digits, or Thai ones no misread
    changes: no repair could mend it), so nothing names the rows; yet a
    digit OCR misread in them ("43,800" for 13,800) leaves a row's amount
    wrong with no issue of the row saying so.  Each row whose amount, one
    digit read otherwise, makes the sum hold is named (repair_ambiguous,
    the amount it would be as candidate); none is chosen: the total may be
    the misread figure, and several rows may fit."""
    if not enabled() or not sure(stated) or not rows or not all(rec.get(column) is not None and sure(rec[column])
                                                               for _, rec in rows):
        return []
    diff = stated.value - sum((rec[column].value for _, rec in rows), Decimal(0))
    fits = [(rk, rec[column]) for rk, rec in rows if _one_digit_apart(rec[column].value, rec[column].value + diff)]
    issues = []
    for rk, reading in fits:
        would = reading.value + diff
        evidence = json.dumps({"rule": "sum", "printed": reading.text.strip()[-60:], "read": str(reading.value),
                               "candidates": [f"{would:.2f}"]}, ensure_ascii=False)
        others = f" (so would {len(fits) - 1} other row(s) of the quarter)" if len(fits) > 1 else ""
        issues.append(Issue("warning", "repair_ambiguous",
                            f"{column}: {rk[0]} project {rk[1]}'s amount reads {reading.value:,.2f}; the summary's "
                            f"total {stated.value:,.2f} differs from the quarter's rows by {diff:,.2f}, and this "
                            f"amount with one digit read otherwise, {would:,.2f}, makes them agree{others}: OCR may "
                            "have misread it (the digits are Arabic or certain, so no repair tells which); kept as "
                            "read", evidence, *reading.span, field=f"quarterly_budgets.{column}"))
    return issues


def _one_digit_apart(a: Decimal, b: Decimal) -> bool:
    """Whether two non-negative amounts differ in one digit, written alike."""
    x, y = f"{a:.2f}", f"{b:.2f}"
    return b >= 0 and len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def check_summary_arithmetic(summary: dict[str, Reading]) -> list[Issue]:
    """disbursed_pct = disbursed / planned; undisbursed = planned - disbursed;
    the as-of date closes the round's months of the fiscal year."""
    issues = []
    planned, disbursed = value_of(summary, "budget_planned"), value_of(summary, "budget_disbursed")
    pct = summary.get("disbursed_pct")
    if planned and disbursed is not None and pct is not None:
        computed = float(disbursed / planned * 100)
        if abs(computed - pct.value) > 0.005 + 1e-9:
            issues.append(Issue("warning", "percent_mismatch",
                                f"{disbursed:,.2f} of {planned:,.2f} is {computed:.2f} %, the summary says {pct.value:.2f} %",
                                pct.text, *pct.span, field="report_summaries.disbursed_pct"))
    rest = summary.get("budget_not_disbursed")
    if planned is not None and disbursed is not None and rest is not None and rest.value is not None and \
            not money_equal(planned - disbursed, rest.value):
        issues.append(Issue("warning", "summary_total_mismatch",
                            f"planned - disbursed = {planned - disbursed:,.2f}, the summary says {rest.value:,.2f} was "
                            "not disbursed", rest.text, *rest.span, field="report_summaries.budget_not_disbursed"))
    fy, months, as_of = (value_of(summary, k) for k in ("fiscal_year_be", "period_months", "as_of_date"))
    if fy and months and as_of:
        start, _ = fiscal_year_window(fy)
        last = start.month - 1 + months - 1  # the round's last month, counted from January of start.year
        expected = last_day(start.year + last // 12, last % 12 + 1)
        if as_of != expected:
            reading = summary["as_of_date"]
            issues.append(Issue("warning", "date_outside_fiscal_year",
                                f"a {months}-month round of fiscal year {fy} ends {expected}, the data is as of {as_of}",
                                reading.text, *reading.span, field="report_summaries.as_of_date"))
    return issues


def check_budget_rows(budgets: list, fy: int | None) -> list[Issue]:
    """A row's fiscal year against the report's; disbursed above planned."""
    issues = []
    for rk, rec, row in budgets:
        where = rec.get("quarter") or next(iter(rec.values()))
        if fy and row["fiscal_year_be"] and row["fiscal_year_be"] != fy:
            # a year no section of this report may report (parsers.obec_progress.year) is a misread one
            # more likely than not; it is the row's key and puts the whole row under another year, so
            # the issue names the row (the table at its lines), not the year alone; so too a year one the report
            # may report whose printing is garbled ("๒56๕ซ" read 2565 in a 2567 report: fresh set s116t,
            # obec_progress_s116t001, whose row's note stood under 2565 with no issue naming it)
            may = may_report(row["fiscal_year_be"], fy)
            garbled = year_printed_garbled(rec["fiscal_year_be"].text) if "fiscal_year_be" in rec else ""
            why = ("" if may and not garbled else
                   ", a year no section of the report may report, and the row is keyed by it" if not may else
                   f", its printing {garbled!r} garbled past four digits, and the row is keyed by it")
            issues.append(Issue("warning", "fiscal_year_mismatch",
                                f"a budget row of {rk[0]} project {rk[1]} says fiscal year {row['fiscal_year_be']} in a "
                                f"{fy} report; the text's value is kept{why}", where.text, *where.span,
                                field="quarterly_budgets.fiscal_year_be" if may and not garbled
                                else "quarterly_budgets"))
        elif fy and row["fiscal_year_be"] is None and "fiscal_year_be" in rec:
            # the heading's year read as no year its characters allow the report's, nor any the round's
            # other headings settle ("๒๕55๐"): the row has no key year, so the issue names the row
            printed = rec["fiscal_year_be"].text
            issues.append(Issue("warning", "missing_value",
                                f"a budget row of {rk[0]} project {rk[1]}: its heading (printed {printed!r}) gives no "
                                f"fiscal year that could be the report's {fy}; the row is keyed by none",
                                printed, *where.span, field="quarterly_budgets"))
        if row["planned"] is not None and row["disbursed"] is not None and row["disbursed"] > row["planned"]:
            issues.append(Issue("warning", "overspent",
                                f"{rk[0]} project {rk[1]}: disbursed {row['disbursed']:,.2f} is above planned "
                                f"{row['planned']:,.2f}", {"spent": str(row["disbursed"]), "limit": str(row["planned"]),
                                                            "text": rec["disbursed"].text}, *rec["disbursed"].span,
                                field="quarterly_budgets.disbursed"))
    return issues
