"""Rows of a BMA project proposal from its voted copies, and the checks
that use its redundancy: quantity x unit amount = amount on each budget
line, the lines adding up to the total, the total in digits equal to the
total in Thai words and to the table's total, the period inside the fiscal
year."""

from __future__ import annotations

import json
from decimal import Decimal
from itertools import product
from typing import Any, Callable
from math import prod

import regex

from normalizers.numbers import parse_baht
from normalizers.text import mark_tolerant
from parsers.bma_proposal.budget import UNREAD_ROW
from parsers.bma_proposal.fields import SIGNATURE_SEEN, period, yearless_ends
from parsers.bma_proposal.risks import repair_risks
from parsers.bma_proposal.years import (fiscal_year_settled, implausible_period, in_doubt_by_rare, latin_period_month,
                                        plan_phase, repair_fiscal_year, repair_kpi_period, repair_period,
                                        resting_on_year)
from parsers.checks import money_equal, sum_check
from normalizers.confusions import LOOKALIKES, certain, printed_as
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from parsers.bma_proposal.money import (_DOT_THOUSANDS_RE, _SHAPE_RE, _SPECKS_RE, _UNIT_WORD_RE,
                                        SHAPE_WILD_MAX, _figure, _stands_for, _values, amount_or_none,
                                        parse_amount, repair_lines)
from parsers.repair import Outcome, enabled, repair
from normalizers.dates import fiscal_year_window
from parsers.values import disputed, make_project_key
from schemas.document import Issue, Merged, ParseResult, Reading, value_of

DOC_TYPE = "bma_proposal"

PROJECT_COLUMNS = ("name", "fiscal_year_be", "start_date", "end_date", "budget_allocated", "agency", "division",
                   "section", "owner_name", "rationale", "project_type", "project_model", "period_text", "place")


# Columns every proposal form prints (the title block, the sections on the project's type, model,
# period and place, the budget's total): a value none was read for is said, not left empty.
FORM_COLUMNS = ("start_date", "end_date", "budget_allocated", "agency", "rationale", "project_type",
                "project_model", "period_text", "place")


def build(merged: Merged) -> ParseResult:
    result = ParseResult(DOC_TYPE, n_copies=merged.total_copies)
    project = merged.tables.get("project", {}).get(0, {})
    lines = sorted(merged.tables.get("expenses", {}).items())
    # a line read by its words, its clause damaged (budget.loose_line), is weighed like one whose copies
    # disagree on what line it is: its figures may be another column's, so no repair rests on them
    # a row of the table no copy read (budget.item_columns, said at its lines): the lines are not the
    # whole table, so no sum of them is weighed against the total
    whole = not unread_row(merged.issues, {seq for _, seq in merged.tables.get("expenses", {})})
    repairs = repair_budget(project, [rec for _, rec in lines],
                            [disputed(merged, "expenses", k, ("item", "unit")) or "loose" in rec for k, rec in lines],
                            whole, subtotal_groups([(k[1], rec) for k, rec in lines]))
    findings = merged.tables.get("findings", {})
    repairs += repair_risks(findings, {k for k in findings if disputed(merged, "findings", k, ("level",))},
                            value_of(project, "unread_digits") or "")
    phase = plan_phase([rec["text"].value for rec in merged.tables.get("alignments", {}).values()
                        if isinstance(rec.get("text") and rec["text"].value, str)])
    fy_issues = repair_fiscal_year(project, [rec["text"].value for rec in merged.tables.get("year_mentions", {}).values()],
                                   phase)
    repairs += fy_issues
    # a fiscal year kept as read because its mentions do not settle it repairs no other year; nor does one kept as
    # read against them, the mentions and period agreeing on a year no reading of its characters gives, or one of
    # no year of the archive (implausible_value: fresh set s74b, bma_proposal_s74b002's title block "พ.ศ. 2566" for
    # 2568, every other mention 2568, moved its KPI's period "ภายในปีงบประมาณ ๒๕68", right as printed, to ๒๕๖๖)
    # (a year the table settles that rare misreads of the document's unwritten digits would make another, kept in
    # doubt: _rare_rivals; the period and the KPIs are read by it as by a settled year, each repair said in doubt)
    rare = [i for i in fy_issues if in_doubt_by_rare(i)]
    fy_issues_proper = [i for i in fy_issues if not in_doubt_by_rare(i)]
    fy_doubt = any(i.code in ("repair_ambiguous", "implausible_value") for i in fy_issues_proper)
    # a fiscal year no check doubted, of the archive's years: a year its constraint names may be read wider
    settled = fiscal_year_settled(project, list(merged.issues) + fy_issues_proper)

    def by_year(found: list[Issue]) -> list[Issue]:
        return [resting_on_year(i) for i in found] if rare else found
    repairs += [] if fy_doubt else by_year(repair_period(project, period, settled))
    repairs += [] if fy_doubt else by_year(latin_period_month(project, period, settled))
    repairs += implausible_period(project)
    repairs += yearless_period(project)
    printed = project["fiscal_year_be"].text if "fiscal_year_be" in project else ""
    for rec in merged.tables.get("kpis", {}).values():
        repairs += by_year(repair_kpi_period(rec, None if fy_doubt else value_of(project, "fiscal_year_be"), settled,
                                             printed))
    fy = value_of(project, "fiscal_year_be")
    key = make_project_key(DOC_TYPE, None, fy, value_of(project, "name"))
    issues = list(merged.issues) + repairs
    for required in ("name", "fiscal_year_be"):
        if required not in project:
            issues.append(Issue("error", "missing_field", f"no readable {required}", field=f"projects.{required}"))
            if required == "fiscal_year_be":  # the year in CE is read from it: as empty, and said
                issues.append(Issue("error", "missing_field", "no readable fiscal_year_be, so no fiscal_year",
                                    field="projects.fiscal_year"))
    row = {c: value_of(project, c) for c in PROJECT_COLUMNS}
    row.update(project_key=key, doc_type=DOC_TYPE, fiscal_year=fy - 543 if fy else None, plan_status=None,
               n_copies=merged.n_copies.get("project", {}).get(0, 0),
               # no copy read a project field, though a repair may have filled one (the fiscal year from
               # the dates): then there is no span to give
               **(merged.span("project", 0) if 0 in merged.spans.get("project", {}) else {}))
    result.add("projects", row)
    named = {i.field for i in issues}
    if row.get("owner_name") is None and "projects.owner_name" not in named and not value_of(project, SIGNATURE_SEEN):
        # no copy read a line of the signature block, under which the form prints its proposer's name (a form that
        # names none prints the block all the same): OCR lost it, the last page's foot (fresh set s95p,
        # bma_proposal_s95p003: the proposer lost with no issue)
        issues.append(Issue("warning", "missing_value", "no copy of the proposal read its signature block, under which "
                            "the form prints its proposer's name: OCR lost it (a page's foot), and the name with it",
                            field="projects.owner_name"))
        named.add("projects.owner_name")
    for column in FORM_COLUMNS:
        if row.get(column) is None and f"projects.{column}" not in named:
            issues.append(Issue("warning", "missing_value", f"the proposal form prints its {column.replace('_', ' ')}, "
                                "but none was read (its label or section heading lost to OCR?)",
                                field=f"projects.{column}"))

    for seq, rec in sorted(merged.tables.get("objectives", {}).items()):
        result.add("objectives", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  "n_copies": merged.n_copies["objectives"][seq], **merged.span("objectives", seq)})
    targets = sorted(merged.tables.get("targets", {}).items(), key=lambda kv: kv[0][1])
    for (_, seq), rec in targets:
        result.add("targets", {"project_key": key, "kind": value_of(rec, "kind"), "seq": seq, "text": rec["text"].value,
                               "n_copies": merged.n_copies["targets"][("target", seq)],
                               **merged.span("targets", ("target", seq))})
    for seq, rec in sorted(merged.tables.get("kpis", {}).items()):
        if value_of(rec, "text") is None:
            continue  # a row read with no indicator: it keeps its number, and is said (kpis.put_kpis)
        value = value_of(rec, "value")
        result.add("targets", {"project_key": key, "kind": "indicator", "seq": seq, "text": rec["text"].value,
                               "target_value": value, "indicator_type": value_of(rec, "type"),
                               "method": value_of(rec, "method"), "period": value_of(rec, "period"),
                               "n_copies": merged.n_copies["kpis"][seq], **merged.span("kpis", seq)})
    for seq, rec in sorted(merged.tables.get("activities", {}).items()):
        result.add("activities", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  **merged.span("activities", seq)})
    for seq, rec in sorted(merged.tables.get("alignments", {}).items()):
        result.add("alignments", {"project_key": key, "plan": "ลักษณะของโครงการ", "seq": seq,
                                  "text": rec["text"].value, **merged.span("alignments", seq)})
    for (kind, seq), rec in sorted(merged.tables.get("findings", {}).items()):
        result.add("findings", {"project_key": key, "quarter": None, "kind": kind, "seq": seq,
                                "text": rec["text"].value, "likelihood": value_of(rec, "likelihood"),
                                "impact": value_of(rec, "impact"), "level": value_of(rec, "level"),
                                "mitigation": value_of(rec, "mitigation"), **merged.span("findings", (kind, seq))})
    expenses = sorted(merged.tables.get("expenses", {}).items(), key=lambda kv: kv[0][1])
    for (_, seq), rec in expenses:
        result.add("expenses", {"project_key": key, "report_seq": None, "seq": seq, "item": rec["item"].value,
                                "category": value_of(rec, "category"), "unit": value_of(rec, "unit") or None,
                                "quantity": value_of(rec, "quantity"), "unit_amount": value_of(rec, "unit_amount"),
                                "amount": value_of(rec, "amount"), **merged.span("expenses", (None, seq))})
        if isinstance(rec["item"].value, str) and (heading := _LAW_HEADING_RE.search(rec["item"].value)):
            # the regulation column's heading, beside the item's cell, read into it where OCR parted the table's
            # columns line by line: the item's words and the heading's interleaved, which are whose is in doubt
            span = merged.span("expenses", (None, seq))
            issues.append(Issue("warning", "unplaced_text", f"expense {seq}'s item {rec['item'].value!r} holds the "
                                f"words of the budget table's regulation column heading ({heading.group()!r}): a cell "
                                "of the column beside it read into it; kept as read", rec["item"].value,
                                span["line_start"], span["line_end"], field="expenses.item"))
        issues.extend(latin_in_item(rec["item"].value, seq, merged.span("expenses", (None, seq))))
    issues.extend(check_budget(project, [rec for _, rec in expenses], whole))
    issues.extend(check_period(project))
    for issue in issues:
        issue.project_key = issue.project_key or key
    result.issues = issues
    return result


def latin_in_item(item: object, seq: int, span: dict) -> list[Issue]:
    """An unknown_words warning for an expense item that holds a word of Latin letters among its Thai words
    ("โรงเรียนขนาด naw" for "โรงเรียนขนาดกลาง"): a budget table names its items in Thai, so such a word is a Thai
    word the English model of OCR read by its letters' outlines, and the item is kept as read and said.  A word in
    brackets (a name the form gives in English, "(Active Learning)") or one holding a digit ("A4") is printed so;
    an item of Latin words only is no Thai item.  So is said a Thai item ending in a figure standing apart
    ("โรงเรียนขนาดเล็ก 1"): a speck read as a digit, or its row's cell read into it."""
    if not isinstance(item, str) or not _THAI_LETTER_RE.search(item):
        return []
    bare = _BRACKETED_RE.sub(" ", item)
    latin = _LATIN_WORD_RE.findall(bare)
    if not latin and (figure := _FIGURE_AT_END_RE.search(bare)) is not None:
        # a figure standing apart at the end of a Thai item ("โรงเรียนขนาดเล็ก 1" before its quantity "๒ โรงเรียน":
        # fresh set s73o, bma_proposal_s73o001): a speck OCR read as a digit, or a cell of its row read into the
        # name; an item names a thing, and its count stands in the quantity's column (no item of any set's truth
        # ends in a figure), so the item is kept as read and said
        return [Issue("warning", "unknown_words", f"expense {seq}'s item {item!r} ends with the figure "
                      f"{figure.group(1)!r} standing apart from its words: a speck OCR read as a digit, or a cell of "
                      "its row read into the name; kept as read", {"text": item, "pieces": [figure.group(1)]},
                      span["line_start"], span["line_end"], field="expenses.item")]
    if not latin:
        return []
    return [Issue("warning", "unknown_words", f"expense {seq}'s item {item!r} holds "
                  f"{', '.join(repr(w) for w in latin[:3])}, Latin letters among its Thai words: OCR read a Thai "
                  "word so; kept as read", {"text": item, "pieces": latin}, span["line_start"], span["line_end"],
                  field="expenses.item")]


_THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e]")
_BRACKETED_RE = regex.compile(r"\([^()]*\)")
# a word of Latin letters only, standing apart from digits ("A4" is a paper size, printed so)
_LATIN_WORD_RE = regex.compile(r"(?<![A-Za-z0-9๐-๙.])[A-Za-z]+(?![A-Za-z0-9๐-๙])")
# a figure of one to three digits standing apart after a Thai word, ending the item
_FIGURE_AT_END_RE = regex.compile(r"[\u0e01-\u0e4e]\s+([\d๐-๙]{1,3})\s*$")


# the words of the budget table's regulation column heading ("กฎหมาย ระเบียบที่เกี่ยวข้อง"), marks and spaces as OCR
# leaves them: no expense item names a law and a regulation
_LAW_HEADING_RE = regex.compile(rf"{mark_tolerant('กฎหมาย', spaces=False)}\s*{mark_tolerant('ระเบียบ', spaces=False)}")


def yearless_period(project: dict[str, Reading]) -> list[Issue]:
    """A period end whose month has no readable year (fields.period leaves
    it unread rather than take the other end's year): said, at the period."""
    text = project.get("period_text")
    if text is None or not isinstance(text.value, str):
        return []
    out = [Issue("warning", "missing_value", f"the period {text.value!r} names its {end} month with no year that reads as one, "
                 f"or no month and year at all (OCR damaged them): the {end} date is not known", text.text, *text.span,
                 field=f"projects.{name}")
           for end, name, yearless in zip(("first", "last"), ("start_date", "end_date"), yearless_ends(text.value))
           if yearless and value_of(project, name) is None]
    damaged = _DAMAGED_YEAR_RE.findall(text.value)
    if out and damaged:  # the text itself, kept as printed, holds the year OCR damaged: said of it too
        out.append(Issue("warning", "ocr_digits_doubtful", f"projects.period_text: the period prints a year OCR "
                         f"put letters in ({', '.join(damaged[:3])!r}); kept as read", {"text": " ".join(damaged),
                                                                                       "unread": ""},
                         *text.span, field="projects.period_text"))
    elif out:  # its month OCR read as no month ("ส.ค." as "A.A.", the English model's letters): said of the text too
        latin = _LATIN_RUN_RE.findall(text.value)
        out.append(Issue("warning", "unknown_words", f"projects.period_text: the period names an end with no month "
                         f"that reads as one ({', '.join(latin[:3]) if latin else text.value!r}): OCR damaged its "
                         "letters; kept as read", {"text": text.value, "pieces": latin or [text.value]},
                         *text.span, field="projects.period_text"))
    elif latin := _LATIN_RUN_RE.findall(text.value):
        # both ends read, Latin letters between them ("ธันวาคม ๒๕๖๗ Way มกราคม - กันยายน 2568" for "... และ ..."): a
        # period prints Thai months, years and joining words only, so the letters are a Thai word the English model
        # read; the dates stand, the text is said
        out.append(Issue("warning", "unknown_words", f"projects.period_text: {text.value!r} holds "
                         f"{', '.join(repr(w) for w in latin[:3])}, Latin letters no period prints (its months, years "
                         "and joining words are Thai): OCR read a Thai word so; kept as read",
                         {"text": text.value, "pieces": latin}, *text.span, field="projects.period_text"))
    return out


# Latin letters in a Thai period, with the dots of an abbreviation ("A.A." for ส.ค.)
_LATIN_RUN_RE = regex.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?")


# a year whose last digits OCR read as letters ("25๒ๆ"): digits, then one or two characters that are none
_DAMAGED_YEAR_RE = regex.compile(r"(?<![\w])[\d๐-๙]{2,3}[^\s\d๐-๙,.()\-–]{1,2}(?=\s|$)")


def unread_row(issues: list[Issue], seqs: set[int]) -> bool:
    """Whether an issue says a row of the budget table was not read
    (budget.UNREAD_ROW in its evidence) that no other copy read (its line's
    number not among `seqs`, the lines' numbers voted)."""
    for issue in issues:
        if issue.code != "unread_cells" or issue.field != "expenses" or not issue.evidence \
                or UNREAD_ROW not in issue.evidence:
            continue
        evidence = json.loads(issue.evidence)
        if isinstance(evidence, dict) and UNREAD_ROW in evidence and evidence.get("seq") not in seqs:
            return True
    return False


def _total_anchor(total: Reading | None, words: Reading | None) -> Reading | None:
    """What the budget table's total is weighed against: the total in digits,
    or the amount in words where both were read and they differ."""
    if total is not None and total.value is not None and words is not None and words.value is not None \
            and not money_equal(total.value, words.value):
        return words
    return total


def repair_budget(project: dict[str, Reading], expenses: list[dict[str, Reading]],
                  mixed: list[bool] | None = None, whole: bool = True,
                  groups: list[tuple[list[int], Callable[[Decimal], bool]]] | None = None) -> list[Issue]:
    """The amount in Thai words is spelled in letters and survives OCR: the
    total in digits must equal it, the table's total must equal the total,
    each line is quantity x unit amount, the lines add up to the total
    (`mixed`: the lines whose copies disagree on what line they are,
    parsers.values.disputed, which no figure repair weighs; not `whole`: a
    row of the table was not read, so no repair rests on the lines' sum;
    `groups`: the categories' subtotals, subtotal_groups, which the sum
    weighs too)."""
    if not enabled():
        return []
    issues: list[Issue] = []
    words = project.get("budget_in_words")
    for name in ("budget_allocated", "budget_table_total"):
        # the table's total against the total as repaired just above, not as it was read; where that total still
        # differs from the amount in words (no reading of it is the words'), against the words: the total is
        # misread past repair, and a table's total matched to it was wrong twice over (fresh set s117o002:
        # "5๐.๐๐๐" for ๖๐,๐๐๐ beside หกหมื่นบาทถ้วน, the table's "๒๐.๐๐๐" repaired to 50,000)
        anchor = words if name == "budget_allocated" else _total_anchor(project.get("budget_allocated"), words)
        reading = project.get(name)
        if reading is None or anchor is None or anchor.value is None:
            continue
        rule, what, stated = (("words", "the budget total", "in Thai words") if name == "budget_allocated"
                              else ("sum", "the budget table's total", "stated"))
        outcome = repair(reading, parse_amount, lambda v, a=anchor.value: v is not None and money_equal(v, a),
                         rule=rule, field="projects.budget_allocated", what=what, baht=True)
        if outcome.issue is None and reading.value is not None and not money_equal(reading.value, anchor.value) \
                and digits_explain(_figure(reading.text), anchor.value):
            # every digit that differs is one OCR reads for the anchor's digit there (a ๔ ๘ ๙ read ๕ three times
            # over: "๓๕,๕๐๐" for the words' 94,400), more than the readings weigh (MAX_CHANGES): the amount
            # the document states in words, which its lines are weighed against already, is the total
            outcome = Outcome(Reading(anchor.value, reading.text, reading.line_start, reading.line_end), Issue(
                "warning", "value_repaired", f"{what}: printed {_figure(reading.text)!r} reads {reading.value:,.2f}; "
                f"each of its digits that differs from {anchor.value:,.2f}, the amount {stated}, is one OCR reads for "
                "that digit, so that amount is taken",
                json.dumps({"rule": rule, "printed": _figure(reading.text),
                            "read": f"{reading.value:.2f}", "chosen": f"{anchor.value:.2f}"}, ensure_ascii=False),
                reading.line_start, reading.line_end, field="projects.budget_allocated"))
        project[name] = outcome.reading
        if outcome.issue is not None:
            issues.append(outcome.issue)
    issues += total_from_words(project)
    total, words_value = value_of(project, "budget_allocated"), value_of(project, "budget_in_words")
    line_issues = repair_lines(expenses, (words_value if words_value is not None else total) if whole else None,
                               mixed=mixed, groups=groups, unread=value_of(project, "unread_digits") or "")
    issues += line_issues
    if not whole:
        return issues
    # lines the words' amount is reached by in more than one way (none chosen, each flagged) add up to it too
    reached = words_value is not None and any(i.code == "repair_ambiguous" and json.loads(i.evidence)["rule"] == "sum"
                                              for i in line_issues)
    issues += total_from_lines(project, expenses, reached)
    return issues


def subtotal_groups(lines: list[tuple[int, dict[str, Reading]]]) -> list[tuple[list[int], Callable[[Decimal], bool]]]:
    """The categories whose subtotal the table prints (each line's "subtotal":
    tables.put_subtotals), as the indexes of their lines in `lines` (the
    records by their number) and whether a sum of their amounts is a reading
    of the subtotal as printed (subtotal_admits).  A category is weighed only
    where every line it names was read under it, with the same subtotal, and
    the subtotal reads as some amount; the others are left out (no check)."""
    found: dict[tuple, list[int]] = {}
    for i, (_, rec) in enumerate(lines):
        reading = rec.get("subtotal")
        if reading is not None and isinstance(reading.value, tuple):
            found.setdefault(reading.value, []).append(i)
    groups = []
    for (printed, first, size), members in found.items():
        if [lines[i][0] for i in members] != list(range(first, first + size)):
            continue
        admits = subtotal_admits(printed)
        if admits is not None:
            groups.append((members, admits))
    return groups


def subtotal_admits(printed: str) -> Callable[[Decimal], bool] | None:
    """Whether a sum is a reading of a subtotal as printed: its value, a reading of its characters (money._values,
    a leading digit read as two characters too), a figure each of whose digits that differ is one OCR reads for
    the sum's (digits_explain), or, where characters that are no digit stand in it, one its shape allows (any digit
    for each such character).  None where the subtotal reads as nothing at all (then it weighs nothing)."""
    figure = _figure(printed)
    readings = set(_values(Reading(None, printed, None, None), pairs=True))
    value = amount_or_none(printed)
    if value is not None:
        readings.add(value)
    shape = _subtotal_shape(printed)
    if not readings and shape is None:
        return None

    def admits(total: Decimal) -> bool:
        if any(money_equal(total, r) for r in readings) or digits_explain(figure, total):
            return True
        if shape is None:
            return False
        whole = not any(ch == "." for options in shape for ch in options)
        text = f"{total:,.0f}" if whole and total == total.to_integral_value() else f"{total:,.2f}"
        return len(text) == len(shape) and all(ch in options for ch, options in zip(text, shape))
    return admits


def _subtotal_shape(printed: str) -> list[set[str]] | None:
    """The digits each character of a subtotal's figure may be, in order (separators as themselves): a digit
    those it stands for (money._stands_for), a character that is no digit any digit (a letter OCR made of one,
    "ต,๕๐๐.๐๐" for ๒,๘๐๐.๐๐, which reads as 500 with the letter left out).  None where the figure is not one
    token of digits grouped by three, or holds more than SHAPE_WILD_MAX characters that are no digit."""
    tokens = [t for t in _UNIT_WORD_RE.sub(" ", _SPECKS_RE.sub("", printed)).split() if ANY_DIGIT_RE.search(t)]
    if len(tokens) != 1:
        return None
    token = _DOT_THOUSANDS_RE.sub(",", regex.sub(r"\.?\s*-?$", "", tokens[0]))
    if not _SHAPE_RE.match(token):
        return None
    if sum(1 for ch in token if ch not in ",." and not ANY_DIGIT_RE.match(ch)) > SHAPE_WILD_MAX:
        return None
    thai = any("๐" <= ch <= "๙" for ch in token)
    return [{ch} if ch in ",." else (_stands_for(ch, thai) | {thai_digits_to_arabic(ch)}
                                     if ANY_DIGIT_RE.match(ch) else set("0123456789")) for ch in token]


def digits_explain(figure: str, value: Decimal) -> bool:
    """Whether a figure as printed may be `value` with any number of its digits misread: the same separators
    in the same places, and each digit that differs one OCR reads for the digit of `value` there
    (normalizers.confusions.printed_as, or a look-alike of it: LOOKALIKES).  Decimals printed are ".00" or as
    many characters; none printed (or the ".-" of a round amount), `value` is whole.  ("๓๕,๕๐๐" may be 94,400: ๙ read ๓, ๔ read ๕ twice.)"""
    target = f"{value:,.2f}"
    figure = regex.sub(r"\.\s*-?$", "", figure.strip())  # the ".-" closing a round amount, or its dot alone
    # a thousands separator OCR read as a dot, before three digits and no more ("๑๓.๕๓๐"), as parse_amount reads it
    figure = _DOT_THOUSANDS_RE.sub(",", figure)
    text = thai_digits_to_arabic(figure)
    if not regex.search(r"\.[^.,]{2}$", text):
        if not target.endswith(".00"):
            return False
        target = target[:-3]
    if len(text) != len(target) or text == target:
        return False
    for printed, read, want in zip(figure, text, target):
        if want in ",." or read in ",.":
            if read != want:
                return False
        elif read != want and want not in printed_as(read) and want not in LOOKALIKES.get(printed, ""):
            return False
    return True


# A figure whose digits are grouped by three whole, its first group all digits: "๑๕๒.ฒ๕๐.๐๐", "๑๒๑,ฒ๕๐.-"
# (a group after the first may hold a letter OCR made of a digit; a point or comma between groups; the satang,
# or the ".-" of a round amount, after)
_FIRM_FIGURE_RE = regex.compile(r"^([0-9๐-๙]{1,3})((?:[.,][^\s.,]{3})*)(?:\.[0-9๐-๙]{2})?$")
# the ".-" of a round amount and a unit's word glued to it ("๑๐๕.๕๐๐.-บาท"), or a point alone, after a figure
_FIGURE_TAIL_RE = regex.compile(r"(?:\.?-[^0-9๐-๙]*|\.)$")


def firm_digit_count(figure: str) -> int | None:
    """How many digits a figure's baht have (`figure`: the printed text, its
    one token that holds a digit, the ".-" and a unit's word after it left
    out), where its shape says so firmly
    (_FIRM_FIGURE_RE: a first group of one to three digits, each group after
    it three characters between separators): "๑๕๒.ฒ๕๐.๐๐" has six.  None
    where OCR broke the shape (a group of four or two characters: "๓๑,ญ๓๑๐",
    "๓๕,๐๕"; junk or a letter in the first group: "@๕๕,๐๕๐", "๒ส,๕๒๐"),
    where a character may have been added or lost."""
    tokens = [t for t in figure.split() if regex.search(r"[0-9๐-๙]", t)]
    m = _FIRM_FIGURE_RE.match(_FIGURE_TAIL_RE.sub("", tokens[0])) if len(tokens) == 1 else None
    if m is None:
        return None
    return len(m.group(1)) + 3 * (len(m.group(2)) // 4)


def total_from_words(project: dict[str, Reading]) -> list[Issue]:
    """A total printed in digits that read as no amount at all (OCR turned a
    digit into a letter, "๕ด,๓๕๐"): the same total, printed in Thai words
    whose letters survive OCR, stands for it."""
    words, total = project.get("budget_in_words"), project.get("budget_allocated")
    if words is None or words.value is None or not enabled():
        return []
    if total is not None and total.value is not None:
        return []  # read: equal to the words, repaired to them, or a discrepancy to flag (check_budget)
    printed = total.text if total is not None else ""
    span = total.span if total is not None else words.span
    if total is not None and (digits := firm_digit_count(printed)) is not None \
            and words.value == words.value.to_integral_value() and digits != len(str(int(words.value))):
        # the figure's digits, grouped by three whole, count otherwise than the words' amount: OCR lost or
        # garbled a word of the amount ("หนึ่งแสนทห้าหมื่น...", read as 52,740 for ๑๕๒,ฒ๕๐.๐๐): neither is taken
        return [Issue("warning", "repair_ambiguous", f"the budget total: printed {printed!r} does not read as an "
                      f"amount, and the amount in Thai words ({words.text}), {words.value:,.2f}, has "
                      f"{len(str(int(words.value)))} digits where the figure prints {digits}: the words lost or "
                      "garbled a word, so neither is taken",
                      json.dumps({"rule": "words", "printed": printed, "read": None,
                                  "candidates": [f"{words.value:.2f}"], "digits": digits}, ensure_ascii=False),
                      *span, field="projects.budget_allocated")]
    project["budget_allocated"] = Reading(words.value, printed, *span)
    return [Issue("warning", "value_repaired", f"the budget total: printed {printed!r} does not read as the amount "
                  f"in Thai words ({words.text}); {words.value:,.2f} is that amount",
                  json.dumps({"rule": "words", "printed": printed, "chosen": f"{words.value:.2f}"}, ensure_ascii=False),
                  *span, field="projects.budget_allocated")]


def total_from_lines(project: dict[str, Reading], expenses: list[dict[str, Reading]], reached: bool = False) -> list[Issue]:
    """A total in digits that disagrees with the amount in Thai words and no
    reading of its characters repairs ("๓๑๒,๒๕๐" with a digit too many),
    when the lines add up to the words' amount (or, `reached`, readings of
    them do in more than one way, each line in doubt flagged): two
    printings agree, and the words' amount stands for it."""
    words, total = project.get("budget_in_words"), project.get("budget_allocated")
    if words is None or words.value is None or total is None or total.value is None or not enabled():
        return []
    amounts = [value_of(rec, "amount") for rec in expenses]
    if money_equal(total.value, words.value) or not amounts or not reached and \
            (None in amounts or not money_equal(sum(a for a in amounts if a is not None), words.value)):
        return []
    project["budget_allocated"] = Reading(words.value, total.text, *total.span)
    return [Issue("warning", "value_repaired", f"the budget total: printed {total.text!r} reads {total.value:,.2f}, "
                  f"but the amount in Thai words and the sum of the lines are both {words.value:,.2f}",
                  json.dumps({"rule": "words", "printed": total.text, "chosen": f"{words.value:.2f}"},
                             ensure_ascii=False), *total.span, field="projects.budget_allocated")]


def check_budget(project: dict[str, Reading], expenses: list[dict[str, Reading]], whole: bool = True) -> list[Issue]:
    """quantity x unit amount = amount per line; lines add up to the total
    (not `whole`: a row of the table was not read, which the issue says);
    the total in digits equals the total in Thai words and the table's total."""
    issues: list[Issue] = []
    for rec in expenses:
        qty, each, amount = value_of(rec, "quantity"), value_of(rec, "unit_amount"), value_of(rec, "amount")
        if not value_of(rec, "category") and "item" in rec:
            # the form lists every line under its category (ค่าวัสดุ, ค่าตอบแทนวิทยากร): none read is a loss
            issues.append(Issue("warning", "missing_value", f"{value_of(rec, 'item')}: the budget line's category "
                                "(the heading it is listed under) was not read", rec["item"].text, *rec["item"].span,
                                field="expenses.category"))
        for name in ("quantity", "unit_amount", "amount"):
            if name in rec and rec[name].value is None:
                issues.append(Issue("warning", "unparsed_value", f"{value_of(rec, 'item')}: the {name.replace('_', ' ')} "
                                    f"printed {rec[name].text!r} reads as no number", rec[name].text, *rec[name].span,
                                    field=f"expenses.{name}"))
        issues += _unchecked_factor(rec)
        if qty is not None and each is not None and amount is not None and not money_equal(qty * each, amount):
            # every figure OCR may have misread is suspect (all of them when none is: figures of certain
            # digits that do not multiply out say no more which of them OCR misread - "643 เล่ม 80.- 3,440.-",
            # a speck read as a leading digit of the quantity, whose amount the lines' sum confirms)
            names = ("quantity", "unit_amount", "amount")
            suspect = [n for n in names if not certain(_figure(rec[n].text))] or list(names)
            if len(suspect) < len(names) and not _mended_by(rec, suspect):
                suspect = list(names)
            for name in suspect:
                issues.append(Issue("warning", "expense_line_mismatch",
                                    f"{rec['item'].value}: {qty} x {each:,.2f} = {qty * each:,.2f}, the line says "
                                    f"{amount:,.2f}", rec[name].text, *rec[name].span, field=f"expenses.{name}"))
    total = project.get("budget_allocated")
    if total is None or total.value is None:
        if not expenses:
            # the form lists its budget line by line; with no total read either, nothing else says they are lost
            issues.append(Issue("warning", "missing_value", "no budget line was read from section 7, and no total "
                                "that would say how much they come to: the table's lines are lost",
                                total.text if total is not None else None,
                                *(total.span if total is not None else (None, None)), field="expenses"))
        if total is not None:
            issues.append(Issue("warning", "unparsed_value", f"the budget total {total.text!r} reads as no amount",
                                total.text, *total.span, field="projects.budget_allocated"))
        return issues
    amounts = [value_of(r, "amount") for r in expenses if value_of(r, "amount") is not None]
    # at the total's lines and the lines' own, as _lines_short: the amounts in doubt are the lines', each named
    issues += sum_check("expense_sum_mismatch", "expense lines vs the budget total" if whole else
                        "expense lines vs the budget total (a row of the budget table was not read)", amounts, total.value,
                        "expenses.amount", *_total_and_lines(total, expenses), detail=total.text)
    issues += _lines_short(expenses, amounts, total)
    issues += _line_over(expenses, amounts, total)
    words = project.get("budget_in_words")
    if words is not None and not money_equal(words.value, total.value):
        issues.append(Issue("warning", "amount_words_mismatch",
                            f"budget total in digits {total.value:,.2f} differs from the amount in Thai words "
                            f"{words.value:,.2f}", f"{total.text} / {words.text}", *total.span,
                            field="projects.budget_allocated"))
    table_total = project.get("budget_table_total")
    if table_total is not None and not money_equal(table_total.value, total.value):
        issues.append(Issue("warning", "budget_total_mismatch",
                            f"the budget table's total {table_total.value:,.2f} differs from the stated total "
                            f"{total.value:,.2f}", table_total.text, *table_total.span, field="projects.budget_allocated"))
    return issues


MAX_READINGS = 20_000  # combinations of a line's readings tried by _mended_by; more: taken as mendable


def _mended_by(rec: dict[str, Reading], suspect: list[str]) -> bool:
    """Whether some reading of the `suspect` figures (their printed digits
    read otherwise) makes quantity x unit amount = amount hold with the
    others as read.  When none does, a figure of certain digits is misread
    too (the English model read an Arabic "2" as "9": "9 โรงเรียน ๑๒,๕๐๐
    25,000"), so check_budget says all three, not the uncertain ones alone."""
    options = [(_values(rec[n]) or [value_of(rec, n)]) if n in suspect else [value_of(rec, n)]
               for n in ("quantity", "unit_amount", "amount")]
    if prod(len(o) for o in options) > MAX_READINGS:
        return True
    return any(money_equal(q * e, a) for q, e, a in product(*options))


def _unchecked_factor(rec: dict[str, Reading]) -> list[Issue]:
    """A line whose quantity or unit amount reads as no number ("oy" for ๗):
    the product no longer checks the other factor, which is flagged when its
    printed digits could be others (๒๐๐ may be ๖๐๐) and no repair read it."""
    issues = []
    for unread, other in (("quantity", "unit_amount"), ("unit_amount", "quantity")):
        if unread not in rec or rec[unread].value is not None or other not in rec:
            continue
        reading = rec[other]
        figure = _figure(reading.text)
        if reading.value is None or certain(figure) or not money_equal(amount_or_none(figure), reading.value):
            continue  # unread (its own issue), sure, or repaired (its repair's issue)
        issues.append(Issue("warning", "unchecked_value", f"{value_of(rec, 'item')}: the {other.replace('_', ' ')} "
                            f"printed {reading.text!r} may be misread, and the {unread.replace('_', ' ')} that would "
                            "check it by the line's product reads as no number: kept as read", reading.text,
                            *reading.span, field=f"expenses.{other}"))
    return issues


def _total_and_lines(total: Reading, expenses: list[dict[str, Reading]]) -> tuple[int | None, int | None]:
    """The lines from the budget total's to the last budget line read (the total's alone when none was)."""
    spans = [total.span] + [r.span for rec in expenses for r in rec.values() if r.line_start is not None]
    start = min((a for a, _ in spans if a is not None), default=total.line_start)
    end = max((b for _, b in spans if b is not None), default=total.line_end)
    return start, end


def _lines_short(expenses: list[dict[str, Reading]], amounts: list, total: Reading) -> list[Issue]:
    """The budget lines read add up to less than the total (or none was
    read): a line the table prints may not have been read at all, so the
    issue names the table (its rows), not only the amounts: its lines run
    from the total's to the last line read (a line lost runs its text into
    a line read, or shifts the texts of a table read down its columns:
    "โรงเรียนขนาดกลางโรงเรียนขนาดเล็ก", its dash lost, then the next
    category's item in the last row's place), so every row read is named."""
    got = sum(amounts, Decimal(0))
    if total.value <= 0 or got >= total.value or money_equal(got, total.value):
        return []
    evidence = _sum_evidence(amounts, got, total)
    what = (f"{len(expenses)} budget line(s) read add up to {got:,.2f}" if expenses else "no budget line was read")
    start, end = _total_and_lines(total, expenses)
    return [Issue("warning", "expense_sum_mismatch", f"{what}, less than the total {total.value:,.2f}: a line of the "
                  "budget table may not have been read", evidence, start, end, field="expenses")]


def _sum_evidence(amounts: list, got: Decimal, total: Reading) -> dict[str, Any]:
    """The evidence of a budget lines' sum against the total (issue_codes.SUM's keys)."""
    return {"parts": [str(a) for a in amounts], "sum": str(got), "total": str(total.value), "text": total.text}


def _line_over(expenses: list[dict[str, Reading]], amounts: list, total: Reading) -> list[Issue]:
    """The budget lines read add up to more than the total by exactly one
    line's amount: that row may be no line of its own (a category's subtotal
    read as a line where its heading lost its "ค่า": "าวัสดุสำนักงาน 9,800"
    over "วัสดุสำนักงาน 28 ชุด 350 9,800"), and the lines' numbering, items
    and categories from it are in doubt: the issue names the table (its
    rows), the rows whose amount is the excess first."""
    got = sum(amounts, Decimal(0))
    if total.value <= 0 or got <= total.value or money_equal(got, total.value):
        return []
    excess = got - total.value
    rows = [value_of(rec, "item") for rec in expenses
            if (amount := value_of(rec, "amount")) is not None and money_equal(amount, excess)]
    if not rows:
        return []
    evidence = {**_sum_evidence(amounts, got, total), "rows": rows}
    start, end = _total_and_lines(total, expenses)
    return [Issue("warning", "expense_sum_mismatch", f"the budget lines read add up to {got:,.2f}, more than the "
                  f"total {total.value:,.2f} by {excess:,.2f}, the amount of {', '.join(repr(r) for r in rows)}: "
                  "such a row may be a category's subtotal read as a line, so the lines' numbering and headings "
                  "are in doubt", evidence, start, end, field="expenses")]


def check_period(project: dict[str, Reading]) -> list[Issue]:
    """The project period must fall inside its fiscal year (an end not known,
    yearless_period, the other end alone must)."""
    fy, start, end = project.get("fiscal_year_be"), project.get("start_date"), project.get("end_date")
    known = [r for r in (start, end) if r is not None and r.value is not None]
    if fy is None or fy.value is None or not known:
        return []
    lo, hi = fiscal_year_window(fy.value)
    if all(lo <= r.value <= hi for r in known) and (len(known) < 2 or start.value <= end.value):
        return []
    ends = [str(r.value) if r is not None and r.value is not None else "(not known)" for r in (start, end)]
    message = f"period {ends[0]} to {ends[1]} is not inside fiscal year {fy.value} ({lo} to {hi})"
    return [Issue("warning", "period_outside_fiscal_year", message, known[0].text, *known[0].span,
                  field=f"projects.{name}") for name in ("start_date", "end_date", "period_text")]
