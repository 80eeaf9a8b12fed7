"""How likely OCR prints a figure as it reads: the measured misread odds, a tie-break after the constraints.

Where a document's own constraints (a product, a sum, an order) leave a figure several readings, the one OCR's
measured misreads make by far the likeliest to print as the figure prints may be taken (in doubt): each digit of
a reading weighed by how often OCR writes the printed character where that digit was printed
(normalizers.confusions.MEASURED_READS: tesseract-ocr-tha on TLWG fonts, bench/numtable.py over the committed
sets and seventeen fresh sets of earlier sessions).  The odds tell apart readings that need a rare misread
(๕ read ๒ 4 times in 9701) from readings that need a common one (๖ read ๒ 5339 times in 7352); they cannot tell
apart the digits OCR writes alike (๔, ๘ and ๕ all print ๕ nearly always), so they choose only where the next
reading is far less likely (`odds_choice`, a caller's ratio).  Knows no form; a caller says what is weighed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from decimal import Decimal
from typing import TypeVar

import regex

from normalizers.confusions import MEASURED_READS
from normalizers.numbers import thai_digits_to_arabic

T = TypeVar("T", bound=Hashable)

UNWRITTEN = "46789"  # the digits OCR's Thai model never writes (MEASURED_READS)
# Times likelier the one reading must be than the next for a caller to take it on the odds alone.  Measured (session
# 66, every value the constraints left tied over the committed sets and twelve fresh sets, s60o-s66z): proposal
# budget lines, 14 taken at 1,600 times or more, all right (four wrong between 20 and 100); BMA progress expense lines,
# 15 at 1,600 or more, all right (below 1,000 several wrong); a BMA progress figure's tie never reaches 10 (๔, ๕ and ๘
# all print ๕ nearly always, ๖ prints ๒ three times in four): the odds choose none there.
ODDS_RATIO = 1000
_THAI_FIGURE_RE = regex.compile(r"^[๐-๙]+(?:,[๐-๙]{3})*(?:\.[๐-๙]{2})?$")
_FIGURE_END_RE = regex.compile(r"[.\s\-=~_:;,']+$")  # a round amount's closing ".-" (a speck among it: ".=-")
_UNIT_WORD_RE = regex.compile(r"บาท")


def digit_odds(printed: str, true: str) -> float | None:
    """How often OCR writes the character `printed` where the digit `true` (Arabic) was printed in Thai, as a
    share of its printings (MEASURED_READS): a Thai digit read, or an Arabic one; a digit the model cannot write
    read as itself, or a misread never measured, half a printing in its count.  None for a character no digit
    (a look-alike: not measured so)."""
    total, thai, arabic = MEASURED_READS[true]
    if "๐" <= printed <= "๙":
        read = thai_digits_to_arabic(printed)
        if read != true:
            return max(thai.get(read, 0), 0.5) / total
        if true in UNWRITTEN:
            return 0.5 / total
        return (total - sum(thai.values()) - sum(n for d, n in arabic.items() if d != true)) / total
    if "0" <= printed <= "9":
        return max(arabic.get(printed, 0), 0.5) / total
    return None


def printing_odds(printed: str, digits: str) -> float | None:
    """How likely OCR prints the digits `digits` (Arabic) as the characters `printed`, one character a digit:
    the product of each digit's odds (digit_odds); None where the counts differ or a character is no digit."""
    if len(printed) != len(digits):
        return None
    odds = 1.0
    for p, t in zip(printed, digits):
        one = digit_odds(p, t)
        if one is None:
            return None
        odds *= one
    return odds


def figure_odds(text: str, value: Decimal) -> float | None:
    """How likely OCR prints the amount `value` as the figure `text` (Thai digits only, grouped as money prints
    them, a closing ".-" and the word บาท aside): printing_odds of its digits, digit for digit; None where the
    figure holds another character or `value` has another count of digits (the odds weigh misreads of one digit
    for one digit only; a figure read among other characters, "ต,๕๐๐", is not weighed)."""
    figure = _FIGURE_END_RE.sub("", _UNIT_WORD_RE.sub("", text).strip())
    if not _THAI_FIGURE_RE.match(figure):
        return None
    body = figure.replace(",", "")
    want = f"{value:.2f}".replace(".", "") if "." in body else (
        f"{value:.0f}" if value == value.to_integral_value() else "")
    return printing_odds(body.replace(".", ""), want)


def figures_odds(figures: Iterable[tuple[str, Decimal]]) -> float | None:
    """How likely OCR prints each (figure text, amount) pair's amount as its text, all of them together: the
    product of their figure_odds; None where any one is not weighed (figure_odds None)."""
    odds = 1.0
    for text, value in figures:
        one = figure_odds(text, value)
        if one is None:
            return None
        odds *= one
    return odds


def odds_choice(weighed: Sequence[tuple[float, T]], ratio: float) -> tuple[T, float] | None:
    """Of (odds, reading) pairs, each reading's odds of printing as printed, the reading `ratio` times likelier
    or more than every other, with how many times likelier than the next; None where none stands out so, or
    fewer than two readings are weighed."""
    if len(weighed) < 2:
        return None
    ranked = sorted(weighed, key=lambda w: -w[0])
    (best, pick), (second, _) = ranked[0], ranked[1]
    if best <= 0 or best < ratio * second:
        return None
    return pick, best / second if second > 0 else float("inf")
