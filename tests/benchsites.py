"""Sites for `make bench`: a copy of the studio's site at a chosen size, and its plain-Material floor.

The studio's copy is filled by cycling the sample programmes and articles under new file names, titles and
(for articles) earlier dates, so every copy passes the same checks as the samples. The floor is what
MkDocs + Material cost with nothing of ours: the same theme, palette, features and Markdown extensions,
search on, a nav with the home page only, and as many pages as the studio's built site, each about the
size of an article. Both are plain functions so that a build test can check them at a tiny size.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import yaml
from pymdownx.slugs import slugify

from studio.content import split_front_matter

POSTS = Path("docs/blog/posts")
COPY = "copy-{:04d}"  # generated programmes: programs/copy-0009.yml …
POST = "bench-{:04d}"  # generated articles: docs/blog/posts/bench-0004.md …
_post_slug = slugify(case="lower")  # Material's blog default (post_slugify): what an article's address is made from


def samples(root: Path) -> tuple[list[Path], list[Path]]:
    """The owner's own programmes and articles in a copy: generation cycles through them and never removes them."""
    programs = sorted(p for p in (root / "programs").glob("*.yml") if not p.stem.startswith("copy-"))
    posts = sorted(p for p in (root / POSTS).glob("*.md") if not p.stem.startswith("bench-"))
    return programs, posts


def populate(root: Path, programmes: int, articles: int) -> None:
    """Make a copy hold exactly this many programmes and articles (never fewer than the samples), adding or
    removing generated ones. Generation is deterministic, so growing and shrinking give the same files."""
    programs, posts = samples(root)
    _remove_beyond(root / "programs", "copy-", programmes)
    _remove_beyond(root / POSTS, "bench-", articles)
    scale(root, programmes)
    slugs = [p.stem for p in programs]
    texts = [p.read_text(encoding="utf-8") for p in posts]
    earliest = min(_front(text)["date"]["created"] for text in texts)
    for n in range(len(posts), articles):
        text = article_copy(texts[n % len(texts)], n, earliest - timedelta(days=n), max(programmes, len(slugs)), slugs)
        (root / POSTS / f"{POST.format(n)}.md").write_text(text, encoding="utf-8")


def _remove_beyond(folder: Path, prefix: str, count: int) -> None:
    for path in folder.glob(f"{prefix}*"):
        if int(path.stem.removeprefix(prefix)) >= count:
            path.unlink()


def scale(root: Path, count: int) -> None:
    """Fill programs/ with `count` programmes, cycling through the samples under new slugs and titles.

    (" #7" after a title would be a YAML comment, leaving every copy with its sample's title and share card.)
    """
    programs = samples(root)[0]
    texts = [p.read_text(encoding="utf-8") for p in programs]
    for n in range(len(programs), count):
        text = texts[n % len(texts)]
        text = re.sub(r"^title: (.*)$", lambda m: f'title: "{m.group(1).strip(chr(34))}, copy {n}"', text,
                      count=1, flags=re.M)
        (root / "programs" / f"{COPY.format(n)}.yml").write_text(text, encoding="utf-8")


def related_programme(slug: str, article: int, programmes: int, sample_slugs: list[str]) -> str:
    """The programme an article's related sample becomes: a copy of that same sample, a different one for
    each article, so that each programme page lists about as many articles as in a real site instead of
    every article landing on the samples. Programme n is a copy of sample n % len(sample_slugs)."""
    same_kind = range(sample_slugs.index(slug), programmes, len(sample_slugs))
    number = same_kind[article % len(same_kind)]
    return sample_slugs[number] if number < len(sample_slugs) else COPY.format(number)


def article_copy(text: str, n: int, created: date, programmes: int, sample_slugs: list[str]) -> str:
    """Article number n from a sample's text: its own title (so its own address), a past date, and related
    programmes spread over the copies. Categories, tags, authors and the excerpt marker stay the sample's."""
    front, body, _ = split_front_matter(text)
    meta = yaml.safe_load(front)
    title = f"{meta['title']}, part {n}"
    related = [related_programme(slug, n, programmes, sample_slugs) for slug in meta.get("related", [])]
    fields = {**meta, "title": title, "related": related}
    fields.pop("date")
    # JSON is YAML: quotes and colons in titles stay safe. The date stays a YAML date, as owners write it.
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    lines.insert(2, f"date:\n  created: {created.isoformat()}")
    body = re.sub(r"^# .*$", lambda _: f"# {title}", body, count=1, flags=re.M)
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def _front(text: str) -> dict:
    meta = yaml.safe_load(split_front_matter(text)[0])
    if not isinstance(meta["date"], dict):
        meta["date"] = {"created": meta["date"]}
    return meta


def article_url(text: str) -> str:
    """Where Material's blog publishes an article, from its title (post_url_format "{slug}")."""
    return f"blog/{_post_slug(_front(text)['title'], '-')}/"


def count_pages(site: Path) -> int:
    """Pages of a built site: every index.html (404.html is not a page anyone navigates to)."""
    return sum(1 for _ in site.rglob("index.html"))


# --- The floor ---------------------------------------------------------------------------------------

def floor_config(studio_config: Path) -> dict:
    """Our mkdocs.yml without anything of ours: no hooks, overrides, extra CSS, blog or tags; search on; a
    nav with the home page only. Theme, palette, features, Markdown extensions and validation are kept."""
    ours = yaml.safe_load(studio_config.read_text(encoding="utf-8"))
    theme = {key: value for key, value in ours["theme"].items() if key != "custom_dir"}
    return {
        "site_name": ours["site_name"],
        "site_url": ours.get("site_url"),
        "theme": theme,
        "markdown_extensions": ours.get("markdown_extensions", []),
        "plugins": ["search"],
        "validation": ours.get("validation", {}),
        "nav": [{"Home": "index.md"}],
        "not_in_nav": "/pages/",  # as our generated pages are: built, linked to, not in the nav
    }


def make_floor(target: Path, studio_config: Path, pages: int) -> Path:
    """A plain Material site with `pages` pages (the home page and pages-1 programme-like pages)."""
    docs = target / "docs"
    (docs / "pages").mkdir(parents=True, exist_ok=True)
    (target / "mkdocs.yml").write_text(yaml.safe_dump(floor_config(studio_config), sort_keys=False),
                                       encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nA plain Material site, the floor for the studio's build times.\n",
                                   encoding="utf-8")
    for n in range(1, pages):
        (docs / "pages" / f"page-{n:04d}.md").write_text(floor_page(n), encoding="utf-8")
    return target


LIFTS = ("Back squat", "Romanian deadlift", "Bench press", "Chin-up", "Overhead press", "Split squat",
         "Barbell row", "Hip thrust")


def floor_page(n: int) -> str:
    """About 8 KB of Markdown, like an article: headings, paragraphs, an admonition, a table and a list."""
    intro = (f"# Practice programme {n}\n\nThis page is programme-like filler for the floor measurement: the "
             "same kind of Markdown an article or a programme page holds, so that what MkDocs and Material "
             "spend on it is comparable with the studio's own pages.\n")
    return intro + "".join(_floor_section(n, week) for week in range(1, 6))


def _floor_section(n: int, week: int) -> str:
    table = "\n".join(f"| {LIFTS[(n + week + i) % len(LIFTS)]} | {3 + i % 3} | {5 + (n + i) % 8} | "
                      f"{60 + 30 * (i % 4)} s |" for i in range(6))
    return f"""
## Week {week}: what the sessions ask of you

Warm up for about ten minutes before the first working set of session {n}: a few minutes of easy cycling or
rowing, then two or three lighter sets of the first lift, adding weight each time until the last one feels
brisk but easy. The working sets should end with one to three good repetitions left in reserve.

Rest long enough between sets to repeat the same quality of work. On the big lifts that is two to three
minutes; on the smaller exercises at the end of the session, a minute to ninety seconds is enough. Write
down the weight and the repetitions of every set, so that next week's numbers are a decision, not a guess.

!!! note "When a week goes badly"
    Sleep, stress and illness all show up in the bar. If the first working set of a lift feels far harder
    than last week, take five to ten per cent off and finish the session with good repetitions.

| Exercise | Sets | Reps | Rest |
|---|---|---|---|
{table}

Checklist for week {week}:

- Every working set ends with one to three repetitions in reserve.
- The heaviest set of each lift is recorded with its date.
- Technique stays the same on the last repetition as on the first.
- A lighter week follows every fourth to sixth week of hard training.
"""
