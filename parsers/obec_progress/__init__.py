"""OBEC service-area progress report (รายงานความก้าวหน้าการดำเนินงานตาม
แผนปฏิบัติการ of a สพป. office): an opening summary, then the projects in
three status groups (completed, in progress, not started).

    align.py    copies that cut a list's same words into fewer items lose their vote on its texts
    anchors.py  the section markers (where each project section is recognised)
    summary.py  the opening summary
    summary_joint.py  the summary's budget figures weighed together (and with the quarter's rows)
    running.py  a report printed as running text, cut where its parts start
    read.py     lines -> copies of the report -> projects and their rounds
    rounds.py   one round's blocks -> targets, activities, alignments, budgets, findings
    lists.py    items of a section, aspects, OCR debris
    year.py     the fiscal year the report's mentions agree on, and its repairs
    budgets.py  budget amounts: separators OCR misread, "disbursed as planned"
    digits.py   Thai digits the document's OCR never shows, and the figures they make doubtful
    texts.py    marks OCR dropped from repeated wording, voted back from its other printings
    rows.py     rows from the voted copies, and the cross-checks
"""

from parsers.obec_progress.align import align_copies
from parsers.obec_progress.lists import SYMBOL_MARK_RE
from parsers.obec_progress.read import read_copies
from parsers.obec_progress.rows import build

DOC_TYPE = "obec_progress"
# lines of OCR debris read as text: a column's item number OCR made symbols of ("©." for "๑.": lists.column_firsts_kept)
DEBRIS_READ = SYMBOL_MARK_RE
# the lines of OCR noise the clean-up left out, given too (pipeline.clean.parser_lines): read_copies takes them out
# and tells a list's gap of noise alone from a blank line by them (PageWraps.after_noise: lists.paired_in_doubt)
NOISE_SEEN = True
# the lines of page furniture too (pipeline.clean.parser_lines): read_copies takes them out and tells a page break
# from a blank line by them (a list's title-only item whose title the page broke: read._title_run)
FURNITURE_SEEN = True

__all__ = ["DEBRIS_READ", "FURNITURE_SEEN", "NOISE_SEEN", "align_copies", "DOC_TYPE", "build", "read_copies"]
