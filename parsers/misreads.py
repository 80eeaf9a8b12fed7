"""A document's own misread profile: how its OCR read each printed digit.

Some numbers a document prints have a true value the document fixes by
itself: the item numbers of its numbered lists, read right or misread,
whose sequence says what they are (sequence_observations), and the century
digits of a year every reading of which is 25xx (year_observations).
(Report numbers, quarters tied to a round's months and counts that must
add up fix digits too; they are not gathered yet.)  Each such number shows, digit by digit, what this document's OCR
wrote for a printed digit (a font and a scan misread ๗ as ๓ wherever it
stands, or as ๕ wherever it stands).  The profile counts, for each true
digit, the characters OCR wrote for it.

(A misread the table lacks is added for one document only where its own
fiscal year proves it: parsers.obec_progress.year.proven_misread, in force
through normalizers.confusions.added_misreads.)

The profile only removes candidates: a reading of a damaged value that needs
printed digit d to have been read as c is rejected when the profile has
seen d at least MIN_SEEN times and never as c.  A caller keeps a value only
when the document's own constraint then leaves exactly one candidate
(parsers.repair's rule), and names the profile's evidence (rule
misread_profile).  Everything here is a pure function of the readings given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from normalizers.confusions import LOOKALIKES, could_be
from normalizers.numbers import thai_digits_to_arabic
from parsers.items import ITEM_PREFIX_RE
from parsers.repair import year_candidates, year_mentions

MIN_SEEN = 2  # a printed digit seen this often, never as c, rules out "read as c"
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


@dataclass(slots=True)
class Profile:
    """true digit (Arabic) -> Counter of what OCR wrote for it (a digit in
    Arabic form, or the look-alike character itself)."""

    seen: dict[str, Counter[str]] = field(default_factory=dict)
    # what OCR may have written for a digit, from numbers the document leaves two ways (an item read
    # as the next number: a misread of its own, or the item before it missing); never counted as seen
    maybe: dict[str, Counter[str]] = field(default_factory=dict)

    def observe(self, printed: str, true: str, firm: bool = True) -> None:
        """Count what OCR wrote (`printed`) for each digit of a number whose
        true value (`true`) the document fixes; both of equal length once
        spaces are gone.  Only characters that stand for a Thai digit count
        (an Arabic digit was printed Arabic, and engines read those right)."""
        printed, true = "".join(printed.split()), "".join(str(true).split())
        if len(printed) != len(true) or not true.isdigit():
            return
        for p, t in zip(printed, true):
            if "0" <= p <= "9":
                continue
            (self.seen if firm else self.maybe).setdefault(t, Counter())[_key(p)] += 1

    def rejects(self, printed: str, candidate: str) -> list[tuple[str, str, dict[str, int]]]:
        """The misreads reading `printed` as `candidate` needs that this
        profile rules out: (true digit, character read, what the profile saw
        for that digit) for each position where the digit was seen
        MIN_SEEN times or more and never as that character (not even
        maybe)."""
        printed, candidate = "".join(printed.split()), "".join(str(candidate).split())
        if len(printed) != len(candidate):
            return []
        out = []
        for p, t in zip(printed, candidate):
            if "0" <= p <= "9":  # printed Arabic: read as printed
                continue
            seen = self.seen.get(t)
            if seen is not None and sum(seen.values()) >= MIN_SEEN and seen[_key(p)] == 0 \
                    and self.maybe.get(t, Counter())[_key(p)] == 0:
                out.append((t, _key(p), dict(sorted(seen.items()))))
        return out

    def summary(self) -> dict[str, dict[str, int]]:
        return {t: dict(sorted(c.items())) for t, c in sorted(self.seen.items())}


def _key(ch: str) -> str:
    return thai_digits_to_arabic(ch) if ch in _THAI_DIGITS else ch


def fixed_digits(printed: str, readings: Iterable[str]) -> tuple[str, str] | None:
    """The positions of a number that every reading the document allows
    agrees on (the "25" of a year that can only be 25xx): (printed, true),
    the other positions left out; None when no position is fixed."""
    printed = "".join(printed.split())
    readings = [r for r in readings if len(r) == len(printed)]
    if not readings:
        return None
    keep = [i for i in range(len(printed)) if len({r[i] for r in readings}) == 1]
    if not keep:
        return None
    return "".join(printed[i] for i in keep), "".join(readings[0][i] for i in keep)


def profile_of(pairs: Iterable[tuple[str, str]], maybe: Iterable[tuple[str, str]] = ()) -> Profile:
    """The profile of a document from its (printed, true) numbers, and the
    (printed, true) pairs it leaves two ways (`maybe`)."""
    profile = Profile()
    for printed, true in pairs:
        profile.observe(printed, true)
    for printed, true in maybe:
        profile.observe(printed, true, firm=False)
    return profile


def narrow(printed: str, candidates: Iterable[int | str], profile: Profile) -> tuple[list, dict]:
    """The candidates the profile does not rule out, and for those it does,
    why: {candidate: [[true digit, read, seen], ...]}.  Only the positions
    where the candidates differ tell them apart; a digit every candidate
    shares is checked too: when the profile rules out how it was read, the
    printing is damaged in a way the candidates do not explain (the truth may
    be none of them), and nothing is ruled out."""
    candidates = list(candidates)
    printed = "".join(printed.split())
    texts = [str(c) for c in candidates]
    same = [t for t in texts if len(t) == len(printed)]
    differ = [i for i in range(len(printed)) if len({t[i] for t in same}) > 1]
    shared = [i for i in range(len(printed)) if i not in differ]
    if same and profile.rejects("".join(printed[i] for i in shared), "".join(same[0][i] for i in shared)):
        return candidates, {}
    kept, why = [], {}
    for cand, text in zip(candidates, texts):
        if len(text) != len(printed):
            kept.append(cand)
            continue
        reasons = profile.rejects("".join(printed[i] for i in differ), "".join(text[i] for i in differ))
        if reasons:
            why[cand] = [[t, c, seen] for t, c, seen in reasons]
        else:
            kept.append(cand)
    return kept, why


def _is_number_token(token: str) -> bool:
    """An item number as OCR left it: Thai digits, or one look-alike of one."""
    return all(ch in _THAI_DIGITS for ch in token) or (len(token) == 1 and token in LOOKALIKES)


def sequence_observations(texts: list[str]) -> list[tuple[int, str, str, bool]]:
    """(index, printed, true, firm) for the item numbers of numbered lists whose
    sequence fixes them: a run of line-opening numbers that starts at ๑ and
    goes on by one, each number read as its place or as a reading that could
    be it (normalizers.confusions.could_be), more than half read exactly,
    three or more long.  A number read otherwise counts only with numbers
    read exactly before and after it in the run (a list's last number, or
    one opening the next list, is not fixed by the sequence).  A number
    read as one further on ("๕" where 4 is due) may be a misread or the
    item before it missing: unless the next number fits only the misread,
    the run stops there and the number is observed both ways, not firm
    (Profile.maybe).  Arabic digits are left out (read
    as printed)."""
    marks: list[tuple[int, str]] = []
    for i, text in enumerate(texts):
        m = ITEM_PREFIX_RE.match(text.lstrip())
        if m is not None and m.group(1) == "" and _is_number_token(m.group(2)):
            marks.append((i, m.group(2)))
    out: list[tuple[int, str, str, bool]] = []
    run: list[tuple[int, str, bool]] = []  # (index, printed, read exactly)

    def close() -> None:
        if len(run) >= 3 and 2 * sum(exact for _, _, exact in run) > len(run):
            exact_at = [k for k, (_, _, exact) in enumerate(run) if exact]
            for k, (i, printed, exact) in enumerate(run):
                if exact or exact_at[0] < k < exact_at[-1]:
                    out.append((i, printed, str(k + 1), True))

    def fits(token: str | None, k: int) -> bool:
        return token is not None and (thai_digits_to_arabic(token) == str(k) or could_be(token, str(k)))

    for n, (i, token) in enumerate(marks):
        k = len(run) + 1
        read = thai_digits_to_arabic(token)
        # read as a number further on: a misread of k, or k's item missed; the next number says which
        # when it fits only one of the two (k + 1 after a misread, read + 1 after a missed item)
        if run and read.isdigit() and int(read) > k and could_be(token, str(k)):
            after = marks[n + 1][1] if n + 1 < len(marks) else None
            if not (fits(after, k + 1) and not fits(after, int(read) + 1)):
                close()
                out += [(i, token, str(k), False), (i, token, read, False)]
                run = []
                continue
        if run and (read == str(k) or could_be(token, str(k))):
            run.append((i, token, read == str(k)))
            continue
        close()
        run = [(i, token, True)] if read == "1" else []
    close()
    return out


def year_observations(tokens: Iterable[str]) -> list[tuple[str, str]]:
    """(printed, true) for the digits every plausible reading of a printed
    year shares (the "๒๕" of a year that can only be 25xx), each distinct
    pair once: OCR reads a year's century digits more surely than a lone
    digit, so however often a year is printed they stand for one
    observation."""
    out: list[tuple[str, str]] = []
    for token in tokens:
        token = "".join(token.split())
        if len(token) == 4:
            fixed = fixed_digits(token, [str(y) for y in year_candidates(token)])
            if fixed is not None and fixed not in out:
                out.append(fixed)
    return out


def document_profile(texts: list[str]) -> Profile:
    """A document's misread profile from its lines alone: the item numbers
    its lists' sequences fix and the digits its years share.  For a form
    whose years and dates are repaired from the whole text (BMA forms): pass
    `narrow` this profile with a damaged year's candidates."""
    found = sequence_observations(texts)
    pairs = [(printed, true) for _, printed, true, firm in found if firm]
    pairs += year_observations(token for text in texts for token in year_mentions(text))
    return profile_of(pairs, [(printed, true) for _, printed, true, firm in found if not firm])
