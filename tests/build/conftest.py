import pytest

from sitecopy import copy_site


@pytest.fixture
def site_copy(tmp_path):
    """A copy of the test site to change and build, its download cache warm from the shared build."""
    return copy_site(tmp_path)


@pytest.fixture
def cold_site_copy(tmp_path):
    """A copy of the test site with an empty download cache, for tests of what a cold build makes."""
    return copy_site(tmp_path, warm=False)
