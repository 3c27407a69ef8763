import pytest

from sitecopy import BUILD_DATE, copy_site, run_build


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The sample site, built once for all build tests."""
    root = copy_site(tmp_path_factory.mktemp("site"))
    build = run_build(root, build_date=BUILD_DATE)
    assert build.returncode == 0, build.output
    return build


@pytest.fixture
def site_copy(tmp_path):
    return copy_site(tmp_path)
