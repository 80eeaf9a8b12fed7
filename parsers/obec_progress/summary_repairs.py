"""The OBEC summary's figures after OCR, repaired from what the report says
twice over.

The round: a report covers 3, 6, 9 or 12 months of its fiscal year; the
summary's budget figures are for the round's last quarter (months = 3 x
quarter); the data is as of the last day of the round's last month
(October + months - 1).  When exactly one (months, quarter) pair fits the
readings OCR left of the three, the damaged ones are repaired to it, and
the as-of date to the day the round ends, when its printing names that
month and its digits can be that day and year (a year's digits as the
fiscal-year mentions are read: parsers.repair.year_candidates), and the
report's fiscal year is settled; where that year was chosen in doubt, the
date is given in doubt (repair_ambiguous), as the year is; a year left
undecided dates nothing.

The counts: the summary's count of a status group is the number of titles
the report lists under that group; a count OCR misread is repaired to the
titles listed when that is one of its readings and the groups' titles add up
to the report's stated total (the listing missed none); one OCR left unread
is the total less the other groups' counts, when those are the titles listed
under them and it is the titles listed under it.  The stated total
itself is repaired to the titles listed when that is one of its readings and
a group's own count and percentage, both read, give that total and not the
one read (4 at 28.57 % is 4 of 14, not of 15): the listing is then borne out
by figures of the summary, not by itself (repair_total); a total OCR left
unread is the titles listed on the same terms.  Where the report's layout
says OCR lost titles (titles_lost), the listing counts nothing: no count is
repaired to it, and a count the summary's figures leave open is said in
doubt (_listing_short).
"""

from __future__ import annotations

import json
from typing import Any

import regex

from normalizers.confusions import LOOKALIKE_CHAR, SPLIT_READS, added_misreads, candidates
from normalizers.dates import MONTHS, fiscal_year_window, last_day, month_number
from normalizers.errors import ValueParseError
from normalizers.numbers import parse_percent, thai_digits_to_arabic
from normalizers.text import mark_tolerant
from parsers.obec_progress.anchors import QUARTER_LABEL_LOOSE
from parsers.digits import TO_THAI
from parsers.repair import enabled, readings_of, year_candidates, year_candidates_unwritten
from schemas.document import Issue, Reading, value_of

ROUND_MONTHS = (3, 6, 9, 12)
_MONTHS_TOKEN_RE = regex.compile(r"รอบ\s*(\S{0,3}?)\s*เดือน")
_QUARTER_TOKEN_RE = regex.compile(rf"{QUARTER_LABEL_LOOSE}\s*(\S{{1,2}}?)(?=\s|$)")
_FULL_MONTHS = sorted((k for k in MONTHS if len(k) > 4), key=len, reverse=True)
_MONTH_RE = regex.compile("|".join(mark_tolerant(k, spaces=False) for k in _FULL_MONTHS))
# "<day> <month> [พ.ศ.] <year>" with whatever OCR made of the day and year
_DATE_PARTS_RE = regex.compile(rf"(\S{{1,3}})?\s*({_MONTH_RE.pattern})\s*(?:พ\.?\s*ศ\.?)?\s*(\S{{4,5}})?")


def _readings(token: str | None, allowed: tuple[int, ...]) -> set[int]:
    """The allowed values a printed number could be; all of them when OCR left no digit."""
    if not token or not any(ch.isdigit() or ch in "oO@mnbd" for ch in token):
        return set(allowed)
    return {int(c) for c in candidates(token) if c.isdigit() and int(c) in allowed}


def _token(reading: Reading | None, rx: regex.Pattern) -> str | None:
    if reading is None:
        return None
    m = rx.search(reading.text)
    return m.group(1) if m else None


def _repaired(field: str, printed: str | None, value: Any, reading: Reading, why: str) -> Issue:
    shown = printed or "(nothing)"
    return Issue("warning", "value_repaired", f"{field}: printed {shown!r} is read as {value}; {why}",
                 json.dumps({"rule": "round", "printed": shown, "chosen": str(value)}, ensure_ascii=False),
                 reading.line_start, reading.line_end, field=f"report_summaries.{field}")


def repair_round(summary: dict[str, Reading], year_settled: bool = True, year_chosen: bool = False,
                 unread: str = "") -> list[Issue]:
    """The round's months, budget quarter and as-of date (see module doc);
    the as-of date when the report's fiscal year is `year_settled` (not left
    ambiguous by parsers.obec_progress.year), and in doubt when the year was
    chosen in doubt (`year_chosen`: a repair_ambiguous names the date, whose
    year is the report's), or when its printed year reads as the report's
    only if a digit the document's OCR never writes (`unread`, Arabic:
    parsers.digits) came out as another; a year left undecided dates
    nothing."""
    if not enabled() or not summary:
        return []
    months_r, quarter_r, as_of_r = summary.get("period_months"), summary.get("budget_quarter"), summary.get("as_of_date")
    if months_r is None and quarter_r is None:
        return []
    m_token, q_token = _token(months_r, _MONTHS_TOKEN_RE), _token(quarter_r, _QUARTER_TOKEN_RE)
    months = _readings(m_token, ROUND_MONTHS) if months_r is not None else set(ROUND_MONTHS)
    # a number no round has ('รอบ 5 เดือน' for ๖, a misread the table of confusions lacks): its digits
    # tell nothing, as when OCR left none; the quarter and the as-of date may still decide
    no_round = months_r is not None and m_token is not None and not months
    if no_round:
        months = set(ROUND_MONTHS)
    quarters = _readings(q_token, (1, 2, 3, 4)) if quarter_r is not None else {1, 2, 3, 4}
    if months_r is not None and m_token is None and months_r.value is not None:
        months = {months_r.value}  # read, though not from a token this module finds: it stands
    if quarter_r is not None and q_token is None and quarter_r.value is not None:
        quarters = {quarter_r.value}
    named = _as_of_parts(as_of_r)
    ends = {(named[1] - 10) % 12 + 1} if named and named[1] else None  # the months a round ending then has
    pairs = [(m, q) for m in months for q in quarters if m == 3 * q and (ends is None or m in ends)]
    issues: list[Issue] = []
    if len(pairs) != 1:
        if no_round and months_r.value is not None:
            fits = sorted({m for m, _ in pairs})
            issues.append(Issue("warning", "repair_ambiguous" if fits else "implausible_value",
                                f"period_months: printed {m_token!r} reads {months_r.value}, no round's months "
                                f"(a round is {', '.join(map(str, ROUND_MONTHS))} months); "
                                + ("its quarter and as-of date leave " + ", ".join(map(str, fits)) if fits
                                   else "its quarter and as-of date fit none") + "; the printed value is kept",
                                json.dumps({"rule": "round", "printed": m_token, "read": months_r.value,
                                            "candidates": fits}, ensure_ascii=False),
                                months_r.line_start, months_r.line_end, field="report_summaries.period_months"))
        elif months_r is not None and quarter_r is not None and months_r.value is not None \
                and quarter_r.value is not None and not any(m == 3 * q for m in months for q in quarters):
            # the round's months and its budget quarter both read, and no reading of either fits the other ("รอบ ๑๒
            # เดือน" and "ไตรมาสที่ ๑": a 12-month round reports quarter 4): OCR misread one, and nothing tells which
            # (a digit the table of confusions lacks); both kept as read, and said (silent before)
            issues += [Issue("warning", "implausible_value",
                             f"{name}: the round's months printed {m_token!r} ({months_r.value}) and its budget "
                             f"quarter printed {q_token!r} ({quarter_r.value}) disagree (a round of N months "
                             "reports quarter N/3), and no reading of either fits the other: OCR misread one; "
                             "kept as read", json.dumps({"rule": "round", "printed": f"{m_token} {q_token}",
                                                         "read": [months_r.value, quarter_r.value]},
                                                        ensure_ascii=False),
                             reading.line_start, reading.line_end, field=f"report_summaries.{name}")
                       for name, reading in (("period_months", months_r), ("budget_quarter", quarter_r))]
        return issues
    (m, q), why = pairs[0], "the round's months, its budget quarter and its as-of date agree on no other reading"
    if no_round:
        why = f"{months_r.value} months is no round's; its budget quarter and its as-of date agree on no other"
    if months_r is not None and months_r.value != m:
        issues.append(_repaired("period_months", m_token, m, months_r, why))
        summary["period_months"] = Reading(m, months_r.text, *months_r.span)
    if quarter_r is not None and quarter_r.value != q:
        issues.append(_repaired("budget_quarter", q_token, q, quarter_r, why))
        summary["budget_quarter"] = Reading(q, quarter_r.text, *quarter_r.span)
    fy = value_of(summary, "fiscal_year_be")
    if as_of_r is not None and named is not None and isinstance(fy, int) and (year_settled or year_chosen):
        issues += _repair_as_of(summary, as_of_r, named, fy, m, in_doubt=not year_settled, unread=unread)
    return issues


def _as_of_parts(reading: Reading | None) -> tuple[str | None, int | None, str | None] | None:
    """(day, month, year) as printed in the as-of date, the month as a number."""
    if reading is None:
        return None
    m = _DATE_PARTS_RE.search(reading.text)
    if m is None:
        return None
    try:
        month = month_number(m.group(2))
    except ValueParseError:
        return None
    return m.group(1), month, m.group(3)


def _repair_as_of(summary: dict[str, Reading], reading: Reading, named: tuple, fy: int, months: int,
                  in_doubt: bool = False, unread: str = "") -> list[Issue]:
    start, _ = fiscal_year_window(fy)
    last = start.month - 1 + months - 1
    expected = last_day(start.year + last // 12, last % 12 + 1)
    day, month, year = named
    if reading.value == expected or month != expected.month:
        return []
    be = expected.year + 543
    fits_day = day is None or str(expected.day) in candidates(day) or not _readings(day, tuple(range(1, 32)))
    fits_year = year is None or str(be) in candidates(year) or be in year_candidates(year) \
        or not any(ch.isdigit() for ch in thai_digits_to_arabic(year))
    unwritten = ""
    if fits_day and not fits_year and unread:
        # the year's digits read so only if a digit the document's OCR never writes (parsers.digits: ๗ in 2567,
        # "๒๕๒๑") came out as another: the date in doubt, as a budget row's year so read is (year._row_by_unwritten)
        if be in year_candidates_unwritten(year, unread):
            fits_year, in_doubt, unwritten = True, True, unread
    if not (fits_day and fits_year):
        return []
    printed = " ".join(p for p in (day, year) if p) or "(nothing)"
    summary["as_of_date"] = Reading(expected, reading.text, *reading.span)
    what = (f"as_of_date: printed {reading.text!r} is read as {expected}: a {months}-month round of fiscal year "
            f"{fy} ends that day, and the printed month is its month")
    evidence = {"rule": "round", "printed": printed, "chosen": expected.isoformat()}
    if in_doubt:  # (the report's year chosen in doubt: so is the date's, flagged as the year is wherever it goes)
        why = (f"its printed year reads {be} only if a digit this document's OCR never writes "
               f"({' '.join(d.translate(TO_THAI) for d in unwritten)}) came out as another"
               if unwritten else "the report's fiscal year is in doubt (see report_summaries.fiscal_year_be), and "
               "so is the date's year")
        return [Issue("warning", "repair_ambiguous", f"{what}; {why}",
                      json.dumps({**evidence, "candidates": [expected.isoformat()]}, ensure_ascii=False),
                      *reading.span, field="report_summaries.as_of_date")]
    return [Issue("warning", "value_repaired", what, json.dumps(evidence, ensure_ascii=False),
                  *reading.span, field="report_summaries.as_of_date")]


def summary_span(summary: dict[str, Reading]) -> tuple[int, int] | None:
    """The summary's lines (the first and last its readings stand on): where a value of it that was not read
    stands, for the repair that gives it.  None when no reading has a line."""
    spans = sorted(r.span for r in summary.values() if r.line_start is not None)
    return (spans[0][0], max(end for _, end in spans)) if spans else None


def titles_lost(issues: list[Issue]) -> int:
    """How many titles the report's layout says OCR lost: each round out of quarter order, the start of a
    project whose title was lost (project_unread on projects, rule quarter_order).  The titles listed then fall
    short of the projects by that many at least, and are no count of them (repair_total, repair_counts,
    repair_counts_jointly).  A group header's count above the titles read (rule group_header) is a figure OCR
    may have misread like the summary's ("๓๕" for ๙, a digit written as two): no loss here."""
    n = 0
    for issue in issues:
        if issue.code == "project_unread" and issue.severity == "error" and issue.field == "projects" \
                and isinstance(issue.evidence, str) and issue.evidence \
                and json.loads(issue.evidence).get("rule") == "quarter_order":
            n += 1
    return n


def repair_total(summary: dict[str, Reading], listed: dict[str, int], lost: int = 0) -> list[Issue]:
    """The summary's total count of projects read as another number than the
    titles listed (see module doc); before repair_counts, which asks the
    groups' titles to add up to it.  Nothing where titles were `lost`
    (titles_lost): the listing is then no count."""
    reading, n = summary.get("n_projects"), sum(listed.values())
    read = reading.value if reading is not None and isinstance(reading.value, int) else None
    if not enabled() or lost or read == n or not n or (reading is not None and read is None):
        return []
    token = _TOTAL_TOKEN_RE.search(reading.text) if reading is not None else None
    if reading is not None and (token is None or str(n) not in candidates(token.group(1))):
        return []
    borne = []  # the groups whose count (neither none nor all) and percentage give n and not the total read
    for status in listed:
        count, pct = value_of(summary, f"n_{status}"), value_of(summary, f"pct_{status}")
        if isinstance(count, int) and 0 < count < n and pct is not None and abs(100 * count / n - pct) < 0.006 \
                and (not read or abs(100 * count / read - pct) >= 0.006):  # (a total read as 0: no count's)
            borne.append(f"{count} at {pct:.2f} %")
    counts = [value_of(summary, f"n_{status}") for status in STATUSES]
    if not borne and reading is None and all(isinstance(c, int) for c in counts) and sum(counts) == n \
            and all(c == listed.get(status, 0) for c, status in zip(counts, STATUSES)):
        # (the total's clause not read, no percentage read right: the three groups' counts as read, each the
        # titles listed under it, add up to the titles listed; a total read otherwise is left as read, said)
        borne = [f"the groups' counts {' + '.join(str(c) for c in counts)}, each as many as its titles"]
    if not borne:
        return []
    if reading is None:  # the total's clause not read at all (its missing_value says so): the two agree on it
        span = summary_span(summary)
        if span is None:
            return []
        summary["n_projects"] = Reading(n, "", *span)
        return [Issue("warning", "value_repaired",
                      f"n_projects: the summary's total was not read; the report lists {n} projects, and its groups' "
                      f"counts and percentages ({', '.join(borne)}) are each of {n}",
                      json.dumps({"rule": "count", "printed": None, "read": None, "chosen": n}, ensure_ascii=False),
                      *span, field="report_summaries.n_projects")]
    summary["n_projects"] = Reading(n, reading.text, *reading.span)
    return [Issue("warning", "value_repaired",
                  f"n_projects: printed {token.group(1)!r} reads {reading.value}; the report lists {n} projects, and "
                  f"its groups' counts and percentages ({', '.join(borne)}) are each of {n}",
                  json.dumps({"rule": "count", "printed": token.group(1), "read": reading.value, "chosen": n},
                             ensure_ascii=False), *reading.span, field="report_summaries.n_projects")]


def repair_counts(summary: dict[str, Reading], listed: dict[str, int], lost: int = 0) -> list[Issue]:
    """A status group's count read as another number than the titles listed
    under it (see module doc); nothing where titles were `lost`."""
    total = value_of(summary, "n_projects")
    if not enabled() or lost or not isinstance(total, int) or sum(listed.values()) != total:
        return []
    issues: list[Issue] = []
    for status, n in listed.items():
        reading = summary.get(f"n_{status}")
        if reading is None or reading.value == n:
            continue
        token = _COUNT_TOKEN_RE.search(reading.text)
        if token is None or str(n) not in candidates(token.group(1)):
            continue
        summary[f"n_{status}"] = Reading(n, reading.text, *reading.span)
        issues.append(Issue("warning", "value_repaired",
                            f"n_{status}: printed {token.group(1)!r} reads {reading.value}; the report lists {n} "
                            f"{status} projects and its groups add up to the {total} it states",
                            json.dumps({"rule": "count", "printed": token.group(1), "read": reading.value, "chosen": n},
                                       ensure_ascii=False), *reading.span, field=f"report_summaries.n_{status}"))
    # a group whose count OCR left unread (its clause not matched): the total less the other groups' counts, when
    # those are read as the titles listed under them and it is the titles listed under it
    unread = [status for status in listed if summary.get(f"n_{status}") is None]
    others = [value_of(summary, f"n_{status}") for status in listed if status not in unread]
    span = summary_span(summary)
    if len(unread) == 1 and span is not None and others == [n for status, n in listed.items() if status not in unread]:
        status = unread[0]
        n = total - sum(others)
        if n == listed[status]:
            summary[f"n_{status}"] = Reading(n, "", *span)
            issues.append(Issue("warning", "value_repaired",
                                f"n_{status}: the summary's count of {status} projects was not read; it states {total} "
                                f"projects, its other groups {sum(others)}, and the report lists {n} {status} projects",
                                json.dumps({"rule": "sum", "printed": None, "read": None, "chosen": n},
                                           ensure_ascii=False), *span, field=f"report_summaries.n_{status}"))
    return issues


STATUSES = ("completed", "in_progress", "not_started")
MAX_COUNT = 999  # a count the summary may state (three digits)
MAX_SOLUTIONS = 50  # sets of counts that fit the figures: past so many, they tell nothing


def repair_counts_jointly(summary: dict[str, Reading], listed: dict[str, int], unread: str = "",
                          lost: int = 0) -> list[Issue]:
    """The summary's counts and percentages checked together: the groups'
    counts add up to the total, and each group's percentage is its count
    of the total (rounded to 0.01).  Each figure may be any reading of its
    printed digits (parsers.repair.readings_of), a count not read any
    count; where exactly one set of counts fits every figure, and its total
    is the number of titles the report lists (a second, independent
    witness), each count read otherwise is repaired to it (value_repaired,
    rule count): "๑๕" at "๕ ... ร้อยละ 5๓.๑4" is 14 with 8 at 57.14 %, the
    only counts whose percentages the printings allow; unless it changes a
    count read as the titles listed under its group, which two witnesses
    bear out (_overrules_listing).  Where several sets
    fit, the one that is the titles listed in every group and in all is
    chosen, the figures' readings bearing the listing out.  Where none is
    chosen so, and the document's OCR never writes some digits (`unread`,
    Arabic: parsers.digits), each of them may have come out as any other
    digit (as the year's readings take it: parsers.repair.
    year_candidates_unwritten): exactly one set of counts that fits, and
    it the titles listed in every group, is chosen.  After repair_total and
    repair_counts, which need a group's figures read right.  Where titles
    were `lost` (titles_lost), the listing is no witness: see _listing_short."""
    if not enabled() or not summary or set(listed) != set(STATUSES):
        return []
    titles = (sum(listed.values()), *(listed[s] for s in STATUSES))
    tokens: dict[str, str | None] = {}
    solutions = _fitting_counts(summary, tokens)
    if lost:
        return _listing_short(summary, solutions, tokens, titles[0] + lost)
    # one set of counts fits the figures and gives the titles listed; or of several that fit, one is the titles
    # listed in every group
    profile = ""  # (said where the digits the document's OCR never writes were read as any other)
    if solutions is not None and len(solutions) == 1 and next(iter(solutions))[0] == titles[0] \
            and not _overrules_listing(summary, next(iter(solutions)), titles):
        (solution,) = solutions
    elif solutions is not None and titles in solutions:
        solution = titles
    elif unread:
        with added_misreads([(d, x) for d in unread for x in "0123456789" if x != d]):
            solutions = _fitting_counts(summary, tokens)
        if solutions != {titles}:
            return _listing_unwritten(summary, titles, unread)
        solution = titles
        profile = (f" (each {' '.join(d.translate(TO_THAI) for d in unread)}, digits this document's OCR never "
                   "writes, read as any other digit)")
    else:
        return []
    span = summary_span(summary)
    issues: list[Issue] = []
    for name, value, listed_n in zip(("n_projects", *(f"n_{s}" for s in STATUSES)), solution, titles):
        reading = summary.get(name)
        if reading is not None and reading.value == value:
            continue
        if reading is None and span is None:
            continue
        where = reading.span if reading is not None else span
        summary[name] = Reading(value, reading.text if reading is not None else "", *where)
        printed = tokens[name]
        shown = f"printed {printed!r} reads {reading.value}" if printed is not None and reading is not None \
            else "was not read"
        evidence = {"rule": "count", "printed": printed, "read": reading.value if reading is not None else None,
                    "chosen": value}
        what = (f"{name}: {shown}; the summary's counts and percentages{profile} fit "
                + ("one set of counts only, " if len(solutions) == 1 else
                   f"{len(solutions)} sets of counts, one of them the titles listed in each group, ")
                + f"{solution[0]} projects of which {solution[1]} completed, {solution[2]} in progress and "
                f"{solution[3]} not started (each percentage its group's share of the total)")
        if value != listed_n:
            # the one fit gives this group another count than the titles the report lists under it: the total
            # alone bears the fit out, and a figure read from another group's cell (two table rows OCR ran
            # together: "อยู่ระหว่าง ดำเนินการ 3, ...ยังไม่ได้ ดำเนินการ จำนวน 4 ... จำนวน 0", the 4 taken for
            # the second group's) fits as well as its own: the count is given in doubt, both candidates named
            issues.append(Issue(
                "warning", "repair_ambiguous",
                f"{what}, and the report lists {solution[0]} titles, but {listed_n} under this group: which count "
                "is the group's is in doubt",
                json.dumps({**evidence, "candidates": [value, listed_n]}, ensure_ascii=False), *where,
                field=f"report_summaries.{name}"))
            continue
        issues.append(Issue(
            "warning", "value_repaired", f"{what}, and the report lists that many titles",
            json.dumps(evidence, ensure_ascii=False), *where, field=f"report_summaries.{name}"))
    return issues


def _listing_short(summary: dict[str, Reading], solutions: set[tuple[int, ...]] | None,
                   tokens: dict[str, str | None], least: int) -> list[Issue]:
    """The counts where the report's parts say titles were lost (titles_lost): the projects are `least` at
    least, and the titles listed, fewer, tell nothing of the counts.  Of the sets of counts that fit the
    summary's counts and percentages (_fitting_counts), those of `least` projects or more are left; a count
    that is not the same in each of them, or that none of them gives as read, is said in doubt
    (repair_ambiguous, its candidates the values those sets give) and kept as read, never chosen: "๕ ... ๕๐.๐๐"
    twice fits 4, 5, 8 or 9 projects in each group, and the 7 titles a group lists, one lost, are no count."""
    fits = sorted(s for s in (solutions or ()) if s[0] >= least)
    if not fits:
        return []
    issues: list[Issue] = []
    for i, name in enumerate(("n_projects", *(f"n_{s}" for s in STATUSES))):
        values = sorted({s[i] for s in fits})
        reading = summary.get(name)
        read = reading.value if reading is not None else None
        if values == [read]:
            continue
        span = reading.span if reading is not None else summary_span(summary)
        if span is None:
            continue
        printed = tokens.get(name)
        shown = f"printed {printed!r} reads {read}" if printed is not None and reading is not None else "was not read"
        issues.append(Issue(
            "warning", "repair_ambiguous",
            f"{name}: {shown}; the report's parts say OCR lost titles, so its projects are {least} at least and the "
            f"titles listed are no count of them; the summary's counts and percentages fit {len(fits)} set(s) of "
            f"counts of so many projects, giving {', '.join(map(str, values))}: none is chosen",
            json.dumps({"rule": "count", "printed": printed, "read": read, "candidates": values}, ensure_ascii=False),
            *span, field=f"report_summaries.{name}"))
    return issues


def _unwritten_only(printed: str, truth: str, unread: str) -> bool:
    """Whether `printed` (a figure's token, either script) is `truth` (Arabic) with only digits the document's
    OCR never writes (`unread`) read as others, however many: a share of "๔๔.๔๔" comes out "๕๕.๕๕" where the
    OCR writes no ๔, four changes past the readings' bound."""
    printed = thai_digits_to_arabic(printed)
    if len(printed) == len(truth) + 1:
        # one unwritten digit OCR wrote as two characters (SPLIT_READS: "๕๒.๕๒๐" for ๔๒.๘๖, its ๖ written "๒๐")
        return any(t in unread and printed[i:i + 2] in SPLIT_READS.get(t, ())
                   and _unwritten_only(printed[:i] + t + printed[i + 2:], truth, unread)
                   for i, t in enumerate(truth))
    return len(printed) == len(truth) and all(
        p == t or (t in unread and p.isdigit()) for p, t in zip(printed, truth))


def _listing_unwritten(summary: dict[str, Reading], titles: tuple[int, ...], unread: str) -> list[Issue]:
    """Where no set of counts fits the summary's figures under the readings' bound and the document's OCR never
    writes some digits (`unread`): the titles the report lists (`titles`: total, completed, in progress, not
    started) given in doubt (repair_ambiguous, rule count, chosen the listing's) to the counts read otherwise,
    when every printed count and share is the listing's figure with only such digits read as others
    (_unwritten_only: "๑๕ ... ๕ ... ๕๕.๕๕" for 18 with 8 at 44.44 % where the OCR writes no ๔ or ๘).  Each
    unwritten digit may stand behind every digit printed, so the figures alone cannot single the listing out:
    it is chosen in doubt, never repaired; a figure the listing does not fit so, or a total the groups do not
    add up to, and nothing is said; a share whose printing reads as no percentage at all is none (_share_read)."""
    total = titles[0]
    if total <= 0 or sum(titles[1:]) != total:
        return []
    names = ("n_projects", *(f"n_{s}" for s in STATUSES))
    wrong: list[tuple[str, Reading, str]] = []
    total_unread = False  # the total's clause read with no figure ("จำนวน โครงการ"): the groups' counts add up to it
    for name, rx, listed in zip(names, (_TOTAL_TOKEN_RE, _COUNT_TOKEN_RE, _COUNT_TOKEN_RE, _COUNT_TOKEN_RE), titles):
        reading = summary.get(name)
        token = rx.search(reading.text) if reading is not None and reading.text else None
        if token is None and name == "n_projects" and reading is None:
            total_unread = True
            continue
        if token is None:
            return []  # (a count not read: the listing alone would say it)
        if not _unwritten_only(token.group(1), str(listed), unread):
            return []
        if reading.value != listed:
            wrong.append((name, reading, token.group(1)))
    unreadable: list[str] = []  # shares printed that read as no percentage (_share_read): no figure, said
    for status, listed in zip(STATUSES, titles[1:]):
        reading = summary.get(f"pct_{status}") or summary.get(f"n_{status}")
        token = _PCT_TOKEN_RE.search(reading.text) if reading is not None and reading.text else None
        if token is not None and not _unwritten_only(token.group(1).rstrip(".,"), f"{100 * listed / total:.2f}",
                                                     unread):
            if _share_read(token.group(1).rstrip(".,"), unread):
                return []
            unreadable.append(token.group(1))
    span = summary_span(summary) if total_unread else None
    if not wrong and span is None:
        return []
    shown = " ".join(d.translate(TO_THAI) for d in unread)
    issues: list[Issue] = []
    if span is not None:
        # the total's figure lost ("จำนวน โครงการ"): the listing's, which every count and share printed bears out
        summary["n_projects"] = Reading(titles[0], "", *span)
        issues.append(Issue(
            "warning", "repair_ambiguous",
            f"n_projects: the summary's total was not read; the report lists {titles[0]} titles, {titles[1]} "
            f"completed, {titles[2]} in progress and {titles[3]} not started, and every count and percentage printed "
            f"is that listing's with only digits this document's OCR never writes ({shown}) read as others: the "
            f"listing's {titles[0]} is chosen in doubt",
            json.dumps({"rule": "count", "printed": None, "read": None, "chosen": titles[0],
                        "candidates": [titles[0]]}, ensure_ascii=False),
            *span, field="report_summaries.n_projects"))
    for name, reading, printed in wrong:
        listed = titles[names.index(name)]
        summary[name] = Reading(listed, reading.text, *reading.span)
        issues.append(Issue(
            "warning", "repair_ambiguous",
            f"{name}: printed {printed!r} reads {reading.value}; no set of counts fits the summary's counts and "
            f"percentages as read, but the report lists {titles[0]} titles, {titles[1]} completed, {titles[2]} in "
            f"progress and {titles[3]} not started, and every count and percentage printed is that listing's with "
            f"only digits this document's OCR never writes ({shown}) read as others"
            + (f" (the share printed {', '.join(map(repr, unreadable))} reads as no percentage)" if unreadable else "")
            + f": the listing's {listed} is chosen in doubt",
            json.dumps({"rule": "count", "printed": printed, "read": reading.value, "chosen": listed,
                        "candidates": [listed, reading.value]}, ensure_ascii=False),
            *reading.span, field=f"report_summaries.{name}"))
    return issues


def _share_read(printed: str, unread: str) -> bool:
    """Whether a share's printing reads as some percentage at all, each digit the document's OCR never writes
    (`unread`) read as any other too (parsers.repair.readings_of): one that reads as none ("๕6๕.ญ๑" for ๘๕.๗๑, a
    letter for a digit and one digit written as two: extra set, obec_progress_x005) is no figure, for the listing
    or against it, as _fitting_counts takes a share with no reading for none printed."""
    with added_misreads([(d, x) for d in unread for x in "0123456789" if x != d]):
        return any(v is not None for v, _ in readings_of(printed, parse_percent))


def _overrules_listing(summary: dict[str, Reading], solution: tuple[int, ...], titles: tuple[int, ...]) -> bool:
    """Whether `solution` (total, completed, in progress, not started) changes a group's count that was read as
    the titles the report lists under it: two witnesses, the printing and the listing, agree on that count, and
    the one set of counts the figures' readings allow (a share misread with its count, "๓ ... ๓๐.๐๐" read as 9 at
    90 % beside "๑ ... ๑๐.๐๐" for ๗ at 70 %) does not outweigh them; the counts then stand as read
    (check_counts says the mismatch)."""
    for name, value, listed in zip((f"n_{s}" for s in STATUSES), solution[1:], titles[1:]):
        reading = summary.get(name)
        if reading is not None and reading.value == listed and value != listed:
            return True
    return False


def _fitting_counts(summary: dict[str, Reading], tokens: dict[str, str | None]) -> set[tuple[int, ...]] | None:
    """The sets of counts (total, completed, in progress, not started) that
    fit the summary's printed counts and percentages (repair_counts_jointly),
    under the misreads in force; None when they tell nothing (two figures
    not read, or more than MAX_SOLUTIONS sets fit).  `tokens` gets each
    count's printed token."""
    domains: dict[str, set[int] | None] = {}
    for name, rx in [("n_projects", _TOTAL_TOKEN_RE), *((f"n_{s}", _COUNT_TOKEN_RE) for s in STATUSES)]:
        reading = summary.get(name)
        token = rx.search(reading.text) if reading is not None and reading.text else None
        tokens[name] = token.group(1) if token else None
        if reading is None or reading.value is None and token is None:
            domains[name] = None  # not read: any count
        elif token is None:
            domains[name] = {reading.value} if isinstance(reading.value, int) else None
        else:
            domains[name] = {v for v, _ in readings_of(token.group(1), int) if isinstance(v, int) and 0 <= v <= MAX_COUNT}
            domains[name] |= _split_count(token.group(1))
    if sum(domain is None for domain in domains.values()) > 1:  # (two figures not read: the sum cannot tell them apart)
        return None
    shares: dict[str, set[float] | None] = {}
    for status in STATUSES:
        # (a share printed with look-alikes is no pct_ reading: the count's reading holds its printing, summary.py)
        reading = summary.get(f"pct_{status}") or summary.get(f"n_{status}")
        token = _PCT_TOKEN_RE.search(reading.text) if reading is not None and reading.text else None
        shares[status] = None if token is None else {
            round(float(v), 2) for v, _ in readings_of(token.group(1).rstrip(".,"), parse_percent)
            if v is not None and 0 <= v <= 100}
    if domains["n_projects"] is None:  # the total not read: the groups' counts add up to it
        groups = [domains[f"n_{s}"] for s in STATUSES]
        totals = {a + b + c for a in groups[0] for b in groups[1] for c in groups[2]}
    else:
        totals = domains["n_projects"]
    solutions: set[tuple[int, ...]] = set()

    def counts(status: str, total: int) -> list[int]:
        domain, share = domains[f"n_{status}"], shares[status]
        pool = domain if domain is not None else range(total + 1)
        return [n for n in pool if n <= total and (not share or any(abs(100 * n / total - p) < 0.006 for p in share))]

    for total in sorted(totals):
        if total <= 0:
            continue
        first, second, third = (counts(s, total) for s in STATUSES)
        thirds = set(third)
        for a in first:
            for b in second:
                if total - a - b in thirds:
                    solutions.add((total, a, b, total - a - b))
        if len(solutions) > MAX_SOLUTIONS:
            return None
    return solutions


def _split_count(token: str) -> set[int]:
    """The one-digit counts a count's token of two characters may be, one
    printed digit OCR split into two (normalizers.confusions.SPLIT_READS,
    measured: "๓๑" for ๗ or ๙, "๑๕" for ๔, ๘ or ๙): a count the summary's other
    figures and the titles listed must bear out (repair_counts_jointly)."""
    digits = thai_digits_to_arabic(token)
    return {int(d) for d, pairs in SPLIT_READS.items() if digits in pairs}


# (with the characters OCR writes for digits: "ร้อยละ ๕ฒ.๑๕" for ๕๗.๑๔, its readings take them)
_PCT_TOKEN_RE = regex.compile(rf"ร้อยละ\s*((?:[\d๐-๙.,]|{LOOKALIKE_CHAR})+)")
_COUNT_TOKEN_RE = regex.compile(r"จ\S{0,3}นวน\s*(\S{1,3})\s*โครงการ")
_TOTAL_TOKEN_RE = regex.compile(r"นวน\s*(\S{1,3})\s*โครงการ")  # (the total's reading may start inside its word)
