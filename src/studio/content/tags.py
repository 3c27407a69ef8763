"""The tags articles may use, listed once in data/tags.yml, so related articles share one spelling."""

from __future__ import annotations

from pydantic import Field

from studio.common import Problem, did_you_mean
from studio.format import Document, StrictModel, Text

TAGS_FILE = "data/tags.yml"


class TagsFile(StrictModel):
    """data/tags.yml: every tag an article may carry, as it is shown."""

    tags: list[Text] = Field(min_length=1, description="Each tag once, written as readers see it, e.g. rest periods.")


def check_tags_file(tags: TagsFile, doc: Document) -> list[Problem]:
    problems, seen = [], {}
    for i, tag in enumerate(tags.tags or ()):  # None when the list itself failed its schema
        key = tag.casefold()
        if key in seen:
            problems.append(Problem(TAGS_FILE, doc.line_of(("tags", i)), f"tags[{i}]",
                                    f"'{tag}' is already listed as tags[{seen[key]}]; list each tag once"))
        seen.setdefault(key, i)
    return problems


def unknown_tag(tag: str, allowed: list[str]) -> str:
    return f"'{tag}' is not an allowed tag; {did_you_mean(tag, allowed)}use one listed in {TAGS_FILE}, or add it there"
