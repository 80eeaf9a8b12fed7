"""Layout machinery shared by the three form generators.

* ``Style``: one document's printing choices (digit script, markdown,
  wrapping, blank lines) and its random source; it records the variant tags
  the rendering really used.
* formatting of numbers, amounts and dates in the document's digit script;
* ``Out``: a list of physical lines built from fixed lines and paragraphs
  (paragraphs are wrapped at spaces when the document wraps);
* ``assemble``: the copies' lines cut into printed pages, with page
  furniture (repeated header, page numbers, printed-by footer), and the
  1-based line range of each page for the manifest.

The truth of a document is its data model; text values are put into the
document's digit script once (``Style.text``) when the model is built, and
printed as they are, so what is printed is exactly what the truth says.
"""

from __future__ import annotations

import math
import random
import re
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
KEEP_OPEN, KEEP_CLOSE = "⟦", "⟧"

MONTHS_FULL = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_ABBR = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
FISCAL_MONTHS = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]

CENT = Decimal("0.01")
PAGE_BREAK = "\f"  # a line that forces a new page (never printed)


def seed_of(name: str) -> int:
    """A stable seed from a name (Python's hash() is salted per process)."""
    return zlib.crc32(name.encode("utf-8"))


def to_thai(s: str) -> str:
    return s.translate(_TO_THAI)


def to_arabic(s: str) -> str:
    return s.translate(_TO_ARABIC)


def money_json(v: Decimal | None) -> str | None:
    return None if v is None else f"{Decimal(v).quantize(CENT):.2f}"


def round2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fiscal_window(fy_be: int) -> tuple[date, date]:
    """1 Oct of BE-1 .. 30 Sep of BE, in CE."""
    ce = fy_be - 543
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def fiscal_month(fy_be: int, index: int) -> tuple[int, int]:
    """(CE year, month) of the index-th month (0 = October) of a fiscal year."""
    m = FISCAL_MONTHS[index]
    ce = fy_be - 543
    return (ce - 1 if m >= 10 else ce), m


# Numbers in running text: digit runs with thousands commas or decimal parts.
_NUMBER_RUN_RE = re.compile(r"[0-9๐-๙]+(?:[.,][0-9๐-๙]+)*")
_KEEP_RE = re.compile(f"{KEEP_OPEN}(.*?){KEEP_CLOSE}")


@dataclass
class Style:
    """One document's printing choices and random source."""

    name: str
    digits: str = "arabic"  # arabic | thai | mixed
    markdown: bool = False
    wrap: int | None = None  # width at which paragraphs are wrapped, or None
    blank_between: bool = True  # blank line between paragraphs
    rng: random.Random = field(init=False)
    tags: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(seed_of(self.name))

    def tag(self, *tags: str) -> None:
        self.tags.update(tags)

    # ------------------------------------------------------------ digits
    def num(self, s: str, mode: str | None = None) -> str:
        """A number (or any short string of digits) in the document's script.
        mode forces 'thai', 'arabic' or 'mix'."""
        mode = mode or self.digits
        if mode == "mixed":
            r = self.rng.random()
            mode = "thai" if r < 0.35 else "arabic" if r < 0.65 else "mix"
        if mode == "thai":
            return to_thai(s)
        if mode == "arabic":
            return to_arabic(s)
        # mix: each digit in either script, and both scripts present
        digits = [i for i, ch in enumerate(s) if ch.isdigit()]
        if len(digits) < 2:
            return to_thai(s) if self.rng.random() < 0.5 else to_arabic(s)
        chars = list(to_arabic(s))
        thai = [self.rng.random() < 0.5 for _ in digits]
        if all(thai) or not any(thai):
            thai[self.rng.randrange(len(thai))] = not thai[0]
        for i, t in zip(digits, thai):
            if t:
                chars[i] = to_thai(chars[i])
        self.tag("digits_mixed")
        return "".join(chars)

    def text(self, s: str) -> str:
        """Running text with every number in the document's script; ⟦n⟧ keeps n."""
        kept: list[str] = []

        def keep(m: re.Match[str]) -> str:
            kept.append(m.group(1))
            return f"\x00{len(kept) - 1}\x00"

        s = _KEEP_RE.sub(keep, s)
        s = _NUMBER_RUN_RE.sub(lambda m: self.num(m.group()), s)
        return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], s)

    # ------------------------------------------------------------ amounts and dates
    def amount(self, v: Decimal, fmt: str, unit: bool = True) -> str:
        """An amount: commas 1,825,200 | satang 1,825,200.00 | dash 1,825,200.-
        | plain 1825200 | baht_sign ฿1,825,200 | baht_dash 1,825,200 บาท.-;
        'บาท' after it unless baht_sign."""
        v = Decimal(v).quantize(CENT)
        whole = v == v.to_integral_value()
        if fmt == "satang":
            s = f"{v:,.2f}"
        elif fmt == "plain":
            s = f"{int(v)}" if whole else f"{v:.2f}"
        elif fmt == "dash":
            s = f"{int(v):,}.-" if whole else f"{v:,.2f}"
        else:  # commas, baht_sign
            s = f"{int(v):,}" if whole else f"{v:,.2f}"
        s = self.num(s)
        if fmt == "baht_sign":
            return "฿" + s
        if fmt == "baht_dash":  # the dash after the unit (a newer variant)
            return f"{s} บาท.-" if whole else f"{s} บาท"
        return f"{s} บาท" if unit else s

    def date_text(self, d: date, fmt: str) -> str:
        be = d.year + 543
        if fmt == "dmy":
            s = f"{d.day}/{d.month}/{be}"
        elif fmt == "ddmm":
            s = f"{d.day:02d}/{d.month:02d}/{be}"
        elif fmt == "iso":  # CE, as the sample's "2018-2-10"
            s = f"{d.year}-{d.month}-{d.day}"
        elif fmt == "iso_time":
            s = f"{d.year:04d}-{d.month:02d}-{d.day:02d} 00:00:00"
        elif fmt == "thai_full":
            return f"{self.num(str(d.day))} {MONTHS_FULL[d.month]} {self.num(str(be))}"
        elif fmt == "thai_full_be":
            return f"{self.num(str(d.day))} {MONTHS_FULL[d.month]} พ.ศ. {self.num(str(be))}"
        elif fmt == "thai_abbr":
            return f"{self.num(str(d.day))} {MONTHS_ABBR[d.month]} {self.num(str(be))}"
        elif fmt == "thai_abbr_yy":  # the BE year in two digits: '15 มี.ค. 63'
            return f"{self.num(str(d.day))} {MONTHS_ABBR[d.month]} {self.num(f'{be % 100:02d}')}"
        elif fmt == "thai_full_yy":
            return f"{self.num(str(d.day))} {MONTHS_FULL[d.month]} {self.num(f'{be % 100:02d}')}"
        elif fmt == "dmy_yy":
            s = f"{d.day}/{d.month}/{be % 100:02d}"
        else:
            raise ValueError(fmt)
        return self.num(s)

    # ------------------------------------------------------------ random helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# ---------------------------------------------------------------- wrapping

# A wrapped line never starts with what could be read as structure: a number,
# a bullet, a table bar, or a label that opens a field, entry or section.
_NO_BREAK_BEFORE = re.compile(
    r"^(?:[0-9๐-๙(\-–•*#|:=฿\[]|รายงานครั้งที่|ด้านปริมาณ|ด้านคุณภาพ|เชิงปริมาณ|เชิงคุณภาพ|กิจกรรมหลักที่|"
    r"ยกเลิก|เป็นไปตาม|ไม่เป็นไปตาม|ความก้าวหน้า|งบประมาณ|ค่า|ผลการ|ปัญหาและอุปสรรค|ข้อเสนอแนะ|จำนวนเงิน|"
    r"ลงชื่อ|ขอรับรอง|ตำแหน่ง|หน้า|พิมพ์จากระบบ|โครงการ|การเบิกจ่าย|เป้าหมาย|ดัชนี|สรุปปัญหา|ระยะเวลา|สถานที่|"
    r"ประเภทโครงการ|รูปแบบโครงการ|หมายเหตุ|x\b)"
)


def wrap(text: str, width: int) -> list[str]:
    """Split at single spaces into pieces of about `width` characters; a piece
    never starts with structure (see _NO_BREAK_BEFORE).  " ".join(pieces) == text."""
    words = text.split(" ")
    lines: list[str] = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur and w and not _NO_BREAK_BEFORE.match(w):
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}"
    lines.append(cur)
    assert " ".join(lines) == text
    return lines


class Out:
    """Physical lines of one copy (or one part of a document)."""

    def __init__(self, st: Style):
        self.st = st
        self.lines: list[str] = []

    def line(self, text: str) -> None:
        """A line printed as it is (never wrapped)."""
        self.lines.append(text)

    def para(self, text: str, prefix: str = "", cont: str = "", width: int | None = None) -> int:
        """A paragraph: wrapped when the document wraps (or `width` forces it).
        Returns the number of physical lines."""
        w = width or self.st.wrap
        parts = wrap(text, max(20, w - len(prefix))) if w else [text]
        if len(parts) > 1 and not width:
            self.st.tag("wrapped_lines")
        self.lines.append(prefix + parts[0])
        for p in parts[1:]:
            self.lines.append(cont + p)
        return len(parts)

    def table(self, head: list[str], rows: list[list[str]], rule: str) -> None:
        """A table: a pipe table under `rule` (its markdown separator row)
        where the document prints markdown, else one line of tab-separated
        cells a row, the header first."""
        if self.st.markdown:
            self.line("| " + " | ".join(head) + " |")
            self.line(rule)
            for r in rows:
                self.line("| " + " | ".join(r) + " |")
        else:
            for r in [head] + rows:
                self.line("\t".join(r))

    def blank(self) -> None:
        """The separator between paragraphs: a blank line when the document has them."""
        if self.st.blank_between and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def hard_blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def extend(self, other: "Out") -> None:
        self.lines.extend(other.lines)


# ---------------------------------------------------------------- markdown helpers

def md_heading(st: Style, text: str, level: int | None = None, bold: bool | None = None) -> str:
    """A heading line: plain text, or markdown ('#' levels and/or bold)."""
    if not st.markdown:
        return text
    if level is None:
        level = st.rng.choice([0, 0, 2, 3, 4])
    if bold is None:
        bold = level == 0 or st.chance(0.2)
    s = f"**{text}**" if bold else text
    return ("#" * level + " " + s) if level else s


# ---------------------------------------------------------------- pages

_COMBINING = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
PAGE_WIDTH = 95  # characters a printed line holds before the page tool wraps it


def visual_lines(line: str) -> int:
    n = len(_COMBINING.sub("", line.replace("\t", "    ")))
    return max(1, math.ceil(n / PAGE_WIDTH))


@dataclass
class Furniture:
    header: str | None = None  # repeated line at the top of every page after the first
    header_first: bool = False  # the header is on the first page as well
    number: str | None = None  # dash | n_of_m | n_jak_m
    number_top: bool = False
    printed_by: str | None = None  # footer line on every page
    page_gap: int = 4  # blank lines after a page's last line (the page break)
    capacity: int = 44  # visual lines of body text a page holds


def page_number_text(st: Style, fmt: str, p: int, n: int) -> str:
    if fmt == "dash":
        return f"- {st.num(str(p))} -"
    if fmt == "n_of_m":
        return f"หน้า {st.num(str(p))}/{st.num(str(n))}"
    if fmt == "n_jak_m":
        return f"หน้า {st.num(str(p))} จาก {st.num(str(n))}"
    raise ValueError(fmt)


def paginate(copies: list[list[str]], fur: Furniture, new_page_each_copy: bool) -> list[list[str]]:
    """Cut the copies' lines into pages of body lines."""
    pages: list[list[str]] = [[]]
    used = 0
    for ci, lines in enumerate(copies):
        if ci and new_page_each_copy and any(x.strip() for x in pages[-1]):
            pages.append([])
            used = 0
        for line in lines:
            if line == PAGE_BREAK:
                if any(x.strip() for x in pages[-1]):
                    pages.append([])
                    used = 0
                continue
            v = visual_lines(line)
            if used + v > fur.capacity and any(x.strip() for x in pages[-1]):
                pages.append([])
                used = 0
            if not pages[-1] and not line.strip():
                continue  # a page does not open with blank lines
            pages[-1].append(line)
            used += v
    for page in pages:
        while page and not page[-1].strip():
            page.pop()
    return [p for p in pages if p]


def assemble(st: Style, copies: list[list[str]], fur: Furniture, new_page_each_copy: bool,
             lead_blank: int = 0) -> tuple[list[str], list[list[int]]]:
    """The document's lines with page furniture, and each page's [first, last] line."""
    pages = paginate(copies, fur, new_page_each_copy)
    n = len(pages)
    out: list[str] = [""] * lead_blank
    ranges: list[list[int]] = []
    for p, body in enumerate(pages, start=1):
        start = len(out) + 1 if p > 1 or not lead_blank else 1
        top: list[str] = []
        bottom: list[str] = []
        if fur.header and (p > 1 or fur.header_first):
            top += fur.header.split("\n") + [""]  # a header too long for the page wraps (wrap_header)
        num = page_number_text(st, fur.number, p, n) if fur.number else None
        if num and fur.number_top and p > 1:
            top += [num, ""]
        if num and not fur.number_top:
            bottom += ["", num]
        if fur.printed_by:
            bottom += [fur.printed_by] if bottom else ["", fur.printed_by]
        out += top + body + bottom
        if p < n:
            out += [""] * fur.page_gap
        ranges.append([start, len(out)])
    if fur.header and n > 1:
        st.tag("furniture_header")
    if fur.header and fur.header_first:
        st.tag("furniture_header_first")
    if fur.header and "\n" in fur.header and (n > 1 or fur.header_first):
        st.tag("furniture_header_wrapped")
    if fur.number and n > 1:
        st.tag({"dash": "footer_dash_number", "n_of_m": "footer_page_n_of_m", "n_jak_m": "footer_page_n_jak_m"}[fur.number])
    if fur.printed_by:
        st.tag("footer_printed_by")
    return out, ranges


def wrap_header(st: Style, text: str) -> str:
    """A page header too long for the page: its tail (the last one to three
    words, a number perhaps) wrapped onto a line of its own."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = st.pick(spaces[-3:])
    return text[:cut] + "\n" + text[cut + 1:]


def few_lines(copies: list[list[str]], starts_line) -> tuple[list[str], list[list[int]]]:
    """The document run together on a few lines, as a one-line text whose OCR
    broke lines before headings: a new line where `starts_line(text)` says
    (and at each copy's start), everything between run together; one page."""
    out: list[str] = []
    for lines in copies:
        cur: list[str] = []
        for x in lines:
            x = x.strip()
            if not x or x == PAGE_BREAK:
                continue
            if cur and starts_line(x):
                out.append(re.sub(r"\s+", " ", " ".join(cur)))
                cur = []
            cur.append(x)
        if cur:
            out.append(re.sub(r"\s+", " ", " ".join(cur)))
    return out, [[1, len(out)]]


def one_line(copies: list[list[str]]) -> tuple[list[str], list[list[int]]]:
    """The whole document on one line (no furniture): one page."""
    text = " ".join(x.strip() for lines in copies for x in lines if x.strip() and x != PAGE_BREAK)
    text = re.sub(r"\s+", " ", text)
    return [text], [[1, 1]]


def printed_by_line(st: Style, system: str, when: date) -> str:
    hh, mm = st.rng.randrange(8, 17), st.rng.randrange(60)
    stamp = f"{when.day:02d}/{when.month:02d}/{when.year + 543} {hh:02d}:{mm:02d}"
    return f"พิมพ์จากระบบ {system} เมื่อ {st.num(stamp)}"


def header_variants(plan, header_only: bool, header_wrapped: bool) -> None:
    """The later running-header variants on a plan of any form: a header
    that is the pages' only furniture, printed on page 1 too; its tail
    wrapped onto a line of its own (when the plan prints a header)."""
    if header_only:
        plan.furniture = {"header": True, "number": None, "printed": False}
        plan.header_first = True
    plan.header_wrapped = header_wrapped and plan.furniture["header"]


def spread(rng: random.Random, name: str, options: list, n: int) -> list:
    """`n` choices cycling through `options` in a shuffled order (balanced
    coverage, no correlation between dimensions: each has its own shuffle)."""
    seq = [options[i % len(options)] for i in range(n)]
    random.Random(seed_of(name)).shuffle(seq)
    return seq
