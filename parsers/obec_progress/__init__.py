"""OBEC service-area progress report (รายงานความก้าวหน้าการดำเนินงานตาม
แผนปฏิบัติการ of a สพป. office): an opening summary, then the projects in
three status groups (completed, in progress, not started).

    anchors.py  the section markers (where each project section is recognised)
    summary.py  the opening summary
    read.py     lines -> copies of the report -> projects, rounds and their readings
    rows.py     rows from the voted copies, and the cross-checks
"""

from parsers.obec_progress.read import read_copies
from parsers.obec_progress.rows import build

DOC_TYPE = "obec_progress"

__all__ = ["DOC_TYPE", "build", "read_copies"]
