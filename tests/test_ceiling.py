"""bench/ceiling.py: how many report dates and progress figures order alone could decide after OCR."""

from bench.ceiling import candidates, measure_project


def test_candidates_are_the_readings_a_misread_figure_could_have_been_printed_as():
    # ๑๔ is read ๑๕ (๔ -> ๕); ๑๕ could have been printed ๑๔, ๑๕, ๑๗, ๑๘ or ๑๙
    assert candidates(14, 2) == ([14, 15, 17, 18, 19], True)
    # no digit the engine cannot write: it is read as printed, yet its reading stays ambiguous
    values, damaged = candidates(10, 2)
    assert 10 in values and not damaged


def test_order_decides_a_figure_only_between_close_neighbours():
    project = {"fiscal_year": 2021, "progress_reports": [
        {"report_date": "2020-11-03", "progress_pct": 40.0},  # read 50: 40 and 44 fit 0..44
        {"report_date": "2020-12-14", "progress_pct": 44.0},  # read 55: only 44 fits 40..44
        {"report_date": "2021-01-20", "progress_pct": 44.0},  # 44..49 fit 44..80
        {"report_date": "2021-03-18", "progress_pct": 80.0},  # read 50: 44, 46, 50, 54, ... 86 fit 44..95
        {"report_date": "2021-05-02", "progress_pct": 95.0},  # read 55: 84..99 fit 80..100
    ]}
    counts = measure_project(project)
    assert (counts["progress"], counts["progress_decided"]) == (5, 1)
    # days 14 and 18, each read 15 (14 15 17 18 19), in gaps of a month or more; 03, 20 and 02 hold no such digit
    assert (counts["dates"], counts["dates_decided"]) == (2, 0)


def test_a_date_between_two_close_neighbours_is_decided():
    project = {"fiscal_year": 2021, "progress_reports": [
        {"report_date": "2020-12-13"}, {"report_date": "2020-12-14"}, {"report_date": "2020-12-14"}]}
    counts = measure_project(project)
    assert (counts["dates"], counts["dates_decided"]) == (2, 1)  # the second: only the 14th fits 13..14
