"""Test helper: the Line records of a few text lines, numbered from `start`
(kind "text"), as the clean-up hands them to the parsers."""
from schemas.document import Line


def numbered_lines(*texts: str, start: int = 1) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=start)]
