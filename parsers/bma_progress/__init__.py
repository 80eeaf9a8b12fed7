"""BMA progress-report form ("แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ").

Sections: 1.1 code and name, 1.2 unit and people, 1.3 rationale,
1.4 objectives, 1.5 targets, 1.6 strategy alignment, 2 report entries.

    fields.py   the anchors and the table of project columns (where each is read)
    read.py     lines -> events -> copies -> readings
    entries.py  section 2: report entries from their clauses
    transposed.py, sidebyside.py, stacked.py  section 2's tables as OCR reads them (entries as columns,
                read row by row, run on in a paragraph, or read column by column) given back entry by entry
    downcols.py the entries-across table OCR read column by column whole (head row, labels' column, then
                each entry's column): a column read as a unit, its cells known by what they hold
    interleaved.py  the entries-across table whose block read across at its top and the next block's upper
                rows OCR read down in one pass, their columns interleaved: a chunk with a head is the next block's
    align.py    a report's expense lines aligned across the copies before the vote
    expense_copies.py  expense figures the copies read apart, the vote's tie broken by the line's product
                or the entry's disbursement
    rows.py     rows from the voted copies, and the cross-checks
    repairs.py  repairs of OCR'd values from the form's own redundancy
    baht_sign.py  header amounts whose ฿ OCR read as a digit ("811,700" for ฿11,700)
"""

from parsers.bma_progress.align import align_copies
from parsers.bma_progress.fields import HEADINGS_READ
from parsers.bma_progress.read import read_copies, rows_read
from parsers.bma_progress.rows import build

DOC_TYPE = "bma_progress"
ROWS_READ = rows_read  # lines of OCR noise read as text by their place: a unit's slash wrapped alone, a header's number

__all__ = ["DOC_TYPE", "HEADINGS_READ", "ROWS_READ", "align_copies", "build", "read_copies"]
