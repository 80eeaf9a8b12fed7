"""Stage 1, decode: bytes -> text and the encoding it was read with.

Tried in order: a byte-order mark (UTF-8, UTF-16), strict UTF-8, UTF-16
without a BOM (every other byte NUL), then TIS-620 / cp874, the code page of
older Thai government files.  A decoding is accepted only if the result
looks like text (few control characters), so random bytes are refused with a
reason instead of becoming a document of mojibake.
"""

from __future__ import annotations

import codecs

import regex


class DecodeError(ValueError):
    """The file could not be read as text; the message says why."""


# Control characters other than tab, newline, carriage return and form feed.
_CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Private-use and unassigned code points: what a wrong code page yields.
_ODD_RE = regex.compile(r"[\p{Co}\p{Cn}]")
MAX_CONTROL_SHARE = 0.002
MAX_ODD_SHARE = 0.001


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:200_000]
    if len(_CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        return False
    head = sample[:20_000]
    return len(_ODD_RE.findall(head)) <= MAX_ODD_SHARE * len(head)


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
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


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name); DecodeError with the reason if none fits."""
    if not data:
        raise DecodeError("empty file (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16")
    utf8_but_not_text = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return text, "utf-8"
        if not text.strip():
            raise DecodeError("file holds only white space")
        utf8_but_not_text = True  # maybe UTF-16 without a BOM: Thai UTF-16 is valid UTF-8 bytes
    guess = _utf16_without_bom(data)
    if guess:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text):
                return text, guess
    if utf8_but_not_text:
        raise DecodeError("valid UTF-8 but not text (control characters or binary data)")
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8, UTF-16 or TIS-620/cp874: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            "is undefined in cp874 (binary or another encoding)"
        ) from exc
    if _looks_like_text(text):
        return text, "cp874"
    raise DecodeError("not text: decodes as cp874 only into control characters (binary data)")


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason} "
                          f"at offset {exc.start}") from exc
    if not text.strip():
        raise DecodeError("file holds only white space")
    if not _looks_like_text(text):
        raise DecodeError(f"valid {name} but not text (control characters)")
    return text, name
