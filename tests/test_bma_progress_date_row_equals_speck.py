"""A date row read across whose cells' gaps OCR partly lost, with an "=" read
from a rule between two dates ("14 มิถุนายน | 23/7/2561 = 24/8/2561 ว23 ก.ย.
2561"): the "=" is a speck, as other punctuation alone is, and the row parts
into its four dates (parsers.bma_progress.transposed._date_tokens; a modified
copy of s83a005's third block).  Before, the row parted into none, and the
entries after the first two lost their dates."""

from tests.lines import numbered_lines, untransposed_dates


def test_an_equals_sign_alone_between_dates_is_a_speck():
    got = untransposed_dates(numbered_lines(
        "รายการ\tรายงานครั้งที่ 9\tรายงานครั้งที่ 10\tรายงานครั้งที่ 11\tรายงานครั้งที่ 12",
        "วันที่รายงาน\t12 มิถุนายน 2561\t20/7/2561 = 21/8/2561 ว25 ก.ย. 2561",
        "รายละเอียด\tประชุม\tจัดอบรม\tสรุปผล\tประเมินผล", start=10))
    assert got[:3] == ["12 มิถุนายน 2561", "20/7/2561", "21/8/2561"]
    assert got[3] is not None and got[3].endswith("25 ก.ย. 2561")
