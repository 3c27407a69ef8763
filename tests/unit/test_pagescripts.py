"""Which scripts a page loads, read from its HTML."""

from studio.render import page_scripts


def test_a_page_without_widgets_loads_no_script():
    assert page_scripts("<p>id=&quot;program-filter&quot; in prose is not a widget</p>") == []


def test_widgets_bring_their_scripts_after_the_helper():
    html = '<form class="studio-calendar" data-program="x.json"></form><div class="studio-embed studio-js-only">'
    assert page_scripts(html) == ["assets/studio.js", "assets/calendar.js", "assets/embed.js"]
    assert page_scripts('<div class="studio-cards" id="program-list">') == ["assets/studio.js", "assets/compare.js"]
    assert page_scripts('<div class="studio-compare-page studio-js-only" id="compare-page">') == [
        "assets/studio.js", "assets/compare.js"]
