"""What an OBEC report says about its fiscal year, and the year it agrees on.

Every section heading repeats "ปีงบประมาณ <year>", but OCR damages each
printing the same way, so the headings alone often leave several years; the
report's other mentions, and its own misread profile, may settle it
(parsers.year_mentions says how).

The report may also prove a misread the table of OCR confusions lacks (its
OCR read ๗ as ๑ throughout: "๒๕๖๗" printed as "๒๕๒๑" and "๒๕๐๑"): when
its mentions, tens of them, agree on no year or on a disputed one under the
table alone, and under the table and exactly one misread more every mention
that allows a year allows one year (proven_misread), that misread is in
force for the report's values (normalizers.confusions.added_misreads) and
the year repairs name it (rule proven_misread).  Two misreads that would
each do it prove nothing: the year stays flagged.
"""

from __future__ import annotations

import json
from collections import Counter

import regex

from normalizers.confusions import LOOKALIKE_CHAR, MISREADS, RARE_MISREADS, READ_SIGNATURES, added_misreads
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant
from parsers.digits import TO_THAI, UNWRITTEN
from parsers.obec_progress.summary_repairs import summary_span
from parsers.repair import YEAR_RANGE, enabled, repair, year_candidates, year_candidates_unwritten
from parsers.year_mentions import (READINGS_MIN, Mention, consensus, decided_by_profile, decided_by_readings,
                                   fiscal_years_of_academic, own_printings, parting_places, support_of, tied_years,
                                   told_by_reads, years_of)
from parsers.year_readings import decided_by_printings
from schemas.document import Issue, Reading

# ---------------------------------------------------------------- repairs

OLDER_BUDGET_YEARS = 5  # a budget section may report a year this far before the report's
_LABEL_RE = regex.compile(mark_tolerant("ปีงบประมาณ"))
# a year's printed tokens: four or five digits, or four digits and a character that stands for a digit
# (LOOKALIKES) glued to them and ending the word: OCR read the year's last digit as two characters, a digit
# and a look-alike ("๒๕๒๐ๆ", "๒๕๐๒ซ" for ๒๕๖๗), which the plain token ("๒๕๒๐") cuts off; the year's
# readings are then the five characters' with one left out (year_candidates), as for five digits
_GLUED_YEAR_RE = regex.compile(r"(?<![\d๐-๙])(?:[\d๐-๙]{4}" + LOOKALIKE_CHAR
                               + r"(?![\d๐-๙\u0e01-\u0e4eA-Za-z])|[\d๐-๙]{4,5}(?![\d๐-๙]))")


def _year_tokens(text: str) -> list[str]:
    """The year tokens of a heading's text (_GLUED_YEAR_RE), as printed."""
    return _GLUED_YEAR_RE.findall(text)


def year_printed_garbled(text: str) -> str:
    """A heading's year token printed otherwise than as four digits (of either script), else "": a letter OCR
    read among or after them, a digit too many ("๒56๕ซ" for ๒๕๖๗, its ๗ read as ๕ and a look-alike of 7)."""
    return next((t for t in _year_tokens(text) if len(t) != 4 or not thai_digits_to_arabic(t).isdigit()), "")


def repair_fiscal_years(summary: dict[str, Reading], budgets: dict, mentions: list[Mention],
                        observed: list[tuple[str, str]] = (), proof: tuple | None = None,
                        unread: str = "", academic: list[Mention] = (), copies: int = 1) -> list[Issue]:
    """The report's fiscal year is the year most of its mentions allow
    (consensus); the summary's year and each budget section's are repaired
    to it when their characters allow it, or when OCR left the year after
    "ปีงบประมาณ" unreadable (every heading repeats the year).  A budget
    section that reads an earlier year keeps it, unless the report's other
    mentions show the very misreads that turn the report's year into it (a
    real report may report a round of an earlier year).  `unread`: the
    digits (Arabic) the document's OCR never writes in Thai (parsers.digits).
    `academic`: the academic years the report names, which choose among
    years the mentions tie on, in doubt (decided_by_academic), as what the
    printings of the digit that parts them read may (decided_by_readings;
    `copies`: how many copies of the report the mentions add up over)."""
    readings = [("report_summaries.fiscal_year_be", summary, "fiscal_year_be")]
    readings += [("quarterly_budgets.fiscal_year_be", rec, "fiscal_year_be") for rec in budgets.values()]
    if not enabled():
        return []
    maybe = [(printed, str(true)) for kind, printed, true in mentions if kind == "digits?"]
    observed = [*observed, *((printed, str(true)) for kind, printed, true in mentions if kind == "digits")]
    mentions = [m for m in mentions if not m[0].startswith("digits")]
    year, by_profile, by_academic = consensus(mentions), None, []
    lifted = plan_lifted(mentions, year) if year is not None else None
    named = mentions  # (with the edition mentions, which a lift sets aside)
    if lifted is not None:
        # the national plan's edition mentions lifted a year over the ones the year mentions themselves rank
        # first: the year is weighed on the year mentions alone, and in doubt wherever it goes (_plan_overruled)
        mentions = [m for m in mentions if m[0] != "edition"]
        year = consensus(mentions)
    if year is not None and (told := _told_past_one(mentions, year, unread, academic, copies)) is not None:
        year, by_academic = told  # (a year chosen in doubt, as decided_by_readings' below)
    elif year is None:
        decided = decided_by_profile(mentions, observed, maybe)
        if decided is not None:
            year, by_profile = decided
        elif (chosen := _chosen_in_doubt(mentions, academic, copies)) is not None:
            year, by_academic = chosen
        elif lifted is not None and (chosen := _chosen_in_plan(named, academic)) is not None \
                and _camps_apart(mentions, chosen[0], lifted[1]):
            # the edition mentions lifted a year the year mentions alone agree on no year against, those mentions
            # in two camps: ๒๕๖๗ read "๒๕๒๑" and "๒๕อ๑" in some headings (๗ as ๑: 2561 by the table) and "๒๕๒ฒ"
            # in others (2567 or 2569), the as-of date's December 2567's: the plan chooses the camp its years hold,
            # as where no lift was (one_in_plan, tied_in_plan: in doubt).  Before, the edition mentions set aside,
            # nothing was chosen and every budget row was keyed by the unread year (fresh set s87a,
            # obec_progress_s87a004).  Not where the mentions that allow the plan's year allow the top ones alike
            # (every heading "๒๕๒๕", 2554 as much as 2564-2569): there the plan alone would decide, and its two
            # digits are OCR'd as a year's are (s81b002's "๑๓" read "๑๐")
            year, by_academic = chosen
        elif (told := decided_by_printings(mentions, tied_years(mentions), copies)) is not None:
            # the one tied year every printing allows under all OCR was measured to make of a digit: decided
            # beyond the table, as by the profile (its repairs name the rule and the printings that ruled out
            # the others; the projects' years and the budget rows' keys it sets are said: _taken_beyond_table)
            year, by_profile = told
        elif (tied := tied_years(mentions)) and _reads_vary(mentions, tied) \
                and (told := told_by_reads(mentions, tied)) is not None:
            # the tied year the printings of the report's own year (its headings', its dates' of January to
            # September) are READ_ODDS times likelier to be than every other, by how often OCR writes each character
            # where each digit was printed (told_by_odds: ๒๕๖๙ read "๒๕๒๕" in 39 headings and "๒๕๐๕" in 9, "๒๕๒ฒ"
            # in 3, "๒๕๐๓" in 2, 2567 and 2569 alike by the table, but ๗ reads ๕ a time in twelve and ๙ a time in
            # two and a half), where the printings are many and read the digit that parts the years more than one
            # way (_reads_vary); chosen in doubt, as decided_by_readings' is.  Before, no year was chosen and every
            # budget row was keyed by the unread year (fresh set s100p, obec_progress_s100p003; rule read_odds, as
            # the BMA form's fiscal year by its printings: repairs._told_by_reads)
            year, by_academic = told[0], _year_by_odds(told[0], tied, told[1])
        else:
            return _undecided_year(summary.get("fiscal_year_be"), mentions) + \
                (_plan_overruled(None, *lifted) if lifted is not None else [])
    if proof is not None and year == proof[1] and "told_by_printings" in proof[2]:
        # two misreads each made the mentions agree and the printings' signatures told them apart: a measure of
        # the OCR, not of the document, so the year is chosen in doubt (as decided_by_readings' below)
        told = proof[2]["told_by_printings"]
        by_academic = _year_by_readings(year, told["candidates"], told["read"], told["printings"])
    disputed = _year_disputed(mentions, year)
    if disputed and _outside_editions(named, year):
        # a year in doubt that the national plan every project names rules out: not chosen; a year of the
        # plan's the mentions tie on may be, by the academic years (in doubt), else none.  So too where the
        # edition mentions lifted the plan's year and the year mentions alone were weighed (plan_lifted): the
        # plan is asked with its editions (fresh set s92p obec_progress_s92p004: ๒๕๖๗ read "๒๕๐๑" and "๒๕๒๑๓"
        # mostly, ๗ as ๑, and "๒๕๒๓", "๒๕๐๓" in some headings; before, the editions set aside, 2561 was
        # kept, in doubt, outside the thirteenth plan's 2566-2570, every budget row keyed by it)
        if (chosen := _chosen_in_plan(named, academic)) is None:
            return _undecided_year(summary.get("fiscal_year_be"), mentions)
        (year, by_academic), by_profile = chosen, None
        lifted = None  # (the plan chose: the year mentions alone no longer overrule it)
        disputed = _year_disputed(mentions, year)
    seen = misreads_seen(mentions, year)
    # a year in doubt (disputed, or rivalled by a year one misread more would make every mention allow) is
    # flagged wherever it goes (repair_ambiguous, naming each field) and claimed repaired nowhere
    overruled = _plan_overruled(year, *lifted) if lifted is not None else []
    in_doubt = overruled + (by_academic or disputed or _year_rivalled(mentions, year) or
                            (_year_by_one(mentions, year, unread) if by_profile is None else []) or
                            _year_by_editions(mentions, year) or
                            (_year_unwritten_rival(mentions, year, unread) if by_profile is None else []))
    issues: list[Issue] = list(in_doubt)

    span = summary_span(summary)  # the summary's lines, where the year stands
    if "fiscal_year_be" not in summary and span is not None:  # its year not read (its label wrapped, OCR garbled it)
        printed = ", ".join(dict.fromkeys(p for _, p, _ in mentions[:5]))
        issue = Issue("warning", "value_repaired", f"the report's fiscal year: the summary's was not read; its year "
                      f"mentions (printed {printed!r}) agree on {year}",
                      json.dumps({"rule": "fiscal_year", "printed": printed, "read": None, "chosen": year},
                                 ensure_ascii=False), *span, field="report_summaries.fiscal_year_be")
        summary["fiscal_year_be"] = Reading(year, printed, *span)
        if not in_doubt:  # (a year in doubt: its repair_ambiguous issues name the field, no repair is claimed)
            issues.append(_decided(issue, by_profile, proof))
    for field, rec, name in readings:
        reading = rec.get(name)
        if reading is None or reading.value == year:
            continue
        tokens = [t for t in _year_tokens(reading.text) if year in year_candidates(t)]
        if not _year_tokens(reading.text):
            label = _LABEL_RE.search(reading.text)
            if label is None:
                # no year printed at all: a budget section whose heading OCR lost (its amounts read under the
                # round before), keyed by the year its round's other headings name (_row_by_round), else by none
                issue = _row_by_round(reading, rec, budgets, year, field)
                if issue is None:
                    continue
                issues += _amounts_lost(rec, reading)  # (keyed now, the row's amounts lost with its heading are said)
            else:
                printed = reading.text[label.end():].strip() or "(nothing)"
                issue = Issue("warning", "value_repaired", f"the fiscal year: printed {printed!r} is no year; the "
                              f"report's headings and dates agree on {year}",
                              json.dumps({"rule": "fiscal_year", "printed": printed, "chosen": year},
                                         ensure_ascii=False), *reading.span, field=field)
        elif not tokens or (field != "report_summaries.fiscal_year_be" and reading.value is not None
                            and year - OLDER_BUDGET_YEARS <= reading.value <= year + 1
                            and not _explained(tokens[0], year, seen)):
            # no reading of it is the report's year, or it reads an earlier year: what the text says,
            # unless it reads no year a section of this report may report (OLDER_BUDGET_YEARS) and the
            # round it sits in names the report's year
            round_years = rec.get("round_years")
            if field == "report_summaries.fiscal_year_be":
                # the report's own year (its title, once) against every other printing of it: the
                # mentions agree on `year`, which projects and budget rows take; a title whose
                # printing no reading makes `year` is one damaged mention, not another year
                printed = _year_tokens(reading.text)[0]
                support = support_of(mentions)
                if support[year] < 2 * max(1, support[reading.value]):
                    issues += _title_year_in_doubt(reading, printed, year, support)
                    continue
                issue = Issue("warning", "value_repaired",
                              f"the report's fiscal year: printed {printed!r} reads {reading.value}, which no "
                              f"reading of its characters makes {year}; {support[year]} of the report's "
                              f"{len(mentions)} year mentions allow {year} (only {support[reading.value]} "
                              f"allow {reading.value})",
                              json.dumps({"rule": "fiscal_year", "printed": printed, "read": reading.value,
                                          "chosen": year, "support": support[year]}, ensure_ascii=False),
                              *reading.span, field=field)
                rec[name] = Reading(year, reading.text, *reading.span)
                if not in_doubt:  # (a year in doubt: its repair_ambiguous issues name the field, as below)
                    issues.append(_decided(issue, by_profile, proof))
                continue
            if may_report(reading.value, year):
                continue
            if not _round_says(round_years, year, reading.value):
                # a year no section of this report may report, which the digits its OCR never writes may have
                # made of the report's year: keyed by that year, in doubt (_row_by_unwritten)
                issue = _row_by_unwritten(reading, rec, budgets, year, unread, field)
                if issue is not None:
                    rec[name] = Reading(year, reading.text, *reading.span)
                    issues.append(issue)
                continue
            printed = _year_tokens(reading.text)[0]
            issue = Issue("warning", "value_repaired", f"the fiscal year: printed {printed!r} reads {reading.value}; "
                          f"the round's other headings (printed {round_years.text!r}) can only be {year} of the two, "
                          f"the year the report's mentions agree on",
                          json.dumps({"rule": "fiscal_year", "printed": printed, "read": reading.value,
                                      "chosen": year, "support": round_years.text}, ensure_ascii=False),
                          *reading.span, field=field)
        else:
            outcome = repair(reading, int, lambda v: v == year, rule="fiscal_year", field=field,
                             what="the fiscal year", printed=tokens[0])
            issue = outcome.issue
            if issue is None:  # a five-digit reading: the repair is the consensus itself
                issue = Issue("warning", "value_repaired", f"the fiscal year: printed {tokens[0]!r} is read as {year}, "
                              "the year the report's other mentions agree on",
                              json.dumps({"rule": "fiscal_year", "printed": tokens[0], "chosen": year},
                                         ensure_ascii=False), *reading.span, field=field)
            if issue.code != "value_repaired":
                issues.append(issue)
                continue
        rec[name] = Reading(year, reading.text, *reading.span)
        if not in_doubt:  # (as above: the year in doubt is flagged wherever it goes, not claimed repaired)
            issues.append(_decided(issue, by_profile, proof))
            if field.startswith("quarterly_budgets") and (proof is not None or by_profile is not None):
                issues.append(_row_keyed_beyond_table(issues[-1], reading.value, year))
    if not in_doubt and (proof is not None or by_profile is not None):
        issues += _taken_beyond_table(year, summary.get("fiscal_year_be"), "proven_misread" if proof else
                                      "every_printing" if "against" in by_profile else "misread_profile")
    return issues


def plan_lifted(mentions: list[Mention], year: int) -> tuple[int, list[int], int, list[str]] | None:
    """Where the report's edition mentions (the national plan it aligns
    with: "ฉบับที่ ๑๓", EDITIONS) made `year` the mentions' consensus
    against its year mentions proper (headings and dates), which rank other
    years first and allow `year` fewer times: (`year`, the years those rank
    first, how many allow them, the editions as printed); None otherwise.
    The plan runs over five years and its two digits are OCR'd as a year's are
    ("๑๓" read "๑๐" throughout a 2568 report, whose headings "๒๕๒๕" allow
    2564-2569 all alike and 2554 two printings fewer: the tenth plan's last
    year won by the editions' six printings), so it may choose among the
    years the year mentions tie on (tied_in_plan), never over them."""
    editions = [m for m in mentions if m[0] == "edition" and years_of(m)]
    if not editions:
        return None
    support = support_of([m for m in mentions if m[0] != "edition"])
    top = max(support.values(), default=0)
    if support[year] >= top:
        return None
    return year, sorted(y for y, n in support.items() if n == top), top, sorted({p for _, p, _ in editions})


def _camps_apart(mentions: list[Mention], year: int, ranked: list[int]) -> bool:
    """Whether most of the year mentions that allow `year` allow none of the
    years `ranked` (those the most year mentions allow): the mentions part
    into camps, and the plan's year is one camp's, not a year every damaged
    printing allows alike."""
    holding = [ys for ys in (years_of(m) for m in mentions if m[0] != "edition") if year in ys]
    apart = sum(1 for ys in holding if not ys & set(ranked))
    return 2 * apart > len(holding)


def _plan_overruled(chosen: int | None, lifted: int, ranked: list[int], top: int,
                    printed: list[str]) -> list[Issue]:
    """The doubt of a year the edition mentions lifted (plan_lifted: the year
    `lifted`, over the years `ranked` that `top` year mentions allow), named
    wherever the report's year goes (the summary's, the projects', the
    budget rows', their key), with the year `chosen` on the year mentions
    alone, if any."""
    evidence = {"rule": "fiscal_year", "printed": ", ".join(printed), "candidates": sorted({lifted, *ranked}),
                "support": top}
    if chosen is not None:
        evidence["chosen"] = chosen
    what = (f"the report's fiscal year: the national plan's edition it names (printed {', '.join(printed)}) "
            f"makes its mentions agree on {lifted}, but {top} of its year mentions allow "
            f"{', '.join(map(str, ranked))}, more than allow {lifted}: the plan's two digits, OCR'd as a year's, "
            "would overrule the years printed; the year is weighed on the year mentions alone"
            + (f" ({chosen}), in doubt" if chosen is not None else ", and none is chosen"))
    return [Issue("warning", "repair_ambiguous", what, json.dumps(evidence, ensure_ascii=False), *_EACH_PROJECT,
                  field=field) for field in (*_CHOSEN_IN_DOUBT, "report_summaries.fiscal_year")]


# what decided a year beyond the table of confusions, by rule, for the messages of the fields that take it
_DECIDED_BY = {None: "the report's own misreads did",
               "every_printing": "its printings did, each read under all OCR was measured to make of a digit"}


def _taken_beyond_table(year: int, reading: Reading | None, rule: str) -> list[Issue]:
    """The fields that take the report's fiscal year when only a misread
    beyond the table of confusions decided it (a proven misread, the
    misread profile): the summary's Gregorian year and every project's
    year, named as a budget row's key is (_row_keyed_beyond_table).  The
    summary's own year carries the repair; these had no issue, and a wrong
    decision made every project's year wrong with nothing naming it."""
    evidence = json.dumps({"rule": rule, "chosen": year}, ensure_ascii=False)
    what = (f"the report's fiscal year {year}, which the table of OCR confusions alone does not decide (rule "
            f"{rule}: {_DECIDED_BY.get(rule, _DECIDED_BY[None])}; see report_summaries.fiscal_year_be): were it wrong, so is")
    span = reading.span if reading is not None else _EACH_PROJECT
    return [Issue("warning", "repair_ambiguous", f"{what} {field}", evidence,
                  *(span if field.startswith("report_summaries") else _EACH_PROJECT), field=field)
            for field in ("report_summaries.fiscal_year", "projects.fiscal_year_be", "projects.fiscal_year")]


def _row_keyed_beyond_table(repaired: Issue, read: int | None, year: int) -> Issue:
    """A budget row whose year (its key) was repaired to a report year
    that only a misread beyond the table of confusions decided (a proven
    misread, the misread profile): the row is named whole at its lines, as
    a year in doubt names the table (_CHOSEN_IN_DOUBT), since a wrong year
    files the row's note, quarter and figures under a row of a year the
    report does not have, and the true row's values go missing with no
    issue naming them.  The repair stands (and is judged as one)."""
    rule = json.loads(repaired.evidence).get("rule")
    evidence = json.dumps({"rule": rule, "read": read, "chosen": year,
                           "candidates": sorted({year, *([read] if read is not None else [])})}, ensure_ascii=False)
    return Issue("warning", "repair_ambiguous",
                 f"a budget row keyed by the fiscal year {year}, which the table of OCR confusions alone does not "
                 f"decide (rule {rule}: {_DECIDED_BY.get(rule, _DECIDED_BY[None])}): were that year wrong, the row stands for "
                 f"another year's row",
                 evidence, repaired.line_start, repaired.line_end, project_key=repaired.project_key,
                 field="quarterly_budgets")


def _edition_years(mentions: list[Mention]) -> list:
    """The fiscal years each of the report's edition mentions allows
    (parsers.year_mentions.EDITIONS), those allowing none left out."""
    return [ys for ys in (years_of(m) for m in mentions if m[0] == "edition") if ys]


def _plan_years(mentions: list[Mention]) -> list[int]:
    """The first and last fiscal year every reading of the report's edition
    mentions allows (EDITIONS), or [] if they allow none in common."""
    editions = _edition_years(mentions)
    common = set(editions[0]).intersection(*editions[1:]) if editions else set()
    return [min(common), max(common)] if common else []


def _outside_editions(mentions: list[Mention], year: int) -> bool:
    """Whether the report names the national plan's edition (its projects'
    alignments) and no reading of any of its edition mentions covers `year`
    (parsers.year_mentions.EDITIONS): the plan a report aligns with runs
    over its fiscal year, so a year the mentions agree on only under a
    dispute (_year_disputed) and that no edition allows is no year to choose
    (๗ read as ๑ throughout a 2567 report, "๒๕๐๑", agrees on 2561 under the
    table alone, and its "ฉบับที่ ๑๓" says 2566-2570)."""
    editions = _edition_years(mentions)
    return bool(editions) and all(year not in ys for ys in editions)


# A misread the table of OCR confusions lacks, proved by one report (its OCR read ๗ as ๑ throughout: "๒๕๖๗"
# as "๒๕๒๑", "๒๕๐๑"): the report's year mentions, at least PROOF_MENTIONS of them, agree on no year or on one
# that is disputed (_year_disputed) under the table alone, and under the table and one misread more, and no
# other, every mention that allows a year allows one year, at least PROOF_NEEDING of them through that misread.
PROOF_MENTIONS = 10
PROOF_NEEDING = 3
_DIGITS = "0123456789"


def proven_misread(mentions: list[Mention], unread: str = "",
                   copies: int = 1) -> tuple[tuple[str, str], int, dict] | None:
    """The misread ((printed, read) digits, Arabic) the report's year
    mentions prove, the year it makes them agree on and the evidence (see
    PROOF_MENTIONS); None when they prove none, or more than one.  Of
    several, the one misreading the only digit among them that the
    document's OCR never writes (`unread`, parsers.digits) is proved
    (_unwritten_explains).  A digit's measured rare misreads together
    (RARE_MISREADS: ๗ read as ๑ and as ๐) are tried only where no one
    misread does it, and prove their year only where the printings of the
    digit's place tell that digit from the others OCR reads alike
    (_told_by_signature; `copies`: how many copies the mentions add up
    over)."""
    counted = Counter(m for m in mentions if not m[0].startswith("digits"))
    table = {m: years_of(m) for m in counted}
    if sum(n for m, n in counted.items() if table[m]) < PROOF_MENTIONS:
        return None
    elements = list(counted.elements())
    year = consensus(elements)
    # a year the table agrees on that no reading of the national plan's edition the report names covers is no
    # year of the report's (_outside_editions: the plan a report aligns with runs over its fiscal year), however
    # few mentions read otherwise: ๒๕๖๗ read "๒๕๒๑" and "๒๕๐๑" throughout (2561 by the table), its "ฉบับที่ ๑๓"
    # saying 2566-2570, one "๒๕๒๓" alone against.  (The edition alone against proves nothing: a misread of
    # its own, "๑๒" read "๑๓", makes every mention agree on the table's year, a second explanation)
    plan: dict = {}
    if year is not None and not _year_disputed(elements, year):
        if not _outside_editions(elements, year):
            return None
        plan = {"plan": _plan_years(elements)}
    if year is None and _table_agrees_but_for_a_few(counted, table):
        return None
    found = _agreeing(counted, table, [(printed, read) for printed in _DIGITS for read in _DIGITS
                                       if read != printed and read not in MISREADS.get(printed, "")])
    if not found:
        # no one misread does it: a digit's measured rare misreads together (RARE_MISREADS: ๗ read as ๑ and ๐ in
        # one report, "๒๕๒๑" and "๒๕๐๑" throughout and "๒๕๒๐" once for ๒๕๖๗), one explanation, not two
        found = [f for f in _agreeing(counted, table, [(printed, reads) for printed, reads in RARE_MISREADS.items()
                                                       if len(reads) > 1])
                 if _told_by_signature(elements, f[0][0], f[1], copies)]
    # every misread that makes the mentions agree is an explanation of them, however few mentions need it
    # (one that needs it for one mention only is the likelier: ๒๕๖๗ read '๒๕๒๓' throughout allows 2567 under
    # the table, and ๗ -> ๐ mends its one '๒๕๒๐'): two explanations prove neither
    why: dict = {}
    if len(found) > 1:
        found, why = _unwritten_explains(found, unread)
    if len(found) > 1:
        explained = found
        found, why = _measured_explains(found, unread)
        if why.get("measured") and (by_reads := told_by_reads(elements, sorted({f[1] for f in explained}))) \
                and by_reads[0] != found[0][1]:
            # the document's own printings of its year, weighed against the measured misread: ๙ -> ๐ was never
            # measured so, yet a 2569 whose year wrapped onto a line of its own read "๒๕๒๐" there 18 times, its
            # 127 other printings ending ๕ and ๓ as ๙'s do, e^67 times likelier 2569's than 2567's (fresh set
            # s99s, obec_progress_s99s003, had 2567 proved by ๗ -> ๐, every row filed under it)
            found, why = [f for f in explained if f[1] == by_reads[0]], {
                "told_by_reads": {str(y): n for y, n in by_reads[1].items()}}
    if len(found) > 1 and all(f[0][0] in READ_SIGNATURES and f[0][0] in unread for f in found):
        # misreads of digits OCR reads alike and the document never writes (๗ -> ๑ and ๙ -> ๑, both measured):
        # the printings of the digit's place may tell which digit it is by their measured signatures, as they
        # tell tied years apart
        told = [(f, by) for f in found if (by := _told_by_signature(elements, f[0][0], f[1], copies))]
        if len(told) == 1:
            _, tied, read, printings = told[0][1]
            found, why = [told[0][0]], {"told_by_printings": {"candidates": tied, "read": read,
                                                              "printings": printings}}
    if len(found) != 1:
        return None
    pair, y, n, needing = found[0]
    if needing < PROOF_NEEDING or y == year:
        return None
    return pair, y, {"misread": list(pair), "agree": n, "needing": needing, "table_year": year, **plan, **why}


def _agreeing(counted: Counter, table: dict, pairs: list[tuple[str, str]]) -> list[tuple]:
    """Each misread of `pairs` ((printed, read) digits, Arabic; `read` may
    hold several digits, each a misread of `printed`) under which every
    mention that allows a year allows one year: (pair, year, how many
    mentions agree, how many of them need the misread)."""
    found = []
    for pair in pairs:
        more = _years_under(counted, table, pair)
        allowing = sum(n for m, n in counted.items() if more[m])
        support = Counter(y for m, n in counted.items() for y in more[m] for _ in range(n))
        for y, n in support.items():
            # a printing with a character too many that does not allow y is damage of its own, not against it
            # (_table_agrees_but_for_a_few: "๒๕๑๓๑" for ๒๕๖๗, ๖ read as ๑ and ๗ as ๓๑)
            if n == allowing - sum(k for m, k in counted.items() if more[m] and y not in more[m] and _overlong(m[1])):
                needing = sum(k for m, k in counted.items() if y in more[m] and y not in table[m])
                found.append((pair, y, n, needing))
    return found


def _told_by_signature(mentions: list[Mention], digit: str, year: int, copies: int) -> tuple | None:
    """What the printings of the place `digit` (Arabic) holds in `year`
    say where they tell that digit from the other digits OCR reads alike (READ_SIGNATURES:
    ๗, ๘, ๙), each the year with that digit there (decided_by_readings over
    those years): two rare misreads of ๗ (๑ and ๐) explain "๒๕๒๑" and
    "๒๕๒๐" as 2567, but ๙ too came out ๑ and ๐ in a report (a 2569 whose
    "๒๕๒๕" the table reads as 2567 as well); only printings that never show
    what ๙ always shows (๕ beside ๓) rule it out.  decided_by_readings'
    answer (the year, the years told apart, the readings, the printings)
    where it tells `year`, else None."""
    places = [i for i, c in enumerate(str(year)) if c == digit]
    if len(places) != 1 or digit not in READ_SIGNATURES:
        return None
    place = places[0]
    rivals = [int(str(year)[:place] + d + str(year)[place + 1:]) for d in READ_SIGNATURES if d != digit]
    told = decided_by_readings(mentions, copies, sorted([year, *rivals]))
    return told if told is not None and told[0] == year else None


def misread_pairs(pair: tuple[str, str]) -> list[tuple[str, str]]:
    """A proven misread (printed, read) as the (printed, read) pairs of one
    digit each that normalizers.confusions.added_misreads puts in force
    (`read` may hold several digits: proven_misread)."""
    return [(pair[0], read) for read in pair[1]]


def _years_under(counted: Counter, table: dict, pair: tuple[str, str]) -> dict:
    """Each mention's years (years_of) with the misread `pair` ((printed,
    read) digits, Arabic) added to the table's: only a mention whose
    printing holds the read digit in Thai can read otherwise (a reading
    changes Thai digits only; a printing of Thai digits with an Arabic 5 or
    9 among them is read with a ๖ there too: parsers.repair.year_candidates),
    so each other keeps its years by the table (`table`), not read again (a
    speed-up: ninety misreads tried over every mention)."""
    thai = [_thai(read) for read in pair[1]]
    with added_misreads(misread_pairs(pair)):
        return {m: years_of(m) if any(t in m[1] or t == "๖" and _THAI_DIGIT_RE.search(m[1]) for t in thai)
                else table[m] for m in counted}


_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")


def _unwritten_explains(found: list[tuple], unread: str) -> tuple[list[tuple], dict]:
    """Of several misreads that each make the mentions agree (each a
    (pair, year, agree, needing)), the one whose printed digit is the only
    one among them that the document's OCR never writes (`unread`): that
    digit must have come out as some other, and each other explanation
    misreads a digit the OCR does write elsewhere (๒๕๖๗ read "๒๕๒๑" and
    "๒๕๒๓๑" throughout a report that never shows a ๗: ๗ -> ๑ makes every
    mention 2567, ๓ -> ๑ makes every one 2563, and ๓ is written).  Two
    unwritten digits (๗ -> ๑ and ๙ -> ๑), or none, still prove neither."""
    unwritten = [f for f in found if f[0][0] in unread]
    if len(unwritten) != 1:
        return found, {}
    others = [f"{_thai(p)} -> {_thai(r)} ({y})" for (p, r), y, _, _ in found if (p, r) != unwritten[0][0]]
    return unwritten, {"unwritten": unread, "rivals_written": others}


def _measured_explains(found: list[tuple], unread: str) -> tuple[list[tuple], dict]:
    """Of several misreads that each make the mentions agree (each a
    (pair, year, agree, needing)), each of a digit the OCR model cannot
    write (parsers.digits.UNWRITTEN) and the document never writes
    (`unread`), so that its digits tell them apart no more than
    _unwritten_explains can: the one OCR was measured to make (RARE_MISREADS:
    one printing of a hundred or more of that digit, which the table leaves
    out) where each other's never was so.  ๒๕๖๗ read "๒๕๒๓" and "๒๕๒๐"
    throughout a report that shows no ๖ ๗ ๙ is 2567 by ๗ -> ๐ (measured),
    2566 by ๖ -> ๓ (once in seven thousand printings) and 2569 by ๙ -> ๐
    (below one in a hundred).  A rival of a digit the model writes (๓ -> ๑,
    the document showing no ๓ by chance), none measured, or two, and none is
    proved."""
    if not all(f[0][0] in UNWRITTEN and f[0][0] in unread for f in found):
        return found, {}
    measured = [f for f in found if f[0][1] in RARE_MISREADS.get(f[0][0], "")]
    if len(measured) != 1:
        return found, {}
    others = [f"{_thai(p)} -> {_thai(r)} ({y})" for (p, r), y, _, _ in found if (p, r) != measured[0][0]]
    return measured, {"measured": True, "rivals_unmeasured": others}


def _table_agrees_but_for_a_few(counted: Counter, table: dict) -> bool:
    """Whether the table of confusions alone lets all but a few of the
    mentions that allow a year (too few to dispute it: _year_disputed's
    measure) agree on one year, though on several alike (a tie, so no
    consensus): the table explains the report, only not which of those
    years it is, and the few that read otherwise are damage of their own
    (๒๕๖๘ read "๒๕๒๕" and "๒๕๐๕" in 52 mentions, 2567, 2568 and 2569 alike
    by the table, and "๒๕๐6" twice, its ๘ read as an Arabic 6, which the
    table takes as printed: 2546 or 2566).  A misread the table lacks that
    bends the many to the few (๖ read as ๕ makes all 54 allow 2566) is no
    proof of that misread: it would file every budget row under the year
    of the few."""
    support = Counter(y for m, n in counted.items() for y in table[m] for _ in range(n))
    if not support:
        return False
    allowing = sum(n for m, n in counted.items() if table[m])
    top = max(support.values())
    # a printing with a character too many ("๒๕๑๕6": five for a year's four) is damage of its own whatever it
    # reads: one left out at a guess may make any year, so it does not dispute the many ("๒๕๖๘" read "๒๕๒๕"
    # and "๒๕๐๕" in 21 mentions, "๒๕๑๕6" in 4: ๖ read as ๕ bent the 21 to 2566, the one year a left-out
    # character lets the four make); and a mention that allows any of the years the table ties on is with the
    # many (the table explains it, only not which of those years it is)
    best = [y for y, n in support.items() if n == top]
    against = sum(n for m, n in counted.items() if table[m] and not _overlong(m[1])
                  and not any(y in table[m] for y in best))
    return against < 3 or against < DISPUTED_SHARE * allowing


def _overlong(printed: str) -> bool:
    """Whether a year mention's printing holds five digits (Thai, Arabic
    or a look-alike glued to four): a character more than a year has."""
    return any(len(t) > 4 for t in _year_tokens(printed))


# where a report's year that its mentions chose in doubt (_year_disputed, _year_rivalled) goes: the summary, the
# projects and the budget rows; the year is the budget rows' key, so a row keyed by it is in doubt whole (a
# row keyed by a wrong year stands for a row of the true year that no row holds), as when no year is chosen
# (_undecided_year)
_CHOSEN_IN_DOUBT = ("report_summaries.fiscal_year_be", "projects.fiscal_year_be", "projects.fiscal_year",
                    "quarterly_budgets.fiscal_year_be", "quarterly_budgets")
# the lines of a doubt about the report's year that every project (and budget row) takes: none of its own, so
# that each project's copy of the issue stands at that project's lines (pipeline.placement: an issue on a
# projects or quarterly_budgets column that no project's lines hold is given once per project, and one without
# lines takes its project's). At the summary's printed year (its title, at the head of the report) it stood at
# the lines of no project: a project read only from the report's lists (a not-started project's title) had
# its wrong year named at no line of its own row
_EACH_PROJECT = (None, None)
DISPUTED_SHARE = 0.1  # of the mentions that allow some year: from this share reading no reading of the year, it is in doubt


def _year_disputed(mentions: list[Mention], year: int) -> list[Issue]:
    """The report's year as most of its mentions allow it, when a tenth or
    more of them (three at least) read a year no reading of theirs makes
    it: a misread the confusion table lacks may have made the majority (๗
    read as ๑ throughout), so the year is kept but flagged wherever it goes
    (the summary's, the projects', the budget rows')."""
    sets = [(m, years_of(m)) for m in mentions]
    sets = [(m, ys) for m, ys in sets if ys]
    against = [m for m, ys in sets if year not in ys]
    if len(against) < 3 or len(against) < DISPUTED_SHARE * len(sets):
        return []
    printed = sorted({p for _, p, _ in against})[:5]
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "support": len(sets) - len(against),
                           "printed": ", ".join(printed), "candidates": [year]}, ensure_ascii=False)
    what = (f"the report's fiscal year {year} rests on {len(sets) - len(against)} of its {len(sets)} year mentions; "
            f"{len(against)} read years no reading of theirs makes {year} ({', '.join(printed)}): a misread the "
            "table of OCR confusions lacks may have made the majority")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _year_rivalled(mentions: list[Mention], year: int) -> list[Issue]:
    """The report's year as most of its mentions allow it, when some
    mention (too few for _year_disputed) reads a year no reading of its
    makes it, and one misread the confusion table lacks would make every
    mention that allows a year allow one other year: ๒๕๖๗ read "๒๕๒๑" in
    most headings (๗ as ๑, which the table lacks: 2561 by the table) and
    "๒๕๒๓" in a few (๗ as ๓: 2563 or 2567).  Too few mentions to prove the
    misread (proven_misread), too many to ignore: the year is kept but
    flagged wherever it goes, naming the rival."""
    counted = Counter(m for m in mentions if not m[0].startswith("digits"))
    table = {m: years_of(m) for m in counted}
    if not any(ys and year not in ys for ys in table.values()):
        return []
    rivals: dict[int, tuple[str, str]] = {}
    for printed in _DIGITS:
        for read in _DIGITS:
            if read == printed or read in MISREADS.get(printed, ""):
                continue
            sets = [ys for ys in _years_under(counted, table, (printed, read)).values() if ys]
            common = set(sets[0]).intersection(*sets[1:]) if sets else set()
            for y in sorted(common - {year}):
                rivals.setdefault(y, (printed, read))
    if not rivals:
        return []
    against = sorted({p for m, ys in table.items() if ys and year not in ys for p in [m[1]]})[:5]
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "printed": ", ".join(against),
                           "candidates": sorted({year, *rivals}),
                           "misreads": {str(y): list(pr) for y, pr in sorted(rivals.items())}}, ensure_ascii=False)
    alike = "; ".join(f"{y} if printed {_thai(p)} were read as {_thai(r)}" for y, (p, r) in sorted(rivals.items()))
    what = (f"the report's fiscal year {year}: its year mentions {', '.join(against)} allow no reading that makes "
            f"{year}, and under one misread the table of OCR confusions lacks every mention that allows a year "
            f"would allow another ({alike}): the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _year_by_one(mentions: list[Mention], year: int, unread: str) -> list[Issue]:
    """The report's year as most of its mentions allow it, when a rival
    year is allowed by every mention but one (or none) of those that allow
    it, and by none that does not, and the two years differ in a digit the
    document's OCR never writes (`unread`): one mention alone, read through
    the table of confusions on the very digits in question, decides.  ๒๕๖๘
    read "๒๕๒๕" in every heading of a report that shows no ๖ ๗ ๘ allows
    2567 as much as 2568; a date "๒๕๒๐" (๒๕๖๗, ๗ read ๐, which the table
    lacks) that the table's readings make 2566 tips it to 2567.  One
    printing, itself misread, is too little to rest every project's year on:
    the year is kept but flagged wherever it goes, naming the rival.  (Where
    the document does write the digits, the table's reading of the deciding
    mention stands: a date of November "๒๕๒๒" in a report whose ๖ reads
    ๒ decides 2567 over 2569.)"""
    rivals = _rivals_by_one(mentions, year, unread)
    if not rivals:
        return []
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "candidates": sorted({year, *rivals})},
                          ensure_ascii=False)
    what = (f"the report's fiscal year {year}: every year mention that allows it allows "
            f"{', '.join(map(str, rivals))} as well, but for one at most: a single printing, itself OCR'd, "
            "decides the year: the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _unwritten_years(mention: Mention, unread: str) -> set[int]:
    """The fiscal years one mention could stand for where each digit the document's OCR never writes (`unread`)
    may have come out as any other (year_candidates_unwritten; an edition's as years_of reads it)."""
    kind, printed, month = mention
    if kind == "edition":
        return years_of(mention)
    years = set(year_candidates_unwritten(printed, unread))
    return {y + 1 for y in years if y + 1 <= YEAR_RANGE[1]} if kind == "date" and month >= 10 else years


def _year_unwritten_rival(mentions: list[Mention], year: int, unread: str) -> list[Issue]:
    """The report's year as most of its mentions allow it, where some mention
    allows it under no reading even with every digit the document's OCR never
    writes (`unread`) free to have come out as any other, while another year,
    differing from it in such a digit, every mention allows so: ๒๕๖๗ read
    "๒๕๒๐" in most headings (๗ as ๐, which the table lacks: 2566 by its ๖
    read ๐) and "๒๕๒ฒ" in one (2567 or 2569, never 2566), in a report that
    writes no ๖ ๗ ๘ ๙.  The majority's year may be the misread's, so it is
    kept but flagged wherever it goes, naming the rival (fresh set s152o,
    obec_progress_s152o001: 2566 for 2567 in every project, with no issue
    naming a project's year)."""
    if not unread:
        return []
    read = {m: ys for m in dict.fromkeys(m for m in mentions if not m[0].startswith("digits"))
            if (ys := _unwritten_years(m, unread))}
    sets = list(read.values())
    if not sets or all(year in ys for ys in sets):
        return []
    rivals = sorted(y for y in set(sets[0]).intersection(*sets[1:]) if y != year and _differ_in(year, y, unread))
    if not rivals:
        return []
    against = sorted({m[1] for m, ys in read.items() if year not in ys})[:5]
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "printed": ", ".join(against),
                           "candidates": sorted({year, *rivals})}, ensure_ascii=False)
    what = (f"the report's fiscal year {year}: its year mentions {', '.join(against)} allow no reading that makes "
            f"{year}, even with the digits this document's OCR never writes read as any, while every mention allows "
            f"{', '.join(map(str, rivals))} so: the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _year_by_editions(mentions: list[Mention], year: int) -> list[Issue]:
    """The report's year where the national plan's edition (its headings'
    "...แห่งชาติ ฉบับที่ N") decides it (the mentions' consensus with the
    editions, the year's own printings, headings and dates, agreeing on no
    year or on another without them), and the edition's printings
    disagree among themselves (read as two printings or more: "๑๐" in most
    headings, "oO" in one, where ๑๓ was printed and OCR read its ๓ as ๐, a
    misread the table of OCR confusions lacks): the edition's number is as
    OCR'd as the years, and printings that differ show it misread in some,
    so the year it gives is kept but flagged wherever it goes.  (Before,
    fresh set s81b's obec_progress_s81b002 took 2554, edition 10's, for
    2568 in every project, with no issue naming a project's year; the
    documents whose edition printings all read alike, "๑๒" or "๑๓" in every
    heading, and decide the year rightly, stay as they were.)"""
    counted = [m for m in mentions if not m[0].startswith("digits")]
    printings = sorted({printed for kind, printed, _ in counted if kind == "edition"})
    if len(printings) < 2 or consensus(counted) != year \
            or consensus([m for m in counted if m[0] != "edition"]) == year:
        return []  # (a year the mentions do not give with the editions, chosen otherwise: not the editions')
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "printed": ", ".join(printings[:5]),
                           "candidates": [year]}, ensure_ascii=False)
    what = (f"the report's fiscal year {year} is the national plan's edition's (its headings' number, printed "
            f"{', '.join(printings[:5])}), where the year's own printings agree on no year or on another; the "
            "edition's printings disagree among themselves, so OCR misread its number in some of them, and "
            "perhaps in all: the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _rivals_by_one(mentions: list[Mention], year: int, unread: str) -> list[int]:
    """The years every mention that allows `year` allows as well, but for
    one at most, and no mention that does not, differing from it in a digit
    the document's OCR never writes (`unread`): see _year_by_one."""
    counted = [m for m in mentions if not m[0].startswith("digits")]
    sets = [ys for ys in (years_of(m) for m in counted) if ys]
    rivals = []
    for rival in sorted({y for ys in sets for y in ys} - {year}):
        only_year = sum(1 for ys in sets if year in ys and rival not in ys)
        only_rival = sum(1 for ys in sets if rival in ys and year not in ys)
        if only_year <= 1 and only_rival == 0 and _differ_in(year, rival, unread):
            rivals.append(rival)
    return rivals


def _told_past_one(mentions: list[Mention], year: int, unread: str, academic: list[Mention],
                   copies: int = 1) -> tuple[int, list[Issue]] | None:
    """Another year than `year`, the one the report's mentions agree on by a
    single mention (_year_by_one: its rivals allowed by all the others),
    where what every printing of the digit that parts `year` and its rivals
    reads tells that other year (decided_by_readings over those years: the
    fiscal year's own printings, twenty or more, against one mention read
    through the table on the very digits in question: ๒๕๖๘ read "๒๕๒๕" in
    all 48 headings, ๘'s signature and not ๗'s, and one date "๒๕อ๒" of
    December, ๒๕๖๗ with its ๗ read ๒, which the table reads 2566 and so
    the fiscal year 2567); the academic years choosing another year, not.
    The year and its issues (in doubt wherever it goes), or None."""
    rivals = _rivals_by_one(mentions, year, unread)
    if not rivals:
        return None
    tied = sorted({year, *rivals})
    told = decided_by_readings(mentions, copies, tied)
    if told is None or told[0] == year:
        return None
    by_academic = decided_by_academic(mentions, academic, tied)
    if by_academic is not None and by_academic[0] != told[0]:
        return None
    return told[0], _year_by_readings(*told)


def decided_by_academic(mentions: list[Mention], academic: list[Mention],
                        tied: list[int] | None = None) -> tuple[int, list[int], list[str]] | None:
    """The report's year when its fiscal-year mentions tie on several years
    (the same digits OCR cannot write in every printing: "๒๕๒๕" is 2564 as
    much as 2565), most of them allowing each, and the academic years it
    names (a project's title: "ปีการศึกษา ๒๕๖๓", read "๒๕๒๓") allow exactly
    one of the tied years, every one that allows any of them the same one
    (an academic year A falls in fiscal year A or A + 1):
    (year, the tied years, the academic years as printed).  One kind of
    mention, itself OCR'd, and a report may name a year's results of
    another: the year is chosen in doubt (_year_by_academic).  `tied`:
    the years to choose among, if not the mentions' tie (tied_in_plan)."""
    tied = tied_years(mentions) if tied is None else tied
    if tied is None:
        return None
    allowed = [(printed, fiscal_years_of_academic(printed) & set(tied)) for _, printed, _ in academic]
    allowed = [(printed, ys) for printed, ys in allowed if ys]
    if not allowed:
        return None
    common = set.intersection(*(ys for _, ys in allowed))
    if len(common) != 1:
        return None
    return common.pop(), tied, sorted({printed for printed, _ in allowed})


def _chosen_in_doubt(mentions: list[Mention], academic: list[Mention],
                     copies: int = 1) -> tuple[int, list[Issue]] | None:
    """A year the report's mentions tie on, chosen in doubt: by what every
    printing of the digit that parts the tied years reads (decided_by_readings,
    over the report's `copies`), or by the academic years the report names
    (decided_by_academic); the two choosing different years, neither: the
    year and its issues (flagged wherever it goes), or None."""
    by_readings = decided_by_readings(mentions, copies)
    by_academic = decided_by_academic(mentions, academic)
    if by_readings is not None and by_academic is not None and by_readings[0] != by_academic[0]:
        return None
    if by_readings is not None:
        return by_readings[0], _year_by_readings(*by_readings)
    if by_academic is not None:
        return by_academic[0], _year_by_academic(*by_academic)
    return _chosen_in_plan(mentions, academic)


def _chosen_in_plan(mentions: list[Mention], academic: list[Mention]) -> tuple[int, list[Issue]] | None:
    """A year of the national plan's that the report's mentions tie on
    (tied_in_plan), chosen in doubt by the academic years it names
    (decided_by_academic): the year and its issues, or None."""
    if (in_plan := tied_in_plan(mentions)) is None:
        if (one := one_in_plan(mentions)) is None:
            return None
        return one[0], _year_in_plan(*one)
    tied, plan, n = in_plan
    if (by_plan := decided_by_academic(mentions, academic, tied)) is None:
        return None
    return by_plan[0], _year_by_academic(*by_plan, plan=(plan, n))


PLAN_MENTIONS = 3  # year mentions, at least, that the national plan's years allow, for them to tie (tied_in_plan)


def tied_in_plan(mentions: list[Mention]) -> tuple[list[int], tuple[int, int], int] | None:
    """The years the report's mentions tie on inside the national plan's
    years (its edition mentions, EDITIONS, every one allowing the same
    years), where the mentions agree on no year of the plan's: the table
    of confusions reads most of them outside it (๒๕๖๗ read "๒๕๐๑" and
    "๒๕๑๓" throughout, ๗ as ๑ and ๖ as ๑, misreads the table lacks: 2541
    or 2561 by the table, and nothing).  The plan a report aligns with runs
    over its fiscal year, so the year is one the plan allows; of those the
    mentions that allow any (PLAN_MENTIONS at least: "๒๕๐๓", "๒๕๐๓๑", ๗
    read as ๓ by the table) allow two or more alike, more than half of
    them each and no year of the plan's more (a few printings that read
    one other year of it, "๒๕๒๐๑", ๗ read as two digits, do not undo the
    tie): (those years, the plan's first and last year, how many mentions
    allow them); None otherwise.  Which of them, only what else the report
    says may choose (the academic years it names), in doubt."""
    plan = _plan_unagreed(mentions)
    if plan is None:
        return None
    sets = [ys for ys in (years_of(m) & plan for m in mentions if m[0] != "edition") if ys]
    if len(sets) < PLAN_MENTIONS:
        return None
    # the plan's years most of those mentions allow, every one of the most alike: one mention of a few printings
    # that reads otherwise (a digit read as two, "๒๕๒๐๑" for ๒๕๖๗: 2566 alone of the plan's) does not undo a tie
    # more than half of them hold ("๒๕๐๓๑" fourteen times: 2567 or 2569)
    support = Counter(y for ys in sets for y in ys)
    top = max(support.values())
    common = sorted(y for y, n in support.items() if n == top)
    if len(common) < 2 or 2 * top <= len(sets):
        return None
    return common, (min(plan), max(plan)), top


def _plan_unagreed(mentions: list[Mention]) -> set[int] | None:
    """The years of the national plan the report names (its edition
    mentions, every one allowing years, the years all of them allow), where
    the year mentions' consensus is none of them; None otherwise."""
    editions = [years_of(m) for m in mentions if m[0] == "edition"]
    if not editions or not all(editions):
        return None
    plan = set(editions[0]).intersection(*editions[1:])
    if consensus([m for m in mentions if m[0] != "edition"]) in plan:
        return None
    return plan


def one_in_plan(mentions: list[Mention]) -> tuple[int, tuple[int, int], int] | None:
    """The one year of the national plan's (its edition mentions, every one
    allowing the same years) that every mention allowing any of the plan's
    years allows, where the mentions agree on no year of the plan's (the
    table of confusions reads most of them outside it) and do not tie
    inside it (tied_in_plan): (the year, the plan's first and last year,
    how many mentions allow it), PLAN_MENTIONS of them at least; None
    otherwise.  ๒๕๖๗ read "๒๕๐๑" and "๒๕๑๑" mostly (๗ as ๑, ๖ as ๑: 2561 by
    the table, and nothing), "๒๕๒๓" and "๒๕๐๓" in a few headings (2567 or 2569 of
    the plan's 2566-2570), and the as-of date "๓๑ ธันวาคม ๒๕๖๖" read "๒๕๒๐",
    which is 2567's December and no December of 2569's: every mention that
    allows a year of the plan allows 2567, but for printings of a character
    too many (_overlong: "๒๕๒๐๑", ๗ read as two digits), damage of their own
    where they allow another (fresh set s83b, obec_progress_s83b001).
    Chosen in doubt, as a tie chosen by the academic years is."""
    plan = _plan_unagreed(mentions)
    if plan is None:
        return None
    # (every mention that allows a year of the plan's allowing one alike, printings of a character too many
    # among them: "๒๕อ๑ฒ", "๒๕๑๒ฒ" and the as-of date's "๒๕๒๒9" with "๒๕๒ฒ", 2567 alone of the plan's that all
    # four allow: fresh set s87a, obec_progress_s87a004)
    every = [ys for ys in (years_of(m) & plan for m in mentions if m[0] != "edition") if ys]
    if len(every) >= PLAN_MENTIONS and len(common := set(every[0]).intersection(*every[1:])) == 1:
        return common.pop(), (min(plan), max(plan)), len(every)
    # (a printing with a character too many is damage of its own where it does not allow the year, as in
    # _agreeing: "๒๕๒๐๑" and "๒๕๐๒๑" for ๒๕๖๗, ๗ read as two digits, 2566 alone of the plan's)
    sets = [ys for ys in (years_of(m) & plan for m in mentions if m[0] != "edition" and not _overlong(m[1])) if ys]
    if len(sets) < PLAN_MENTIONS:
        return None
    common = set(sets[0]).intersection(*sets[1:])
    if len(common) != 1:
        return None
    return common.pop(), (min(plan), max(plan)), len(sets)


def _year_in_plan(year: int, plan: tuple[int, int], n: int) -> list[Issue]:
    """The issues of a year one_in_plan chose: flagged wherever the year goes."""
    first, last = plan
    evidence = json.dumps({"rule": "fiscal_year", "chosen": year, "candidates": [year], "support": n,
                           "plan": [first, last]}, ensure_ascii=False)
    what = (f"the report's fiscal year {year}: its year mentions agree on no year of the national plan it names "
            f"({first}-{last}); the {n} of them that allow one all allow {year}, and only {year} of the plan's: "
            "the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _year_by_readings(year: int, tied: list[int], read: str, printings: int) -> list[Issue]:
    """The issues of a year decided_by_readings chose: flagged wherever the
    year goes (the summary's, the projects', the budget rows'), naming the
    tied years and the reading that chose."""
    evidence = json.dumps({"rule": "digit_readings", "chosen": year, "candidates": tied, "read": read,
                           "printings": printings}, ensure_ascii=False)
    what = (f"the report's fiscal year {year}: its year mentions allow {', '.join(map(str, tied))} alike; the "
            f"{printings} printings of the digit that parts them read {', '.join(read)}, what OCR makes of "
            f"{year}'s digit there over so many printings and not of the others': the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _reads_vary(mentions: list[Mention], tied: list[int]) -> bool:
    """Whether the printings of the report's own year (its headings', its
    dates' of January to September, four characters) are READINGS_MIN or
    more and read a place where the `tied` years' digits differ two ways at
    least.  Only then do the odds of each printing add up (told_by_reads):
    a digit every printing reads one way ("๒๕๒๕" 44 times) may be one that
    this document's OCR always misreads so, however rarely OCR does so
    elsewhere, and its many printings say no more than one."""
    own = [printed for printed in own_printings(mentions) if len(printed) == 4]
    return len(own) >= READINGS_MIN and any(len({printed[i] for printed in own}) >= 2 for i in parting_places(tied))


def _year_by_odds(year: int, tied: list[int], odds: dict[int, int]) -> list[Issue]:
    """The issues of a year told_by_reads chose among the years the mentions
    tie on: flagged wherever the year goes (the summary's, the projects',
    the budget rows'), naming the tied years and how many times less likely
    the printings make each other."""
    evidence = json.dumps({"rule": "read_odds", "chosen": year, "candidates": tied,
                           "odds": {str(y): n for y, n in odds.items()}}, ensure_ascii=False)
    others = ", ".join(f"{y} {odds[y]:.3g} times less" for y in tied if y != year and y in odds)
    what = (f"the report's fiscal year {year}: its year mentions allow {', '.join(map(str, tied))} alike; the "
            f"characters its printings read are what OCR makes of {year}'s digits likeliest ({others}): the year "
            "is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _year_by_academic(year: int, tied: list[int], printed: list[str],
                      plan: tuple[tuple[int, int], int] | None = None) -> list[Issue]:
    """The issues of a year decided_by_academic chose: flagged wherever the
    year goes (the summary's, the projects', the budget rows'), naming the
    years the mentions tied on and the academic years that chose.  `plan`:
    the national plan's years and how many mentions allow any of them,
    where the tie is of the years the plan allows (tied_in_plan)."""
    evidence = {"rule": "academic_year", "chosen": year, "candidates": tied, "printed": ", ".join(printed)}
    among = "its year mentions"
    if plan is not None:
        (first, last), n = plan
        evidence["support"] = n
        among = (f"its year mentions agree on no year of the national plan it names ({first}-{last}); the {n} "
                 "of them that allow one")
    evidence = json.dumps(evidence, ensure_ascii=False)
    what = (f"the report's fiscal year {year}: {among} allow {', '.join(map(str, tied))} alike; the "
            f"academic years it names (printed {', '.join(printed)}; an academic year falls in the fiscal year of "
            f"its number or the next) allow only {year} of them: the year is in doubt")
    return [Issue("warning", "repair_ambiguous", what, evidence, field=field) for field in _CHOSEN_IN_DOUBT]


def _differ_in(a: int, b: int, digits: str) -> bool:
    """Two years differ at some place where either holds one of `digits`."""
    return any(x != y and (x in digits or y in digits) for x, y in zip(str(a), str(b)))


def _title_year_in_doubt(reading: Reading, printed: str, year: int, support: Counter[int]) -> list[Issue]:
    """The report's title reads a year the report's other mentions do not
    allow, but not so few of them allow it that they outweigh it: the
    printed year is kept, and flagged wherever the report's year goes."""
    evidence = json.dumps({"rule": "fiscal_year", "printed": printed, "read": reading.value,
                           "candidates": sorted({reading.value, year})}, ensure_ascii=False)
    what = (f"the report's fiscal year: printed {printed!r} reads {reading.value}; {support[year]} of its year "
            f"mentions allow {year}, {support[reading.value]} allow {reading.value}")
    return [Issue("warning", "repair_ambiguous", f"{what}; the printed year is kept", evidence,
                  *(reading.span if field.startswith("report_summaries") else _EACH_PROJECT), field=field)
            for field in ("report_summaries.fiscal_year_be", "report_summaries.fiscal_year", "projects.fiscal_year_be",
                          "projects.fiscal_year")]


def _by_proof(issue: Issue, proof: tuple) -> Issue:
    """A fiscal-year repair that takes the misread the report's mentions
    proved (proven_misread): rule proven_misread, with the proof."""
    (printed, read), year, why = proof
    evidence = {**json.loads(issue.evidence), "rule": "proven_misread", "added": why}
    table = f"; under the table alone they agreed on {why['table_year']}, disputed" if why["table_year"] else ""
    if why["table_year"] and why.get("plan") is not None:
        plan = "-".join(map(str, why["plan"])) or "no common year"
        table = (f"; under the table alone they agreed on {why['table_year']}, which no reading of the national "
                 f"plan's edition it names covers ({plan})")
    rivals = (f"; so would {', '.join(why['rivals_written'])}, a misread of a digit the report's OCR writes, where "
              f"it never writes a {_thai(printed)}" if why.get("rivals_written") else
              f"; so would {', '.join(why['rivals_unmeasured'])}, a misread OCR was never measured to make in one "
              f"printing of a hundred, where it reads {_thai(printed)} as {_thai(read)} so"
              if why.get("rivals_unmeasured") else "")
    if odds := why.get("told_by_reads"):
        others = ", ".join(f"{y} ({n:.0e} times less likely)" for y, n in odds.items() if int(y) != year)
        rivals += (f"; another misread would make them agree on {others}: by how often OCR writes each character "
                   "where each digit was printed (normalizers.confusions.read_chance), the printings of the year "
                   f"are {year}'s")
    return Issue(issue.severity, issue.code,
                 f"{issue.message} (the report's OCR reads printed {_thai(printed)} as {_thai(read)}, a misread the "
                 f"table of confusions lacks: with it all {why['agree']} of its year mentions that allow a year "
                 f"allow {year}, {why['needing']} of them through it{table}{rivals})",
                 json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                 project_key=issue.project_key, field=issue.field)


def _decided(issue: Issue, by_profile: dict | None, proof: tuple | None) -> Issue:
    """A fiscal-year repair, with what decided the year beyond the table (a
    proven misread, the misread profile), if anything."""
    if proof is not None:
        return _by_proof(issue, proof)
    if by_profile is not None and "against" in by_profile:
        return _by_printings(issue, by_profile)
    return issue if by_profile is None else _by_profile(issue, by_profile)


def _by_printings(issue: Issue, told: dict) -> Issue:
    """A fiscal-year repair decided by every printing of the year
    (parsers.year_readings.decided_by_printings): rule every_printing, with
    how many printings rule out each other tied year and those printings."""
    against = told["against"]
    year = next(y for y, n in against.items() if n == 0)
    evidence = {**json.loads(issue.evidence), "rule": "every_printing", "candidates": sorted(against),
                "against": {str(y): n for y, n in against.items()},
                "printings": {p: ys for p, ys in told["printings"].items()}}
    ruled = "; ".join(f"{y}: {n}" for y, n in against.items() if y != year)
    shown = ", ".join(f"{p!r} (not {', '.join(map(str, ys))})" for p, ys in told["printings"].items())
    return Issue(issue.severity, issue.code,
                 f"{issue.message} (its year mentions tie on {', '.join(map(str, sorted(against)))} under the table "
                 f"of confusions; under all OCR was measured to make of a digit, one character or two for it, every "
                 f"printing allows {year}, and printings no reading makes the others rule them out ({ruled}: "
                 f"{shown}))", json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                 project_key=issue.project_key, field=issue.field)


def _by_profile(issue: Issue, by_profile: dict) -> Issue:
    """A fiscal-year repair the misread profile decided: rule misread_profile,
    with the profile's evidence (which digits it saw, how often, and the
    years it ruled out)."""
    evidence = {**json.loads(issue.evidence), "rule": "misread_profile", "profile": by_profile["profile"],
                "ruled_out": by_profile["ruled_out"]}
    ruled = "; ".join(f"{y} would need printed {_thai(t)} read as {_thai(c)}, which its fixed numbers never show "
                      f"(they show {', '.join(f'{_thai(k)} {n}x' for k, n in seen.items())})"
                      for y, reasons in by_profile["ruled_out"].items() for t, c, seen in reasons[:1])
    return Issue(issue.severity, issue.code, f"{issue.message} (the report's own misreads decide: {ruled})",
                 json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                 project_key=issue.project_key, field=issue.field)


def _thai(ch: str) -> str:
    """A digit as the report prints it (Thai), for a message; several
    digits (a proven misread's reads) as "๑ or ๐"."""
    if len(ch) > 1 and ch.isdigit():
        return " or ".join(_thai(c) for c in ch)
    return chr(0x0E50 + int(ch)) if len(ch) == 1 and "0" <= ch <= "9" else ch


def may_report(value: int | None, year: int) -> bool:
    """Whether a budget section of a `year` report may report fiscal year `value`."""
    return value is not None and year - OLDER_BUDGET_YEARS <= value <= year + 1


def _row_by_unwritten(reading: Reading, rec: dict, budgets: dict, year: int, unread: str,
                      field: str) -> Issue | None:
    """A budget section whose printed year reads no year a section of this
    report may report (may_report: '๒๕๒๑', 2521, or nothing, in a report of
    2567), which no reading the table of OCR confusions gives makes the
    report's year, but which the report's year becomes once each digit the
    document's OCR never writes (`unread`, parsers.digits: ๗ in 2567) may
    have come out as any other: the row is keyed by the report's year, in
    doubt (repair_ambiguous, naming the years of this report's window its
    printing allows so), for as read it keys the row by a year the report
    cannot have, and the true row's figures go missing under it.  Not when
    another section of the same project and quarter already stands under
    the report's year (the two are not one section)."""
    tokens = _year_tokens(reading.text)
    if not unread or not tokens:
        return None
    key = next((k for k, r in budgets.items() if r is rec), None)
    quarter = rec.get("quarter")
    if key is None or any(k[:2] == key[:2] and r is not rec and r.get("quarter") is not None and quarter is not None
                          and r["quarter"].value == quarter.value and r.get("fiscal_year_be") is not None
                          and r["fiscal_year_be"].value == year for k, r in budgets.items()):
        return None
    # an Arabic digit among them is what OCR wrote for a Thai digit the report printed (its headings print the
    # year in Thai; OCR writes ๗ as Arabic 0 and 7, ๖ as 5 and 9: MEASURED_READS), so it may stand for an
    # unwritten digit as the Thai one would ("2560" for ๒๕๖๗, its ๗ come out as an Arabic 0)
    thai = tokens[0].translate(TO_THAI)
    allowed = year_candidates_unwritten(tokens[0], unread) | (
        year_candidates_unwritten(thai, unread) if thai != tokens[0] else frozenset())
    could = sorted(y for y in allowed if may_report(y, year))
    if year not in could:
        return None
    unwritten = " ".join(_thai(d) for d in unread)
    arabic = ("; its Arabic digits stand for the Thai ones OCR wrote them for" if thai != tokens[0] else "")
    return Issue("warning", "repair_ambiguous",
                 f"the fiscal year: printed {tokens[0]!r} reads {reading.value or 'no year'}, no year a budget section "
                 f"of a {year} report may report, and no reading of its characters the table of OCR confusions gives "
                 f"makes {year}; this document's OCR never writes {unwritten}, which may have come out as these "
                 f"digits{arabic}: the row is keyed by the report's year {year}, in doubt "
                 f"({', '.join(map(str, could))} all read so)",
                 json.dumps({"rule": "fiscal_year", "printed": tokens[0], "read": reading.value, "chosen": year,
                             "candidates": could}, ensure_ascii=False), *reading.span, field=field)


def _row_by_round(reading: Reading, rec: dict, budgets: dict, year: int, field: str) -> Issue | None:
    """A budget section that prints no year at all, not even the label
    "ปีงบประมาณ": OCR lost its heading whole (its amounts' labels were read
    after the round's other headings, or a page's running header stood in
    its place), and the row was keyed by no year. It stands in a round whose
    other headings (its targets', activities', findings': the same period)
    print years, and of the years a section of this report may report
    (may_report) they all allow the report's year and only it: the row is
    keyed by that year (value_repaired, the round's printings as support).
    Not when another section of the same project and quarter already stands
    under the report's year (the two are not one section), nor in a round
    that prints no year, or one its printings leave several years."""
    if not field.startswith("quarterly_budgets"):
        return None
    round_years = rec.get("round_years")
    printed = round_years.text.split() if round_years is not None else []
    if not printed:
        return None
    window = set(range(year - OLDER_BUDGET_YEARS, year + 2))
    allowed = window.intersection(*(year_candidates(t) for t in printed))
    if allowed != {year}:
        return None
    key = next((k for k, r in budgets.items() if r is rec), None)
    quarter = rec.get("quarter")
    if key is None or quarter is None or any(
            k[:2] == key[:2] and r is not rec and r.get("quarter") is not None
            and r["quarter"].value == quarter.value and r.get("fiscal_year_be") is not None
            and r["fiscal_year_be"].value == year for k, r in budgets.items()):
        return None
    return Issue("warning", "value_repaired",
                 f"the fiscal year: the budget section prints no year (OCR lost its heading); the other headings of "
                 f"the round it stands in (printed {round_years.text!r}) can only be {year} of the years a section "
                 f"of this report may report, the year the report's mentions agree on",
                 json.dumps({"rule": "fiscal_year", "printed": "(nothing)", "chosen": year,
                             "support": round_years.text}, ensure_ascii=False), *reading.span, field=field)


def _amounts_lost(rec: dict, reading: Reading) -> list[Issue]:
    """A budget section keyed by its round's year (_row_by_round) that holds
    neither amount: OCR lost them with its heading (a page's running header
    printed over its lines), and the form prints both under every budget
    heading; each is said missing at the row's lines (a section that prints
    one amount and not the other is said where it is read)."""
    if rec.get("planned") is not None or rec.get("disbursed") is not None:
        return []
    return [Issue("warning", "missing_value", f"quarterly_budgets.{column}: a budget section whose heading OCR lost "
                  f"holds no amount: its '{label}' line was lost with the heading", None, *reading.span,
                  field=f"quarterly_budgets.{column}")
            for column, label in (("planned", "จำนวนเงินงบประมาณตามแผนการใช้จ่าย"),
                                  ("disbursed", "จำนวนเงินงบประมาณที่เบิกจ่ายจริง"))]


def _round_says(round_years: Reading | None, year: int, read: int | None) -> bool:
    """Whether the headings of the round a budget section sits in (its
    targets, activities, findings: the same period) name the report's year
    and not the year the section reads: each of them can be read as `year`,
    not all of them as `read`."""
    if round_years is None:
        return False
    printed = _year_tokens(round_years.text)
    allowed = [year_candidates(t) for t in printed]
    return bool(printed) and all(year in a for a in allowed) and not all(read in a for a in allowed)


def _pairs(printed: str, year: int) -> set[tuple[str, str]]:
    """(printed digit, read digit) for each place a four-digit reading differs from `year`."""
    read = thai_digits_to_arabic(printed)
    return {(p, r) for p, r in zip(str(year), read) if p != r} if len(read) == 4 else set()


def misreads_seen(mentions: list[Mention], year: int) -> set[tuple[str, str]]:
    """The digit misreads the report's year mentions show for certain: those
    that turn `year` into the mentions that read no plausible year at all."""
    seen: set[tuple[str, str]] = set()
    for kind, printed, _ in mentions:
        value = thai_digits_to_arabic(printed)
        if kind == "heading" and value.isdigit() and not YEAR_RANGE[0] <= int(value) <= YEAR_RANGE[1] \
                and year in year_candidates(printed):
            seen |= _pairs(printed, year)
    return seen


def _explained(printed: str, year: int, seen: set[tuple[str, str]]) -> bool:
    """Whether reading `year` as `printed` takes only misreads seen elsewhere."""
    pairs = _pairs(printed, year)
    return bool(pairs) and pairs <= seen


def _undecided_year(reading: Reading | None, mentions: list[Mention]) -> list[Issue]:
    """No year the mentions agree on (each printing damaged the same way can
    be several years): a report year that is no plausible year, or none, is
    flagged for the summary, every project and every budget row (whose
    years are read from the same damaged printings), with the years it
    could be."""
    if reading is None and not mentions:
        return []  # the summary's own check says the year is missing
    if reading is not None and isinstance(reading.value, int) and YEAR_RANGE[0] <= reading.value <= YEAR_RANGE[1]:
        return []
    support = support_of(mentions)
    top = max(support.values(), default=0)
    could = sorted(y for y, n in support.items() if n == top)
    printed = reading.text if reading is not None else ", ".join(dict.fromkeys(p for _, p, _ in mentions[:5]))
    read = reading.value if reading is not None and isinstance(reading.value, int) else None
    evidence = json.dumps({"rule": "fiscal_year", "printed": printed, "read": read, "candidates": could},
                          ensure_ascii=False)
    span = reading.span if reading is not None else (None, None)
    what = (f"the report's fiscal year: its {len(mentions)} year mentions (printed {printed!r}) could each be "
            f"{', '.join(map(str, could)) or 'no plausible year'}")
    return [Issue("warning", "repair_ambiguous", f"{what}; none is chosen", evidence,
                  *(span if field.startswith("report_summaries") else _EACH_PROJECT), field=field)
            for field in ("report_summaries.fiscal_year_be", "report_summaries.fiscal_year", "projects.fiscal_year_be",
                          "projects.fiscal_year", "quarterly_budgets.fiscal_year_be",
                          "quarterly_budgets")]  # the year is the budget rows' key: every row is in doubt
