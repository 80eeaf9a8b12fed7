"""A BMA project code whose hyphen OCR read as a gap ("รหัสโครงการ...: ๐9๐๐00๐0 44๓๒ ปีงบประมาณ พ.ศ. :": eight digits,
spaces, four digits) is the code: before, it was unread and the project keyed by a hash of its name (fresh set s92p,
bma_progress_s92p007).  Digits glued into one run of twelve, or with more after them, stay unread (said)."""

from __future__ import annotations

import pytest

from parsers.values import parse_project_code
from normalizers.errors import ValueParseError


@pytest.mark.parametrize("text", ["๐9๐๐00๐0 44๓๒", "09000000  4432", "๐๙๐๐๐๐๐๐\t๔๔๓๒ "])
def test_a_hyphen_read_as_a_gap_is_the_hyphen(text):
    assert parse_project_code(text) == "09000000-4432"


@pytest.mark.parametrize("text", ["090000004432", "09000000 4432 5", "0900000 4432", "09000000 443"])
def test_other_shapes_stay_unread(text):
    with pytest.raises(ValueParseError):
        parse_project_code(text)
