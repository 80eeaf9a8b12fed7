"""The action plan (section 6): its numbered steps, whatever the Gantt chart
beside them left in the text.

A step opens with its number ("1.", "๒.") and may wrap over lines; the chart
leaves month abbreviations, the fiscal-year caption and check marks in
cells of their own or after a tab.  After OCR the numbers are often damaged
("๕." for ๔, "mn." or "ov." for ๓ and ๗, "3," with a comma), the chart's
marks become specks ("| |", "Boe", "ป ป") and a narrow column wraps a step
after every word.

`read_steps` finds the lines that open a step (a short token and a dot, or
digits and a space), and numbers them by the sequence the form prints:
steps run 1..N, so each opener gets the number that best fits both its
printed token (read exactly, or as a candidate reading of a misread digit,
normalizers.confusions) and its place; an opener that fits no place is
text of the step above.  A step whose printed number was not its number is
a `value_repaired` issue (rule item_sequence).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import regex

from normalizers.confusions import candidates
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, skeleton
from schemas.document import CopyReading, Issue, Line, Reading

# A run of three Thai letters: a cell or line without one is a chart mark or an OCR speck.
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{3}")
# What the chart leaves at a step's end: marks and brackets ("■ ■", "/ |", "[ |").
_TRAILING_MARKS_RE = regex.compile(r"(?:\s+[✓✔■□●•xX*/|\[\]!()]+)+\s*$")
# The chart's column title "ขั้นตอนการดำเนินงาน" and caption "ปีงบประมาณ พ.ศ. 2570" (its first letters may be damaged).
_CAPTION = skeleton("ขั้นตอนการดำเนินงาน")
_BUDGET_YEAR = skeleton("งบประมาณ")
_YEAR_RE = regex.compile(r"[\d๐-๙]{4}")
# Thai month abbreviations ("ต.ค.", "พ.ย", "ก.ุย."): a chart's column titles.
_MONTH_ABBR_RE = regex.compile(r"^(?:[ก-ฮ]{1,3}\.\s?[\u0e30-\u0e4e]?[ก-ฮ]{1,2}\.?\s*)+$")
# A step's opening: a token of at most three characters that is no Thai
# word (digits, a misread digit "mn", "ov", "»", one Thai letter "ฒ") and a
# dot or comma, or one or two digits and a space; then the step's text.  A
# Thai letter and dot before another such ("ก.ค.") is an abbreviation.
_OPENER_RE = regex.compile(
    r"^\s*(?:(?P<tok>[\d๐-๙]{1,2}|[^\s\u0e01-\u0e2e.,]{1,3}|[\u0e01-\u0e2e])\s?[.,](?![\d๐-๙]|[ก-ฮ]\.)"
    r"|(?P<num>[\d๐-๙]{1,2})(?=\s+[\u0e01-\u0e2e\u0e40-\u0e44]))\s*(?P<rest>.*)$"
)
EXACT, CANDIDATE = 2.0, 1.0  # how well a printed token fits a number
GAP, SKIP, START = 1.5, 1.0, 0.75  # costs: a number left out, an opener taken as text, a first number past 1


@dataclass(slots=True)
class Opener:
    index: int  # of its line
    token: str
    rest: str


@dataclass(slots=True)
class Step:
    number: int
    token: str
    texts: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


def is_chart_text(text: str) -> bool:
    """A line of the Gantt chart itself: its caption, month titles or marks."""
    if not _THAI_WORD_RE.search(text) or _MONTH_ABBR_RE.match(text.strip()):
        return True
    sk = skeleton(text)
    if _CAPTION in sk and len(sk) <= 40:
        return True
    return bool(_YEAR_RE.search(text)) and len(sk) <= 30 and _BUDGET_YEAR in sk


def step_text(text: str) -> str:
    """A line without the chart's cells after a tab and the marks at its end."""
    cells = text.split("\t")
    kept = [cells[0]] + [c for c in cells[1:] if _THAI_WORD_RE.search(c)]
    return _TRAILING_MARKS_RE.sub("", " ".join(c.strip() for c in kept)).strip()


def _opener(text: str) -> tuple[str, str] | None:
    m = _OPENER_RE.match(text)
    if m is None:
        return None
    token = m.group("tok") or m.group("num")
    rest = m.group("rest").strip()
    digits = thai_digits_to_arabic(token).isdigit()
    if not rest and not digits:
        return None  # a speck and a dot ("ต.") is no step
    if rest and not _THAI_WORD_RE.search(rest) and not digits:
        return None
    return token, rest


def _fit(token: str, number: int) -> float:
    src = thai_digits_to_arabic(token)
    if src.isdigit() and int(src) == number:
        return EXACT
    return CANDIDATE if str(number) in candidates(token) else 0.0


def number_openers(tokens: list[str]) -> list[int | None]:
    """The number of each opener (None: an opener taken as text), the best
    fit of printed tokens and sequence (see module doc)."""
    top = len(tokens) + 9
    # best[n]: (score, path) of the openers so far with the last step numbered n (0: none yet)
    best: dict[int, tuple[float, list[int | None]]] = {0: (0.0, [])}
    for i, token in enumerate(tokens):
        skip = SKIP - 1e-3 * i  # on a tie the later opener is the text (a step's wrapped line follows it)
        nxt: dict[int, tuple[float, list[int | None]]] = {}
        for last, (score, path) in best.items():
            for n in range(last + 1, top + 1):
                cost = (n - 1) * START if last == 0 else (n - last - 1) * GAP
                s = score + _fit(token, n) - cost
                if n not in nxt or s > nxt[n][0]:
                    nxt[n] = (s, path + [n])
        for last, (score, path) in best.items():  # or the opener is text
            if last and (last not in nxt or score - skip > nxt[last][0]):
                nxt[last] = (score - skip, path + [None])
        best = nxt
    return max(best.values(), key=lambda sp: sp[0])[1] if tokens else []


def read_steps(lines: list[Line], out: CopyReading) -> bool:
    """The numbered steps of section 6 into `out`; False when no line opens a
    step (the caller reads the steps as unnumbered cells)."""
    texts = [(ln, step_text(ln.text)) for ln in lines if not is_chart_text(ln.text)]
    openers = [(i, o) for i, (_, t) in enumerate(texts) if (o := _opener(t)) is not None]
    if not openers:
        return False
    numbers = number_openers([o[0] for _, o in openers])
    opens = {i: (o, n) for (i, o), n in zip(openers, numbers) if n is not None}
    steps: list[Step] = []
    lead: list[Line] = []
    for i, (ln, text) in enumerate(texts):
        if i in opens:
            (token, rest), n = opens[i]
            steps.append(Step(n, token, [rest] if rest else [], ln.no, ln.no))
        elif steps:
            steps[-1].texts.append(text)
            steps[-1].end = ln.no
        else:
            lead.append(Line(ln.no, text))
    if lead and steps and steps[0].number == 2:
        # the first step's number was lost: the text before step 2 is step 1
        steps.insert(0, Step(1, "", [ln.text for ln in lead], lead[0].no, lead[-1].no))
        lead = []
    for step in steps:
        text = clean_value(join_wrapped(step.texts))
        if not text:
            continue
        out.put("activities", step.number, "text", Reading(text, text, step.start, step.end))
        printed = thai_digits_to_arabic(step.token)
        if printed != str(step.number):
            out.issues.append(Issue(
                "warning", "value_repaired",
                f"step {step.number} of the action plan: its number printed {step.token or 'nothing'!r}, "
                f"the place it stands in the sequence of steps is {step.number}",
                json.dumps({"rule": "item_sequence", "printed": step.token, "chosen": step.number},
                           ensure_ascii=False), step.start, step.end, field="activities.seq"))
    numbers = [st.number for st in steps]
    lost = [n for n in range(1, max(numbers, default=0)) if n not in numbers]
    if lost:
        out.issues.append(Issue("warning", "missing_row", f"action-plan steps {', '.join(map(str, lost))} were not "
                                "read (the numbers of the steps read skip them)", "", steps[0].start, steps[-1].end,
                                field="activities.text"))
    out.leave("unplaced_text", "action-plan text before the first numbered step", lead, "activities.text")
    return True
