"""Stage 3, segment: cleaned lines -> pages.

A page ends at page furniture: the repeated form title, a page number, a form
feed.  A document with none of those is split at runs of blank lines
(BLANK_RUN or more), which is how OCR engines that drop headers separate
pages.  Copies of a form are found later, by the form parser, from the form's
own structure (a form starts again); pages serve the dedupe stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.document import Line

PAGE_BREAKS = frozenset({"page_header", "page_number", "page_break"})
BLANK_RUN = 4


@dataclass(slots=True)
class Page:
    index: int
    lines: list[Line]  # the page's text lines (furniture and blanks left out)

    @property
    def line_start(self) -> int:
        return self.lines[0].no

    @property
    def line_end(self) -> int:
        return self.lines[-1].no

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


def split_pages(lines: list[Line]) -> list[Page]:
    """Pages of text lines, in order; pages without text are dropped."""
    use_blanks = not any(ln.kind in PAGE_BREAKS for ln in lines)
    pages: list[list[Line]] = [[]]
    blanks = 0
    for ln in lines:
        if ln.kind in PAGE_BREAKS or (use_blanks and ln.kind == "blank" and blanks + 1 == BLANK_RUN):
            pages.append([])
        blanks = blanks + 1 if ln.kind == "blank" else 0
        if ln.kind == "text":
            pages[-1].append(ln)
    return [Page(i, p) for i, p in enumerate(q for q in pages if q)]
