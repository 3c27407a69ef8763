"""The Markdown a blog view needs to show a post's excerpt: what comes before the separator.

Material's blog plugin renders a post's whole Markdown once for every view that lists it (the blog
index, its archive month and each category) and then keeps the part before the separator. With 150
articles that is 450 full renders, a third of the build. Rendering the head alone gives the same excerpt,
as long as the definitions the head may use (footnotes, abbreviations, link references) come along:
Markdown resolves them wherever they are written. What follows the separator only has to be non-empty,
because the theme shows "Continue reading" when it is.
"""

from __future__ import annotations

import re

from studio.content.fences import Fences

# `[^note]: …`, `*[HTML]: …` and `[label]: https://…`, indented at most three spaces.
_DEFINITION = re.compile(r"^ {0,3}(\[\^[^\]]+\]|\*\[[^\]]+\]|\[[^\]^][^\]]*\]):")
_CONTINUATION = re.compile(r"^(\t| {4})")
REST = "<p>…</p>"  # stands for the rest of the post: the theme only asks whether there is one


def excerpt_markdown(markdown: str, separator: str) -> str:
    """The post's Markdown up to and including `separator`, then its definitions; unchanged without one."""
    head, found, tail = markdown.partition(separator)
    if not found or not tail.strip():
        return markdown
    return f"{head}{separator}\n\n{REST}\n\n" + "\n".join(definitions(tail))


def definitions(text: str) -> list[str]:
    """The footnote, abbreviation and link definitions in `text`, with their indented continuation lines."""
    kept: list[str] = []
    keeping = False  # inside a definition: indented and blank lines belong to it
    fences = Fences()
    for line in text.splitlines():
        # A definition-like line inside a code block is code; inside a definition, a fence is its text.
        if (fences.open is not None or not keeping) and fences.is_code(line):
            continue
        if _DEFINITION.match(line):
            keeping = True
        elif keeping and line.strip() and not _CONTINUATION.match(line):
            keeping = False
        if keeping:
            kept.append(line)
    return kept
