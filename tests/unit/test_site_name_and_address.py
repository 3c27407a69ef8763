"""mkdocs.yml's site_name and site_url, which Material prints unescaped: refused with their line when HTML would
read them as markup."""

from __future__ import annotations

import pytest

from studio.site import check_site


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_name: x\nsite_url: x\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["Kestrel Strength Studio", "Smith & Jones Strength", "O'Neill's Gym", "Stüdio 9"])
@pytest.mark.parametrize("url", [None, "https://kestrel.example/", "http://localhost:8000/", "https://a.example/sub/",
                                 "https://a.example/~me/site_1/"])
def test_plain_names_and_full_addresses_pass(config, name, url):
    assert check_site(name, url, config) == []


@pytest.mark.parametrize("name, char", [("Kestrel <b>Studio</b>", "<"), ('Kestrel "Studio', '"'), ("A > B", ">"),
                                        ("Kestrel `x`", "`"), ("Back\\slash", "\\")])
def test_a_name_with_markup_characters_is_refused(config, name, char):
    assert [str(p) for p in check_site(name, None, config)] == [
        f"mkdocs.yml:1: site_name: '{name}' has {char}, which the theme would print as part of the page's code; "
        "write the name as plain text, without < > \" ` or \\"]


@pytest.mark.parametrize("url", ['https://a.example/"onload="x', "javascript:alert(1)", "https://a.example/ x",
                                 "https://a.example/<b>", "https://a.example\\@b.example/", "ftp://a.example/",
                                 "https://a.example/'x"])
def test_an_address_that_is_not_a_plain_web_address_is_refused(config, url):
    assert [str(p) for p in check_site("Kestrel", url, config)] == [
        f"mkdocs.yml:2: site_url: '{url}' is not the site's full address; write it like https://www.example.com/, with "
        "no spaces, quotes, < > or backslashes"]
