"""OCR twin: print each clean corpus document on A4 pages and read it back
with tesseract, so the pipeline can be measured on real OCR damage.

    python -m tests.corpus.ocr_twin [--manifest tests/corpus/manifest.json]
        [--only NAME...] [--jobs 2] [--keep-images DIR] [--out DIR]

For every document of the corpus manifest this lays out the clean text the
way a word processor prints it (pages break where the manifest's `pages`
say, long lines wrap at spaces to the printable width, markdown is rendered
rather than printed, pipe tables and tab-separated cells stand in columns),
draws each page with a TLWG Thai font, degrades a third of the documents like
a scan (slight rotation, blur, noise, low contrast, JPEG), and OCRs every
page with `tesseract -l tha+eng`. The raw tesseract text goes to
`<out>/<name>.txt` (pages in order, one blank line between pages) and the
choices made for each document to `<out>/manifest.json`.

Every choice is seeded by the document name (`random.Random(name)`), so a
run is reproduced by the same fonts, tesseract and traineddata.

The layout part (markdown, tables, wrapping, pagination) needs no OCR tools
and no Pillow: it works on any `measure(text, bold) -> width` function, which
is how tests/test_ocr_twin.py checks it. Pillow and numpy (the `corpus`
extra) are imported only to draw and degrade the pages.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

HERE = Path(__file__).resolve().parent
DEFAULT_MANIFEST = HERE / "manifest.json"
DEFAULT_OUT = HERE / "ocr"
APT_LINE = "apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-tha fonts-thai-tlwg"

# ---------------------------------------------------------------- parameters

FONTS = ("Garuda", "Loma", "Norasi", "Kinnari", "Laksaman", "Waree")
SIZES_PT = (12, 13, 14, 15, 16)
DPIS = (200, 250, 300)
PSMS = (3, 3, 4, 6)  # trial on the samples: all read plain text alike (2-9% CER); 3 (full layout
# analysis) reads tables column by column, 6 (one uniform block) row by row
DEGRADED_SHARE = 1 / 3

A4_CM = (21.0, 29.7)
MARGINS_CM = (3.0, 2.5, 2.0, 2.0)  # left, top, right, bottom: a Thai government page
TAB_CM = 1.27  # a word processor's default tab stops
CELL_GAP_CM = 0.8  # white space between table columns
LINE_SPACING = 1.5  # line pitch in font sizes (Thai needs room for stacked marks)
BASELINE = 1.05  # baseline below the top of a line slot, in font sizes


@dataclass(frozen=True)
class Degradation:
    """How a 'scanned' document is spoiled (all pages alike, noise per page)."""

    rotate_deg: float
    blur_px: float  # Gaussian radius at 300 dpi; scaled with the resolution
    noise_sigma: float  # grey levels
    specks: float  # share of pixels turned to dark specks
    contrast: tuple[int, int]  # ink and paper grey levels
    jpeg_quality: int
    seed: int


@dataclass(frozen=True)
class Params:
    font: str
    size_pt: int
    dpi: int
    psm: int
    degradation: Degradation | None

    def as_json(self) -> dict:
        d = asdict(self)
        if self.degradation is not None:
            d["degradation"]["contrast"] = list(self.degradation.contrast)
        return d


def choose_params(name: str) -> Params:
    """The seeded choices for one document: same name, same page images."""
    rng = random.Random(name)
    font = rng.choice(FONTS)
    size = rng.choice(SIZES_PT)
    dpi = rng.choice(DPIS)
    psm = rng.choice(PSMS)
    degradation = None
    if rng.random() < DEGRADED_SHARE:
        degradation = Degradation(
            rotate_deg=round(rng.uniform(0.3, 1.5) * rng.choice((-1, 1)), 2),
            blur_px=round(rng.uniform(0.6, 1.3), 2),
            noise_sigma=round(rng.uniform(5.0, 14.0), 1),
            specks=round(rng.uniform(0.00002, 0.0002), 6),
            contrast=(rng.randint(25, 70), rng.randint(200, 235)),
            jpeg_quality=rng.randint(30, 60),
            seed=rng.getrandbits(32),
        )
    return Params(font, size, dpi, psm, degradation)


# ------------------------------------------------------------------ geometry


@dataclass(frozen=True)
class Geometry:
    """A page in pixels. `width` is the printable width; x positions in the
    layout are offsets from the left margin."""

    width: float
    lines_per_image: int
    tab: float
    gap: float
    page_px: tuple[int, int] = (0, 0)
    left: int = 0
    top: int = 0
    line_px: int = 0
    baseline_px: int = 0

    @classmethod
    def for_params(cls, params: Params) -> "Geometry":
        px = params.dpi / 2.54  # pixels per cm
        size_px = params.size_pt * params.dpi / 72
        page = (round(A4_CM[0] * px), round(A4_CM[1] * px))
        left, top, right, bottom = (round(m * px) for m in MARGINS_CM)
        line_px = round(LINE_SPACING * size_px)
        return cls(width=page[0] - left - right, lines_per_image=(page[1] - top - bottom) // line_px,
                   tab=TAB_CM * px, gap=CELL_GAP_CM * px, page_px=page, left=left, top=top,
                   line_px=line_px, baseline_px=round(BASELINE * size_px))


Measure = Callable[[str, bool], float]
Run = tuple[float, str, bool]  # x from the left margin, text, bold
Line = tuple[Run, ...]  # () is a blank line

# ------------------------------------------------------------------ markdown

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_STARS = re.compile(r"(?:\\\*|\*){2,}")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)


def strip_markdown(line: str) -> tuple[str, bool]:
    """A source line as a printed page shows it: (text, bold).

    `# heading` and a line wholly in `**` print bold without the marks; other
    runs of two or more stars, escaped or not (`**`, `**** title ****`,
    `\\*\\*`: decorations a converter left) vanish; a single `\\*` and the
    other backslash escapes print their character; a rule (`---`, `***`)
    prints nothing."""
    if _RULE.match(line):
        return "", False
    bold = False
    m = _HEADING.match(line)
    if m:
        line, bold = m.group(1), True
    core = line.strip()
    if core.startswith("**") and core.endswith("**") and _STARS.sub("", core).strip():
        bold = True
    text = _ESCAPE.sub(lambda e: e.group(1), _STARS.sub("", line))
    # a bold line loses the spaces its markers framed ("** title **");
    # other lines keep their indentation
    return (text.strip() if bold else text.rstrip()), bold


# -------------------------------------------------------------------- tables

_LIST_MARK = r"(?:[-*+]\s+)?"
_PIPE_ROW = re.compile(rf"^\s*{_LIST_MARK}\|.*\|")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _is_sep(line: str) -> bool:
    return "-" in line and "|" in line and bool(_PIPE_SEP.match(line))


def pipe_cells(line: str) -> list[str]:
    """The cells of a markdown table row (`| a | b |`, also `- | a | b |`)."""
    s = re.sub(rf"^\s*{_LIST_MARK}", "", line.strip()) if _PIPE_ROW.match(line) else line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.strip() for c in _UNESCAPED_PIPE.split(s)]


def _pipe_table_at(lines: Sequence[str], i: int) -> int:
    """How many lines from i form a pipe table (0: none)."""
    n = len(lines)
    if _PIPE_ROW.match(lines[i]) and not _is_sep(lines[i]):
        j = i
        while j < n and (_PIPE_ROW.match(lines[j]) or _is_sep(lines[j])):
            j += 1
        return j - i
    # GFM without outer pipes: a header row, then a separator row
    if "|" in lines[i] and i + 1 < n and _is_sep(lines[i + 1]) and not _is_sep(lines[i]):
        j = i + 2
        while j < n and lines[j].strip() and _UNESCAPED_PIPE.search(lines[j]):
            j += 1
        return j - i
    return 0


def tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated row, leading and trailing empty cells
    included (a table exported from a form keeps every row's tab count)."""
    return [c.strip(" ") for c in line.rstrip(" \r\n").split("\t")]


def tab_block(lines: Sequence[str], i: int) -> int:
    """How many lines from i have a tab and as many tabs as line i."""
    count = tab_cells(lines[i]).__len__()
    j = i
    while j < len(lines) and "\t" in lines[j] and len(tab_cells(lines[j])) == count:
        j += 1
    return j - i


def is_column_block(rows: Sequence[str]) -> bool:
    """Consecutive rows with the same number of tabs print as an aligned
    table when there are two or more and some row has two filled cells;
    otherwise the tabs only indent, or jump to the next tab stop as in a word
    processor."""
    shapes = {len(tab_cells(r)) for r in rows}
    return len(rows) >= 2 and len(shapes) == 1 and any(sum(1 for c in tab_cells(r) if c) >= 2 for r in rows)


def tab_table_rows(rows: Sequence[str]) -> tuple[int, list[list[str]]]:
    """(leading empty columns, rows of cells) of a tab table; columns empty
    in every row are dropped, the leading ones become indentation."""
    grid = [tab_cells(r) for r in rows]
    used = [c for c in range(len(grid[0])) if any(row[c] for row in grid)]
    lead = used[0] if used else 0
    return lead, [[row[c] for c in used] for row in grid]


_NUMERIC = re.compile(r"^[-+(]?[\d๐-๙][\d๐-๙,.]*\)?%?(?:\s*บาท)?$")


def layout_table(rows: Sequence[Sequence[tuple[str, bool]]], measure: Measure, width: float,
                 gap: float, indent: float = 0.0) -> list[Line]:
    """Rows of (text, bold) cells as printed columns.

    Columns are as wide as their widest cell; when the table is wider than
    the page, columns are sized as a browser sizes an automatic table and
    cells wrap inside their column (a row then takes several lines). Columns of numbers are
    right-aligned. `<br>` in a cell breaks its line."""
    ncol = max((len(r) for r in rows), default=0)
    if ncol == 0:
        return []
    grid = [[(_BR.split(text), bold) for text, bold in row] + [([""], False)] * (ncol - len(row))
            for row in rows]
    natural, least = [0.0] * ncol, [0.0] * ncol
    for row in grid:
        for c, (parts, bold) in enumerate(row):
            natural[c] = max([natural[c]] + [measure(p, bold) for p in parts])
    if ncol > 1:
        gap = min(gap, width * 0.15 / (ncol - 1))  # many columns sit closer
    avail = max(width - indent - gap * (ncol - 1), ncol * 1.0)
    if sum(natural) > avail:
        for row in grid:
            for c, (parts, bold) in enumerate(row):
                least[c] = max([least[c]] + [least_width(p, measure, bold) for p in parts])
        if sum(least) > avail and indent:
            indent = 0.0  # a table too wide for its indentation starts at the margin
            avail = max(width - gap * (ncol - 1), ncol * 1.0)
    colw = _share(natural, least, avail)
    xs = [indent + sum(colw[:c]) + gap * c for c in range(ncol)]
    numeric = [all(_NUMERIC.match(" ".join(parts).strip()) for parts, _ in (row[c] for row in grid[1:])
                   if " ".join(parts).strip()) and any(" ".join(row[c][0]).strip() for row in grid[1:])
               for c in range(ncol)]
    out: list[Line] = []
    for row in grid:
        cells = []
        for c, (parts, bold) in enumerate(row):
            wrapped: list[str] = []
            for p in parts:
                wrapped += wrap_text(p, measure, bold, colw[c])
            cells.append((wrapped, bold))
        height = max(len(w) for w, _ in cells)
        for k in range(height):
            runs = []
            for c, (wrapped, bold) in enumerate(cells):
                if k < len(wrapped) and wrapped[k]:
                    x = xs[c]
                    if numeric[c]:
                        x += max(0.0, colw[c] - measure(wrapped[k], bold))
                    runs.append((x, wrapped[k], bold))
            out.append(tuple(runs))
    return out


def _share(natural: list[float], least: list[float], avail: float) -> list[float]:
    """Column widths as a browser lays out an automatic table: natural widths
    when they fit; else every column gets its least width (its widest
    unbreakable word) and the room left is shared in proportion to how much
    more each column would like."""
    if sum(natural) <= avail:
        return list(natural)
    if sum(least) >= avail:
        return [w * avail / sum(least) for w in least] if sum(least) else [avail / len(least)] * len(least)
    want = [n - m for n, m in zip(natural, least)]
    room = avail - sum(least)
    return [m + room * w / sum(want) for m, w in zip(least, want)]


def least_width(text: str, measure: Measure, bold: bool) -> float:
    """The widest piece of `text` that a line cannot break: a word between
    spaces, or for Thai a dictionary word."""
    widest = 0.0
    for chunk in _BREAK.split(text)[::2]:
        if chunk:
            widest = max([widest] + [measure(w, bold) for w in _thai_words(chunk)])
    return widest


# ------------------------------------------------------------------ wrapping

_BREAK = re.compile(r"([ \u200b]+)")
_MARK_CATEGORIES = {"Mn", "Mc", "Me"}


def clusters(text: str) -> list[str]:
    """Text cut into characters with their combining marks (Thai vowels
    above/below and tone marks stay on their consonant)."""
    out: list[str] = []
    for ch in text:
        if out and (unicodedata.category(ch) in _MARK_CATEGORIES or ch == "\u0e33"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


_THAI = re.compile(r"[\u0e01-\u0e5b]")


_ABBREV = re.compile(r"(?<![\u0e01-\u0e4e])((?:[\u0e01-\u0e4e]{1,3}\.){2,})")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+|[^\u0e01-\u0e4e]+")


@functools.lru_cache(maxsize=100_000)
def _thai_words(word: str) -> tuple[str, ...]:
    """A space-free chunk cut where a Thai line may break: between Thai
    dictionary words (pythainlp newmm, on the runs of Thai letters only, so
    that "ขั้นตอน..." is not read as an abbreviation) and around other runs;
    abbreviations (ต.ค., พ.ศ.) and punctuation stay with their word."""
    if not _THAI.search(word):
        return tuple(clusters(word))
    try:
        from pythainlp.tokenize import word_tokenize
    except ImportError:  # pragma: no cover - pythainlp is a dependency of the project
        return tuple(clusters(word))
    out: list[str] = []
    for k, piece in enumerate(_ABBREV.split(word)):
        if k % 2:
            out.append(piece)  # ต.ค., พ.ศ. stay whole
            continue
        for run in _THAI_RUN.findall(piece):
            if _THAI.match(run) and not run[0].isdigit():
                out += [w for w in word_tokenize(run, engine="newmm", keep_whitespace=True) if w]
            elif out and run[0] in ".,:;!?)]}%'\"":
                out[-1] += run  # punctuation stays with the word before it
            else:
                out.append(run)
    return tuple(out)


def _split_long(word: str, measure: Measure, bold: bool, first: float, rest: float) -> list[str]:
    """A word wider than the line, cut at Thai word boundaries (characters
    if need be) into lines of `first`, then `rest` width."""
    pieces: list[str] = []
    for w in _thai_words(word):
        pieces += [w] if measure(w, bold) <= rest else clusters(w)
    lines: list[str] = []
    cur, limit = "", first
    for p in pieces:
        if cur and measure(cur + p, bold) > limit:
            lines.append(cur)
            cur, limit = p, rest
        else:
            cur += p
    lines.append(cur)
    return lines


def _fill(word: str, prefix: str, measure: Measure, bold: bool, limit: float) -> tuple[str, str]:
    """The longest run of whole Thai words from the start of `word` that fits
    after `prefix` within `limit`, and the rest."""
    pieces = _thai_words(word)
    head = ""
    for k, p in enumerate(pieces):
        if measure(prefix + head + p, bold) > limit:
            return head, "".join(pieces[k:])
        head += p
    return head, ""


def wrap_text(text: str, measure: Measure, bold: bool, width: float, first: float | None = None) -> list[str]:
    """Greedy wrap at spaces: the first line fits `first` (default `width`),
    the others `width`. Where the next space-delimited chunk would leave more
    than a third of the line empty, it is broken at a Thai word boundary to
    fill the line (as a Thai word processor breaks lines); a chunk wider than
    a whole line is cut at Thai word boundaries. The spaces at a break are
    dropped. Always at least one line."""
    limit = width if first is None else first
    tokens = _BREAK.split(text.strip(" \u200b"))
    lines: list[str] = []
    cur = ""
    for k in range(0, len(tokens), 2):
        word = tokens[k]
        sep = tokens[k - 1] if k and cur else ""
        if not word:
            continue
        if measure(cur + sep + word, bold) <= limit:
            cur = cur + sep + word
            continue
        used = measure(cur + sep, bold) if cur else 0.0
        if limit - used > width / 3 and _THAI.search(word):
            head, word = _fill(word, cur + sep, measure, bold, limit)
            if head:
                cur = cur + sep + head
        if cur or (not lines and limit < width):
            lines.append(cur)  # (an empty first line: nothing fits after a far tab)
            cur, limit = "", width
        if not word:
            continue
        if measure(word, bold) <= limit:
            cur = word
        else:
            parts = _split_long(word, measure, bold, limit, width)
            lines += parts[:-1]
            cur, limit = parts[-1], width
    lines.append(cur)
    return lines


def layout_flow(line: str, bold: bool, measure: Measure, width: float, tab: float) -> list[Line]:
    """One printed paragraph: leading spaces and tabs indent, inner tabs jump
    to the next tab stop, text wraps at spaces; wrapped lines start at the
    left margin as in a word processor."""
    if not line.strip():
        return [()]
    out: list[Line] = []
    runs: list[Run] = []
    x = 0.0
    for i, part in enumerate(line.rstrip().split("\t")):
        if i:
            x = (math.floor(x / tab + 1e-9) + 1) * tab
            if x >= width:
                out.append(tuple(runs))
                runs, x = [], 0.0
        if not part:
            continue
        stripped = part.lstrip(" ")
        if len(stripped) < len(part):
            x += measure(part[: len(part) - len(stripped)], bold)
        if not stripped:
            continue
        pieces = wrap_text(stripped, measure, bold, width, first=max(width - x, 0.0))
        for k, piece in enumerate(pieces):
            if k:
                out.append(tuple(runs))
                runs, x = [], 0.0
            if piece:
                runs.append((x, piece, bold))
                x += measure(piece, bold)
    out.append(tuple(runs))
    return out


def layout_lines(lines: Sequence[str], measure: Measure, geometry: Geometry) -> list[Line]:
    """Source lines of one printed page as physical lines of runs."""
    out: list[Line] = []
    n, i = len(lines), 0
    while i < n:
        k = _pipe_table_at(lines, i)
        if k:
            rows = [[strip_markdown(c) for c in pipe_cells(ln)] for ln in lines[i:i + k] if not _is_sep(ln)]
            out += layout_table(rows, measure, geometry.width, geometry.gap)
            i += k
            continue
        if "\t" in lines[i]:
            j = i + tab_block(lines, i)
            block = lines[i:j]
            if is_column_block(block):
                lead, cells = tab_table_rows(block)
                rows = [[strip_markdown(c) for c in row] for row in cells]
                out += layout_table(rows, measure, geometry.width, geometry.gap, indent=lead * geometry.tab)
            else:
                for ln in block:
                    text, bold = strip_markdown(ln)
                    out += layout_flow(text, bold, measure, geometry.width, geometry.tab)
            i = j
            continue
        text, bold = strip_markdown(lines[i])
        out += layout_flow(text, bold, measure, geometry.width, geometry.tab)
        i += 1
    return out


def page_ranges(n_lines: int, pages: Sequence[Sequence[int]] | None) -> list[tuple[int, int]]:
    """The manifest's 1-based inclusive line ranges, clipped to the text; the
    whole text as one page when there are none."""
    if not pages:
        return [(1, n_lines)] if n_lines else []
    out = []
    for first, last in pages:
        first, last = max(1, int(first)), min(n_lines, int(last))
        if first <= last:
            out.append((first, last))
    return out


@dataclass
class PageImage:
    """One page image to draw: its printed page (0-based) and lines."""

    page: int
    part: int
    lines: list[Line] = field(default_factory=list)


def paginate(text: str, pages: Sequence[Sequence[int]] | None, measure: Measure,
             geometry: Geometry) -> list[PageImage]:
    """The page images of a document: each printed page laid out on its own,
    spilling onto extra images when its lines overflow the page height.
    Trailing blank lines are dropped; an empty page gives no image."""
    src = text.split("\n")
    if src and src[-1] == "":
        src.pop()
    images: list[PageImage] = []
    for p, (first, last) in enumerate(page_ranges(len(src), pages)):
        lines = layout_lines(src[first - 1:last], measure, geometry)
        while lines and not lines[-1]:
            lines.pop()
        per = max(1, geometry.lines_per_image)
        for part, start in enumerate(range(0, len(lines), per)):
            chunk = lines[start:start + per]
            while part and chunk and not chunk[0]:
                chunk.pop(0)  # a continuation image starts with text
            if any(chunk):
                images.append(PageImage(p, part, chunk))
    return images


# ------------------------------------------------------------------- drawing


class ToolError(RuntimeError):
    """A missing tool, font or package: reported as one line, exit 2."""


def _pil():
    try:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont, features
        import numpy
    except ImportError as e:
        raise ToolError(f"{e.name} is missing: pip install -e '.[corpus]' (Pillow, numpy)") from None
    return Image, ImageDraw, ImageFilter, ImageFont, features, numpy


def find_fonts() -> dict[str, dict[str, str]]:
    """{family: {"regular": path, "bold": path}} for the TLWG faces, found
    with fc-list (or in /usr/share/fonts when fontconfig is absent)."""
    found: dict[str, dict[str, str]] = {}
    entries: list[tuple[str, str, str]] = []
    if shutil.which("fc-list"):
        res = subprocess.run(["fc-list", ":", "file", "family", "style"], capture_output=True, text=True)
        for row in res.stdout.splitlines():
            m = re.match(r"^(.*?): ([^:]*?)(?::style=(.*))?$", row)
            if m:
                entries.append((m.group(1), m.group(2), m.group(3) or ""))
    else:
        for path in Path("/usr/share/fonts").rglob("*"):
            if path.suffix.lower() in (".ttf", ".otf"):
                stem = path.stem
                fam, _, style = stem.partition("-")
                entries.append((str(path), fam, style or "Regular"))
    for path, families, styles in sorted(entries, key=lambda e: (not e[0].endswith(".ttf"), e[0])):
        fams = {f.strip() for f in families.split(",")}
        style_names = {s.strip().lower() for s in styles.split(",")}
        for fam in FONTS:
            if fam not in fams:
                continue
            slot = None
            if style_names & {"regular", "book", "normal", "medium", "roman"}:
                slot = "regular"
            elif "bold" in style_names:
                slot = "bold"
            if slot and slot not in found.setdefault(fam, {}):
                found[fam][slot] = path
    return found


def check_fonts() -> dict[str, dict[str, str]]:
    fonts = find_fonts()
    missing = [f for f in FONTS if "regular" not in fonts.get(f, {})]
    if missing:
        raise ToolError(f"TLWG fonts missing ({', '.join(missing)}): {APT_LINE}")
    for fam in FONTS:
        fonts[fam].setdefault("bold", fonts[fam]["regular"])
    return fonts


def check_tesseract() -> dict:
    """tesseract's version and tha traineddata, or a ToolError."""
    exe = shutil.which("tesseract")
    if not exe:
        raise ToolError(f"tesseract not found: {APT_LINE}")
    ver = subprocess.run([exe, "--version"], capture_output=True, text=True)
    first = (ver.stdout or ver.stderr).splitlines()
    version = first[0].split()[-1] if first else "unknown"
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True)
    listed = (langs.stdout + langs.stderr).splitlines()
    have = {ln.strip() for ln in listed[1:]}
    if "tha" not in have or "eng" not in have:
        raise ToolError(f"tesseract has no {'tha' if 'tha' not in have else 'eng'} traineddata: {APT_LINE}")
    info = {"tesseract": version, "path": exe}
    m = re.search(r'"(.+?)"', listed[0]) if listed else None
    if m:
        data = Path(m.group(1)) / "tha.traineddata"
        if data.exists():
            info["tha_traineddata_sha256"] = hashlib.sha256(data.read_bytes()).hexdigest()[:16]
    return info


def make_measure(font_paths: dict[str, str], size_px: float) -> Measure:
    ImageFont = _pil()[3]
    faces = {False: ImageFont.truetype(font_paths["regular"], round(size_px)),
             True: ImageFont.truetype(font_paths["bold"], round(size_px))}

    @functools.lru_cache(maxsize=200_000)
    def measure(text: str, bold: bool = False) -> float:
        return faces[bold].getlength(text)

    return measure


def render(image: PageImage, geometry: Geometry, font_paths: dict[str, str], size_px: float):
    """The page image, greyscale, text in black on white."""
    Image, ImageDraw, _, ImageFont, _, _ = _pil()
    faces = {False: ImageFont.truetype(font_paths["regular"], round(size_px)),
             True: ImageFont.truetype(font_paths["bold"], round(size_px))}
    img = Image.new("L", geometry.page_px, 255)
    draw = ImageDraw.Draw(img)
    for k, line in enumerate(image.lines):
        y = geometry.top + k * geometry.line_px + geometry.baseline_px
        for x, text, bold in line:
            draw.text((geometry.left + x, y), text, font=faces[bold], fill=0, anchor="ls")
    return img


def degrade(img, d: Degradation, dpi: int, page_seed: int):
    """A scan of the printed page: tilted, soft, grainy, grey, JPEG'd.
    Returns JPEG bytes."""
    Image, _, ImageFilter, _, _, np = _pil()
    ink, paper = d.contrast
    img = img.rotate(d.rotate_deg, resample=Image.Resampling.BICUBIC, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    a = ink + (paper - ink) * (a / 255.0)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(d.blur_px * dpi / 300))
    rng = np.random.default_rng([d.seed, page_seed])
    a = np.asarray(img, dtype=np.float32) + rng.normal(0.0, d.noise_sigma, (img.height, img.width))
    specks = rng.random((img.height, img.width)) < d.specks
    a[specks] = ink + rng.uniform(0, 60, int(specks.sum()))
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=d.jpeg_quality, dpi=(dpi, dpi))
    return buf.getvalue()


# ----------------------------------------------------------------------- OCR


def ocr(path: Path, psm: int, dpi: int) -> str:
    cmd = ["tesseract", str(path), "stdout", "-l", "tha+eng", "--psm", str(psm), "--dpi", str(dpi)]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # pages run in parallel instead
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if res.returncode:
        msg = (res.stderr.strip().splitlines() or ["no message"])[-1]
        raise ToolError(f"tesseract failed on {path.name}: {msg}")
    return res.stdout


def join_pages(texts: Iterable[str]) -> str:
    """Page texts in order, one blank line between pages."""
    pages = [t.strip("\n\f").rstrip() for t in texts]
    return "\n\n".join(p for p in pages if p) + "\n"


@dataclass
class Job:
    name: str
    params: Params
    font_paths: dict[str, str]
    geometry: Geometry
    images: list[PageImage]
    source_sha: str
    text_path: str
    printed_pages: int
    futures: list[Future] = field(default_factory=list)


def _page_task(job: Job, idx: int, workdir: Path, keep: Path | None) -> str:
    p, page = job.params, job.images[idx]
    img = render(page, job.geometry, job.font_paths, p.size_pt * p.dpi / 72)
    stem = f"{job.name}-p{page.page + 1:03d}" + (f"-{page.part + 1}" if page.part else "")
    if p.degradation is not None:
        path = workdir / f"{stem}.jpg"
        path.write_bytes(degrade(img, p.degradation, p.dpi, idx))
    else:
        path = workdir / f"{stem}.png"
        img.save(path, dpi=(p.dpi, p.dpi))
    text = ocr(path, p.psm, p.dpi)
    if keep is not None:
        shutil.copy(path, keep / path.name)
    path.unlink()
    return text


def load_manifest(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ToolError(f"no manifest at {path}") from None
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, list):
        raise ToolError(f"{path}: no 'documents' list")
    return docs


def prepare(doc: dict, base: Path, fonts: dict[str, dict[str, str]]) -> Job:
    name = doc["name"]
    params = choose_params(name)
    src = base / doc["text"]
    try:
        raw = src.read_bytes()
    except OSError as e:
        raise ToolError(f"{name}: cannot read {src}: {e.strerror}") from None
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    geometry = Geometry.for_params(params)
    measure = make_measure(fonts[params.font], params.size_pt * params.dpi / 72)
    images = paginate(text, doc.get("pages"), measure, geometry)
    n_src = text.count("\n") + (0 if text.endswith("\n") else 1)
    return Job(name, params, fonts[params.font], geometry, images, hashlib.sha256(raw).hexdigest()[:16],
               doc["text"], len(page_ranges(n_src, doc.get("pages"))))


def run(manifest: Path, out: Path, only: Sequence[str] | None, jobs: int, keep: Path | None) -> int:
    docs = load_manifest(manifest)
    if only:
        unknown = sorted(set(only) - {d.get("name") for d in docs})
        if unknown:
            raise ToolError(f"not in {manifest}: {', '.join(unknown)}")
        docs = [d for d in docs if d.get("name") in set(only)]
    pil = _pil()
    tess = check_tesseract()
    fonts = check_fonts()
    out.mkdir(parents=True, exist_ok=True)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    meta_path = out / "manifest.json"
    previous = {}
    if meta_path.exists():
        try:
            previous = {d["name"]: d for d in json.loads(meta_path.read_text(encoding="utf-8"))["documents"]}
        except (ValueError, KeyError, TypeError):
            previous = {}
    raqm = bool(pil[4].check("raqm"))
    env = {"tesseract": tess["tesseract"], "tha_traineddata_sha256": tess.get("tha_traineddata_sha256"),
           "pillow": pil[0].__version__, "text_layout": "raqm" if raqm else "basic",
           "command": "tesseract IMAGE stdout -l tha+eng --psm PSM --dpi DPI"}
    base = manifest.parent
    results: dict[str, dict] = {}
    order = [d.get("name") for d in load_manifest(manifest)]

    def write_meta() -> None:
        """The run's record so far, in the corpus manifest's order (written
        after every document, so an interrupted run leaves it consistent)."""
        merged = {**previous, **results}
        documents = [merged[n] for n in order if n in merged] + [v for n, v in merged.items() if n not in order]
        meta_path.write_text(json.dumps({**env, "documents": documents}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")

    t0 = time.monotonic()
    n_images = 0
    with tempfile.TemporaryDirectory(prefix="ocr_twin-") as tmp, ThreadPoolExecutor(max(1, jobs)) as pool:
        pending: deque[Job] = deque()

        def finish(job: Job) -> None:
            texts = [f.result() for f in job.futures]
            (out / f"{job.name}.txt").write_text(join_pages(texts), encoding="utf-8")
            d = job.params.degradation
            results[job.name] = {
                "name": job.name, "source": job.text_path, "source_sha256": job.source_sha,
                "font": job.params.font, "font_file": job.font_paths["regular"],
                "bold_font_file": job.font_paths["bold"], "size_pt": job.params.size_pt,
                "dpi": job.params.dpi, "psm": job.params.psm,
                "degradation": job.params.as_json()["degradation"] if d else None,
                "tesseract": tess["tesseract"], "pages": job.printed_pages, "images": len(job.images),
            }
            write_meta()
            print(f"{job.name}: {len(job.images)} images, {job.params.font} {job.params.size_pt}pt "
                  f"{job.params.dpi}dpi psm {job.params.psm}{' degraded' if d else ''}", file=sys.stderr)

        try:
            for doc in docs:
                job = prepare(doc, base, fonts)
                job.futures = [pool.submit(_page_task, job, i, Path(tmp), keep) for i in range(len(job.images))]
                n_images += len(job.images)
                pending.append(job)
                while pending and (len(pending) > 2 or all(f.done() for f in pending[0].futures)):
                    finish(pending.popleft())
            while pending:
                finish(pending.popleft())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # stop at the first failure, not after every page
            raise
    write_meta()
    took = time.monotonic() - t0
    print(f"{len(results)} documents, {n_images} page images in {took:.0f}s "
          f"({took / max(n_images, 1):.1f}s per image with {jobs} jobs) -> {out}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.corpus.ocr_twin", description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    ap.add_argument("--only", nargs="+", metavar="NAME")
    ap.add_argument("--jobs", type=int, default=2, help="pages OCR'd in parallel (default 2)")
    ap.add_argument("--keep-images", type=Path, metavar="DIR", help="also keep the page images here")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the OCR text goes (default tests/corpus/ocr)")
    args = ap.parse_args(argv)
    try:
        return run(args.manifest, args.out, args.only, args.jobs, args.keep_images)
    except ToolError as e:
        print(f"ocr_twin: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
