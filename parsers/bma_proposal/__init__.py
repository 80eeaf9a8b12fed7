"""BMA project proposal (a district's proposal before the fiscal year).

Title block (ชื่อโครงการ, หน่วยงานที่รับผิดชอบ, ปีงบประมาณ), then numbered
sections 1-10: rationale, objectives, targets, project type, period and
place, action plan, budget, risks, expected benefits, follow-up and KPIs.

    fields.py   the anchors and the table of project columns (where each is read)
    read.py     lines -> copies -> readings
    tables.py   the flattened tables of sections 6, 7, 8 and 10.1, by cells
    rows.py     rows from the voted copies, and the checks
    align.py    copies' budget figures read apart, before the vote
"""

from parsers.bma_proposal.align import align_copies
# running page headers read as text: the title block's name or unit label alone, taken for a header's second line
from parsers.bma_proposal.fields import HEADINGS_READ
from parsers.bma_proposal.read import read_copies
from parsers.bma_proposal.risks import SYMBOL_SCORE_RE
from parsers.bma_proposal.rows import build
from parsers.bma_proposal.steps import steps_in_debris

DOC_TYPE = "bma_proposal"
DEBRIS_READ = SYMBOL_SCORE_RE  # lines of OCR debris read as text: a risk's score cell OCR made a symbol of
ROWS_READ = steps_in_debris  # and by their place: an action-plan step's row of its number and the chart's marks
FURNITURE_SEEN = True  # the page furniture given too: read.wraps_taken_for_headers asks where it stood

__all__ = ["DEBRIS_READ", "DOC_TYPE", "FURNITURE_SEEN", "HEADINGS_READ", "ROWS_READ", "align_copies", "build",
           "read_copies"]
