"""Stage 1, decode: bytes -> text and the encoding it was read with.

Tried in order: a byte-order mark (UTF-8, UTF-16), UTF-8, UTF-16 without a
BOM (every other byte NUL, or Thai's 0x0E high bytes), TIS-620 / cp874 (the
code page of older Thai government files), then UTF-8 and cp874 line by line
(a file pasted together from both).  A report is not lost for a few bad
bytes: an encoding that fits all but a few byte sequences (at most
MAX_BAD_PER_KB a kilobyte, at least MAX_BAD_MIN) is taken with those bytes
replaced by U+FFFD, and `Decoded.bad` says where they were (the true byte
offset and how many), for a warning issue.  A file truncated inside a
character is such a file.  A decoding is accepted only if the result looks
like text (few control characters), so random bytes are refused with a
reason giving what each encoding made of them, instead of becoming a
document of mojibake.
"""

from __future__ import annotations

import codecs
import json
import re
import threading
from dataclasses import dataclass, field

import regex

from normalizers.invisible import line_number_at
from schemas.document import Issue


class DecodeError(ValueError):
    """The file could not be read as text; the message says why."""


@dataclass(frozen=True)
class BadBytes:
    """Byte sequences an encoding could not read, replaced by U+FFFD."""

    count: int  # sequences replaced
    n_bytes: int  # bytes they span
    first_offset: int  # byte offset of the first one in the file


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bad: BadBytes | None = None  # bytes replaced, if any
    mixed_lines: list[int] = field(default_factory=list)  # 1-based lines read as cp874 in a utf-8+cp874 file


# Control characters other than tab, newline, vertical tab, carriage return
# and form feed.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # (stdlib re: a plain class, faster than regex)
# Private-use and unassigned code points: what a wrong code page yields.
_ODD_RE = regex.compile(r"[\p{Co}\p{Cn}]")
# A character other than printable ASCII, white space and the Thai block's assigned letters, marks and
# digits (none of which is private-use or unassigned): a text without one has no _ODD_RE character.
_NOT_PLAIN_RE = re.compile(r"[^\t\n\r\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e5b]")
MAX_CONTROL_SHARE = 0.002
MAX_ODD_SHARE = 0.001
MAX_BAD_PER_KB = 1  # bad byte sequences a kilobyte an encoding may have and still be the file's
MAX_BAD_MIN = 8  # and at least this many in a small file
GOOD_PER_BAD = 10  # UTF-8 with bad bytes: at least this many good non-ASCII characters per bad one


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:200_000]
    if len(_CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        return False
    head = sample[:20_000]
    return not _NOT_PLAIN_RE.search(head) or len(_ODD_RE.findall(head)) <= MAX_ODD_SHARE * len(head)


# ------------------------------------------------------------ bad bytes

_LOCAL = threading.local()


class _TooMany(Exception):
    pass


def _record_and_replace(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _LOCAL.spans.append((exc.start, exc.end))
    if len(_LOCAL.spans) > _LOCAL.cap:
        raise _TooMany
    return "\ufffd", exc.end


codecs.register_error("raingan-record", _record_and_replace)


def _decode_counting(data: bytes, codec: str, cap: int, offset: int = 0) -> tuple[str | None, list[tuple[int, int]]]:
    """Decode with bad sequences replaced: (text, their byte spans in the
    file); text is None once there are more than `cap` of them."""
    _LOCAL.spans, _LOCAL.cap = [], cap
    try:
        text: str | None = data.decode(codec, "raingan-record")
    except _TooMany:
        text = None
    spans = [(a + offset, b + offset) for a, b in _LOCAL.spans]
    _LOCAL.spans = []
    return text, spans


def _bad(spans: list[tuple[int, int]]) -> BadBytes | None:
    if not spans:
        return None
    return BadBytes(len(spans), sum(b - a for a, b in spans), spans[0][0])


def bad_limit(n_bytes: int) -> int:
    """How many bad sequences a file of n_bytes may have and still be read."""
    return max(MAX_BAD_MIN, MAX_BAD_PER_KB * n_bytes // 1000)


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4:
        return None
    sample = 4000  # bytes of each parity looked at
    even, odd = data[0:2 * sample:2], data[1:2 * sample:2]
    if even.count(0) > 0.3 * len(even):
        return "utf-16-be"
    if odd.count(0) > 0.3 * len(odd):
        return "utf-16-le"
    # Thai in UTF-16: the high byte of most characters is 0x0E
    if odd.count(0x0E) > 0.3 * len(odd):
        return "utf-16-le"
    if even.count(0x0E) > 0.3 * len(even):
        return "utf-16-be"
    return None


def _describe(text: str | None, spans: list[tuple[int, int]], what: str) -> str:
    if not spans:
        return f"{what}: no bad bytes"
    many = f"more than {len(spans) - 1:,}" if text is None else f"{len(spans):,}"
    return f"{what}: {many} bad byte sequences, the first at offset {spans[0][0]:,}"


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def decode(data: bytes) -> Decoded:
    """The text of a file; DecodeError with the reason if no encoding fits."""
    if not data:
        raise DecodeError("empty file (0 bytes)")
    limit = bad_limit(len(data))
    if data.startswith(codecs.BOM_UTF8):
        return _with_bom(data[3:], "utf-8", "utf-8-sig", limit, offset=3)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _with_bom(data, "utf-16", "utf-16", limit)
    utf8, utf8_spans = _decode_counting(data, "utf-8", limit)
    if utf8 is not None and not utf8_spans:
        if _looks_like_text(utf8):
            return Decoded(utf8, "utf-8")
        if not utf8.strip():
            raise DecodeError("file holds only white space")
        # maybe UTF-16 without a BOM: Thai UTF-16 is valid UTF-8 bytes
    guess = _utf16_without_bom(data)
    if guess:
        text, spans = _decode_counting(data, guess, limit)
        if text is not None and _looks_like_text(text):
            return Decoded(text, guess, _bad(spans))
    if utf8 is not None and not utf8_spans:
        raise DecodeError("valid UTF-8 but not text (control characters or binary data)")
    if (utf8 is not None and _non_ascii(utf8) - len(utf8_spans) >= GOOD_PER_BAD * len(utf8_spans)
            and _looks_like_text(utf8)):
        return Decoded(utf8, "utf-8", _bad(utf8_spans))
    cp874, cp874_spans = _decode_counting(data, "cp874", limit)
    if cp874 is not None and _looks_like_text(cp874):
        return Decoded(cp874, "cp874", _bad(cp874_spans))
    mixed = _mixed_lines(data, limit)
    if mixed is not None:
        return mixed
    if cp874 is not None:
        raise DecodeError("not text: decodes as cp874 only into control characters (binary data)")
    raise DecodeError(f"not UTF-8, UTF-16 or TIS-620/cp874 text (binary data or another encoding): "
                      f"{_describe(utf8, utf8_spans, 'as UTF-8')}; {_describe(cp874, cp874_spans, 'as cp874')}")


def _with_bom(data: bytes, codec: str, name: str, limit: int, offset: int = 0) -> Decoded:
    text, spans = _decode_counting(data, codec, limit, offset)
    if text is None:
        raise DecodeError(f"starts with a {name} byte-order mark but is not {name}: "
                          f"{_describe(text, spans, 'as ' + name)}")
    if not text.strip():
        raise DecodeError("file holds only white space")
    if not _looks_like_text(text):
        raise DecodeError(f"valid {name} but not text (control characters)")
    return Decoded(text, name, _bad(spans))


def _mixed_lines(data: bytes, limit: int) -> Decoded | None:
    """A file of UTF-8 lines and cp874 lines (pasted together): each line
    in the encoding it is valid in; None unless both occur."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    cp874_lines: list[int] = []
    utf8_non_ascii = False
    pos = 0
    for no, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8")
            utf8_non_ascii = utf8_non_ascii or not raw.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp874")
                cp874_lines.append(no)
            except UnicodeDecodeError:
                decoded, bad = _decode_counting(raw, "utf-8", limit - len(spans), pos)
                if decoded is None:
                    return None
                line, spans = decoded, spans + bad
        parts.append(line)
        pos += len(raw) + 1
    if not cp874_lines or not utf8_non_ascii:
        return None
    text = "\n".join(parts)
    if not _looks_like_text(text):
        return None
    return Decoded(text, "utf-8+cp874", _bad(spans), cp874_lines)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name); DecodeError with the reason if none fits."""
    found = decode(data)
    return found.text, found.encoding


def decode_issues(data: bytes, found: Decoded) -> list[Issue]:
    """Warnings for what the decoding had to repair: bytes replaced (the
    true offset and count, and the line) and lines read as cp874."""
    issues = []
    if found.bad:
        bad = found.bad
        codec = "utf-8" if found.encoding == "utf-8+cp874" else found.encoding
        line = line_number_at(data[:bad.first_offset].decode(codec, "replace"), bad.first_offset)
        issues.append(Issue(
            "warning", "bad_bytes",
            f"{bad.count} byte sequence(s) ({bad.n_bytes} bytes) not valid {found.encoding} replaced by U+FFFD, "
            f"the first at byte offset {bad.first_offset} (line {line})",
            data[max(0, bad.first_offset - 24):bad.first_offset + 24].hex(" "), line, line))
    if found.mixed_lines:
        lines = found.mixed_lines
        issues.append(Issue(
            "warning", "mixed_encoding",
            f"{len(lines)} line(s) are TIS-620/cp874 in a UTF-8 file, each read in its own encoding "
            f"(the first is line {lines[0]})",
            json.dumps({"lines": lines[:200]}), lines[0], lines[-1]))
    return issues
