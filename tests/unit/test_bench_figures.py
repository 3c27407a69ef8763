"""The bench's arithmetic: the growth exponent and how a figure is judged against its target."""

from __future__ import annotations

import pytest

from benchfigures import Target, growth_exponent, judged, ratio_line


def test_time_per_page_flat_gives_an_exponent_of_one():
    assert growth_exponent([(300, 1.5), (600, 3.0), (1200, 6.0)]) == pytest.approx(1.0)


def test_time_growing_with_the_square_of_the_pages_gives_two():
    assert growth_exponent([(100, 0.5), (200, 2.0), (400, 8.0)]) == pytest.approx(2.0)


def test_a_fixed_start_up_cost_pulls_the_exponent_under_one():
    # 10 s of start-up plus 10 ms a page: the total grows slower than the pages.
    points = [(pages, 10 + 0.01 * pages) for pages in (500, 1000, 2000)]
    assert 0.4 < growth_exponent(points) < 0.7


def test_the_fit_is_least_squares_over_all_points():
    # Slopes 1 (250→500) and 1.5 (500→1,000) on the log-log plot: the fitted line lies between.
    points = [(250, 1.0), (500, 2.0), (1000, 2.0 * 2 ** 1.5)]
    assert growth_exponent(points) == pytest.approx(1.25)


def test_one_page_count_is_not_enough_for_a_slope():
    with pytest.raises(ValueError, match="at least two different page counts"):
        growth_exponent([(500, 3.0), (500, 3.2)])


def test_a_ratio_is_printed_with_its_target_and_mark():
    assert ratio_line("warm", 4.1, 3.3, Target(1.5, "×")) == "warm 4.1 s = 1.24× floor (target ≤ 1.5×) ✓"
    assert ratio_line("cold", 20.0, 4.0, Target(4, "×")) == "cold 20.0 s = 5.00× floor (target ≤ 4×) ✗"


def test_a_figure_without_a_target_at_this_size_has_no_mark():
    assert ratio_line("cold", 8.0, 4.0, None) == "cold 8.0 s = 2.00× floor"
    assert judged("catalogue 40 KB gzipped", 40, None) == "catalogue 40 KB gzipped"


def test_a_figure_exactly_at_its_target_meets_it():
    line = judged("saved → visible in 1.0 s", 1.0, Target(1, " s"))
    assert line == "saved → visible in 1.0 s (target ≤ 1 s) ✓"
