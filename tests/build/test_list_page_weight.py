"""The catalogue and the compare page stay under 100 KB of HTML gzipped at 1,000 programmes.

A build of 1,000 programmes takes many minutes, so this test does not make one. It extrapolates in a
straight line from two real builds: the sample site and a copy scaled to SCALED programmes (tests/listsizes.py:
copies of the samples, each with a summary of its own). Each page's gzipped size is taken as a fixed part
plus a cost per programme, that cost being the growth between the two builds divided by the programmes
added. The first copies cost gzip more than later ones (at 1,000 it finds more to reuse), so the line errs
high: it gave 96.7 KB for the catalogue and 33.6 KB for the compare page where a real build at 1,000
measured 84.0 and 25.7 KB (PERFORMANCE.md, "Lean list pages"; `scripts/list_page_sizes.py --count 1000` measures it).
"""

from __future__ import annotations

import pytest

from listsizes import PAGES, page_sizes, scale_site
from sitecopy import SITE, copy_site, run_build
from studio import load_catalog

pytestmark = pytest.mark.build
SAMPLE = len(load_catalog(SITE).programs)
SCALED = 50
TARGET = 1000
LIMIT = 100 * 1024


@pytest.fixture(scope="module")
def scaled(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("scaled"))
    scale_site(root, SCALED)
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def test_the_scaled_pages_still_list_every_programme(scaled):
    catalogue, compare = scaled.page("programs/"), scaled.page("programs/compare/")
    assert len(catalogue.select("#program-list .studio-card")) == SCALED
    assert len(compare.select("#compare-list tbody tr[data-slug]")) == SCALED
    assert not compare.select("#compare-page td")  # no programme's figures in the page


@pytest.mark.parametrize("name", list(PAGES))
def test_list_page_stays_under_100_kb_gzipped_at_1000_programmes(built, scaled, name):
    small, large = page_sizes(built.site)[name][1], page_sizes(scaled.site)[name][1]
    per_programme = (large - small) / (SCALED - SAMPLE)
    fixed = small - SAMPLE * per_programme
    at_target = fixed + TARGET * per_programme
    assert 0 < per_programme
    assert at_target <= LIMIT, (f"{name}: {fixed / 1024:.1f} KB + {per_programme:.0f} bytes a programme "
                                f"= {at_target / 1024:.1f} KB gzipped at {TARGET} programmes")
