"""The sample site, built for real: pages, facts, tables, links and the catalogue."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from sitecopy import ROOT, SITE

from studio import load_catalog
from studio.format import Pair
from studio.presentation import equipment_label, first_sessions, goal_label, load_label, sets_reps

pytestmark = pytest.mark.build
CATALOG = load_catalog(SITE)
PROGRAMS = CATALOG.programs


def facts(node) -> dict[str, str]:
    return {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in node.select(".studio-facts > div")}


def expected_facts(program) -> dict[str, str]:
    return {
        "Goal": goal_label(program),
        "Level": program.level.capitalize(),
        "Length": f"{program.weeks} weeks",
        "Sessions": f"{program.sessions_per_week} a week",
        "Session length": f"{program.session_minutes} min",
        "Equipment": equipment_label(program.equipment),
    }


def test_every_yaml_file_has_a_page_and_a_card(built):
    files = sorted(p.stem for p in (SITE / "programs").glob("*.yml"))
    assert len(files) >= 6
    assert sorted(p.slug for p in PROGRAMS) == files
    cards = built.page("programs/").select("#program-list .studio-card")
    assert len(cards) == len(files)
    for slug in files:
        assert (built.site / "programs" / slug / "index.html").is_file()


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.slug)
def test_programme_page_shows_the_card_facts_checklist_and_progression(built, program):
    page = built.page(f"programs/{program.slug}/")
    article = page.select_one("article.md-content__inner")
    assert article.h1.get_text(strip=True).rstrip("¶") == program.title
    assert facts(article.select_one(".studio-glance")) == expected_facts(program)
    assert [li.get_text(strip=True) for li in article.select(".studio-readiness li")] == program.readiness
    assert article.select_one(".studio-progression").get_text(strip=True)
    assert page.title.get_text().startswith(program.title)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.slug)
def test_programme_tables_list_every_prescription(built, program):
    article = built.page(f"programs/{program.slug}/").select_one("article.md-content__inner")
    days = article.select(".studio-day")
    assert len(days) == sum(len(phase.days) for phase in program.phases)
    # A conditioning block's rows hold its work, not sets (tests/build/test_block_outputs.py).
    rows = [row for row in article.select(".studio-day .studio-table tbody:not(.studio-block) tr") if row.td]
    prescribed = [item for _, item in program.exercises()]
    assert len(rows) == len(prescribed)
    plan = CATALOG.plan(program)
    firsts = {p: first_sessions(plan, p) for p in range(len(program.phases))}
    for row, (loc, item) in zip(rows, program.exercises()):
        cells = {td["data-label"]: td.get_text(" ", strip=True) for td in row.find_all("td")}
        # The name comes first; a ladder, alternatives or "optional" may follow it.
        assert row.select_one("td[data-label=Exercise] a").get_text() == CATALOG.exercise(item.exercise).name
        assert cells["Sets × reps"].startswith(sets_reps(item))
        # The load the first week of the phase prescribes, one per set where the sets differ, and its increase.
        planned = firsts[loc[1]].get((loc[3], row.th.get_text(strip=True)))
        targets = [s.load for s in planned.sets] if planned else []
        if not any(targets):
            expected = load_label(item.load) or "—"
        elif len({str(t) for t in targets}) == 1:
            expected = str(targets[0])
        else:
            expected = " / ".join(t.compact for t in targets)
        if planned and planned.increase and any(targets):
            expected += f" {planned.increase}"
        assert cells["Load"] == expected
        group = program.phases[loc[1]].days[loc[3]].exercises[loc[5]]
        rest = item.rest or (group.rest if isinstance(group, Pair) else None)  # a pair rests after each exercise
        assert cells["Rest"] == (str(rest) if rest else "—")
        link = row.find("a")["href"]
        assert link == f"../../exercises/{CATALOG.exercise(item.exercise).slug}/"


def test_supersets_are_grouped_and_labelled(built):
    with_superset = [p for p in PROGRAMS if p.slug == "hypertrophy-upper-lower"][0]
    article = built.page(f"programs/{with_superset.slug}/").select_one("article")
    groups = article.select("tbody.studio-superset")
    assert groups
    for group in groups:
        head = group.select_one(".studio-superset__head").get_text(" ", strip=True)
        labels_ = [th.get_text(strip=True) for th in group.select("th.studio-table__label")]
        letter = labels_[0][0]
        assert labels_ == [f"{letter}{n}" for n in range(1, len(labels_) + 1)]
        assert head.startswith(f"Superset {letter}: do {letter}1")


def test_rotation_is_shown_for_a_b_programme(built):
    article = built.page("programs/dumbbell-full-body-ab/").select_one("article")
    text = article.select_one(".studio-rotation").get_text(" ", strip=True)
    assert "Weeks 1 and 3: Day A" in text and "Weeks 2 and 4: Day B" in text  # programme weeks


def test_catalogue_cards_carry_facts_and_filter_data(built):
    page = built.page("programs/")
    cards = {card.h2.a["href"]: card for card in page.select("#program-list .studio-card")}
    for program in PROGRAMS:
        card = cards[f"{program.slug}/"]
        assert card.h2.get_text(strip=True) == program.title
        assert card.select_one(".studio-card__summary").get_text(strip=True) == program.summary
        # The facts on one line (a thousand cards must stay light), each as the programme page words it.
        line = card.select_one(".studio-card__facts").get_text(strip=True)
        kit = expected_facts(program)["Equipment"]
        assert line == (f"{goal_label(program)} · {program.level.capitalize()} · {program.weeks} weeks · "
                        f"{program.sessions_per_week} sessions a week, {program.session_minutes} min each · "
                        f"Equipment: {kit}")
        assert card["data-goal"].split("|") == program.goal
        assert card["data-level"] == program.level
        assert card["data-sessions"] == str(program.sessions_per_week)
        assert card["data-minutes"] == str(program.session_minutes)
        assert card["data-equipment"].split("|") == (program.equipment or [""])
    form = page.select_one("#program-filter")
    # Built as the scripts leave it, so nothing moves when they run; CSS hides the form without JavaScript.
    assert "studio-js-only" in form["class"] and not form.has_attr("hidden")
    assert not any(card.has_attr("hidden") for card in cards.values())
    count = form.select_one(".studio-filter__count").get_text(strip=True)
    assert count == f"Showing {len(PROGRAMS)} of {len(PROGRAMS)} programmes"


def test_exercise_pages_list_the_programmes_using_them(built):
    for info in CATALOG.library.exercises:
        article = built.page(f"exercises/{info.slug}/").select_one("article")
        listed = sorted(a.get_text(strip=True) for a in article.select(".studio-uses a"))
        assert listed == sorted(p.title for p in CATALOG.programs_using(info))
        assert [li.get_text(strip=True) for li in article.select(".studio-cues li")] == info.cues
    index = built.page("exercises/").select("table.studio-table--index tbody tr")
    assert len(index) == len(CATALOG.library.exercises)


def test_generated_pages_stay_out_of_the_navigation(built):
    nav = built.page("").select_one("nav.md-nav--primary")
    hrefs = [a["href"] for a in nav.find_all("a", href=True)]
    assert not [h for h in hrefs if re.search(r"programs/[^/]+/$|exercises/[^/]+/$", h)]
    assert any(h.endswith("programs/") for h in hrefs) and any(h.endswith("exercises/") for h in hrefs)


def test_every_internal_link_resolves(built):
    broken = []
    for html in built.site.rglob("*.html"):
        page_url = "/" + html.relative_to(built.site).as_posix()
        for link in re.findall(r'href="([^"#?]+)', html.read_text(encoding="utf-8")):
            if urlparse(link).scheme or link.startswith("//"):
                continue
            target = urlparse(urljoin(page_url, link)).path
            path = built.site / target.lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{page_url} -> {link}")
    assert not broken


def test_schemas_are_published(built):
    for name in ("program.schema.json", "exercises.schema.json"):
        assert (built.site / "schemas" / name).read_text() == (ROOT / "schemas" / name).read_text()


def test_nothing_is_written_into_docs(built):
    """The built copy's docs/ holds exactly the repository's files after the build: generated pages live in memory."""
    def tree(docs: Path) -> dict[str, bytes]:
        return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}

    after = tree(built.root / "docs")
    assert after == tree(SITE / "docs")
    assert not any(name.startswith(("programs/", "exercises/")) for name in after)


def test_each_page_loads_only_the_scripts_it_uses(built):
    def scripts(url):
        return [s["src"].rsplit("/", 1)[-1] for s in built.page(url).select("script[src]") if "/assets/" in s["src"]
                and "javascripts/" not in s["src"]]

    assert scripts("") == []
    assert scripts("blog/") == []
    assert scripts("exercises/") == []
    assert scripts("programs/") == ["studio.js", "catalogue.js", "compare.js"]
    assert scripts("programs/compare/") == ["studio.js", "compare.js"]  # and compare_choice.js, inline at the top
    assert scripts("programs/move-well-first/") == ["studio.js", "calendar.js", "offline.js"]
    assert scripts("which-programme/") == ["studio.js", "picker.js"]
    assert scripts("services/sports-massage/") == ["studio.js", "embed.js"]
