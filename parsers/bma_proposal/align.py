"""The copies of a proposal printed more than once, before the vote
(`align_copies`, which the merge stage calls on each group of copies).

Copies vote field by field, and a tie between two copies goes to the
earliest.  A budget line whose figures two copies read apart ('๒ ... 16.๐00
... 30,000' in one, '2 ... 18,000 ... 36,000' in the other) was kept as the
first copy read it, though only the other copy's figures multiply out
(quantity x unit amount = amount).  Where the copies' readings of a line's
three figures differ and exactly one reading of them multiplies out, the
copies whose figures do not have no vote on the figures they read
otherwise (their readings kept, without a value), and the disagreement is
said (`ocr_variant`, naming each figure) with both readings as evidence."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_proposal.risks import fits_as_printed
from schemas.document import CopyReading, Issue, Reading

FIGURES = ("quantity", "unit_amount", "amount")
CENT = Decimal("0.01")


def _triple(rec: dict[str, Reading]) -> tuple[Decimal, Decimal, Decimal] | None:
    values = [rec[name].value if name in rec else None for name in FIGURES]
    return tuple(values) if all(isinstance(v, Decimal) for v in values) else None  # type: ignore[return-value]


def _multiplies_out(t: tuple[Decimal, Decimal, Decimal]) -> bool:
    return t[2] > 0 and abs(t[0] * t[1] - t[2]) < CENT


def align_copies(group: list[CopyReading]) -> list[Issue]:
    """The expense lines' figures of copies that read them apart, where one
    reading alone multiplies out (see the module doc), and the risks' scores
    and levels so (_risks_apart); the issues saying so."""
    if len(group) < 2:
        return []
    issues: list[Issue] = _risks_apart(group)
    keys = dict.fromkeys(k for c in group for k in c.tables.get("expenses", {}))
    for key in keys:
        present = [(c, c.tables["expenses"][key]) for c in group if key in c.tables.get("expenses", {})]
        triples = [_triple(rec) for _, rec in present]
        if len(present) < 2 or None in triples or len(set(triples)) < 2:
            continue
        fits = {t for t in triples if t is not None and _multiplies_out(t)}
        if len(fits) != 1:
            continue
        (fit,) = fits

        def say(c: CopyReading, name: str, value, other, old: Reading, kept: list[int]) -> Issue:
            evidence = {"kept": str(value), "copies": kept, "other": str(other), "copy": c.index + 1,
                        "text": old.text}
            return Issue("warning", "ocr_variant", f"copies disagree on expense line {key[-1]}'s {name}: kept "
                         f"{value:,.2f} (copies {kept}: {fit[0]:,.2f} x {fit[1]:,.2f} = {fit[2]:,.2f}); copy "
                         f"{c.index + 1} read {other:,.2f}, whose figures do not multiply out",
                         json.dumps(evidence, ensure_ascii=False), old.line_start, old.line_end,
                         field=f"expenses.{name}")
        issues += _outvoted(present, triples, fit, FIGURES, say)
    return issues


def _outvoted(present: list[tuple[CopyReading, dict[str, Reading]]], triples: list, fit: tuple,
              names: tuple[str, ...], say) -> list[Issue]:
    """The copies whose reading of a row's cells (`triples`, in `present`'s
    order; None: not read whole) is not the one that fits lose their vote on
    each cell they read otherwise (their reading kept, without a value);
    each such cell said by `say(copy, name, kept value, its value, its old
    reading, the copies that read the fit)`."""
    kept = [c.index + 1 for (c, _), t in zip(present, triples) if t == fit]
    issues: list[Issue] = []
    for (c, rec), t in zip(present, triples):
        if t == fit or t is None:
            continue
        for name, value, other in zip(names, fit, t):
            if value == other:
                continue
            old = rec[name]
            rec[name] = Reading(None, old.text, old.line_start, old.line_end)
            issues.append(say(c, name, value, other, old, kept))
    return issues


RISK_CELLS = ("likelihood", "impact", "level")


def _risks_apart(group: list[CopyReading]) -> list[Issue]:
    """A risk's scores and level that copies read apart ("๑ ๓ น้อยมาก" in one, "1 2 น้อยมาก" in the other: the
    tie went to the first, whose scores do not give its level): where exactly one copies' reading of the three
    cells gives its level as printed, and no other reading of its score cells does (risks.fits_as_printed: the
    form prints likelihood x impact's band as the level), the copies that read them otherwise have no vote on
    the cells they read apart (their readings kept, without a value: the risk matrix no longer repairs a
    score toward their reading), and the disagreement is said (`ocr_variant`, naming each cell)."""
    issues: list[Issue] = []
    keys = dict.fromkeys(k for c in group for k in c.tables.get("findings", {}) if isinstance(k, tuple)
                         and k[0] == "risk")
    for key in keys:
        present = [(c, rec) for c in group if (rec := c.tables.get("findings", {}).get(key)) is not None
                   and all(name in rec and isinstance(rec[name].value, str) for name in RISK_CELLS)]
        triples = [tuple(rec[name].value for name in RISK_CELLS) for _, rec in present]
        if len(present) < 2 or len(set(triples)) < 2:
            continue
        fits = {t for (_, rec), t in zip(present, triples)
                if fits_as_printed(rec["likelihood"].text, rec["impact"].text, rec["level"].value)}
        if len(fits) != 1:
            continue
        (fit,) = fits

        def say(c: CopyReading, name: str, value, other, old: Reading, kept: list[int]) -> Issue:
            evidence = {"kept": value, "copies": kept, "other": other, "copy": c.index + 1, "text": old.text}
            return Issue("warning", "ocr_variant", f"copies disagree on risk {key[-1]}'s {name}: kept {value} "
                         f"(copies {kept}: {fit[0]} x {fit[1]} gives {fit[2]}); copy {c.index + 1} read {other} "
                         f"({old.text!r}), whose scores do not give its level as printed",
                         json.dumps(evidence, ensure_ascii=False), old.line_start, old.line_end,
                         field=f"findings.{name}")
        issues += _outvoted(present, triples, fit, RISK_CELLS, say)
    return issues
