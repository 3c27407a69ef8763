"""schema.org JSON-LD for search engines: the studio and its offers, articles, programmes."""

from __future__ import annotations

from datetime import date

from studio.content import PageMeta
from studio.format import Program
from studio.plan import program_spans
from studio.presentation import goal_label
from studio.site import Site, Studio

CONTEXT = "https://schema.org"


def business(studio: Studio, site_url: str) -> dict:
    found = {
        "@context": CONTEXT,
        "@type": "HealthClub",
        "@id": site_url + "#studio",
        "name": studio.name,
        "url": site_url,
        "email": studio.email,
        "address": {"@type": "PostalAddress", "streetAddress": studio.address, "addressLocality": studio.city,
                    "addressCountry": "GB"},
    }
    if studio.phone:
        found["telephone"] = studio.phone
    return found


def service(studio: Studio, site_url: str, meta: PageMeta, url: str) -> dict:
    """A service page: the studio, offering the service at each of the page's prices."""
    found = business(studio, site_url)
    found["makesOffer"] = [
        {
            "@type": "Offer",
            "name": offer.name,
            "price": f"{offer.price:.2f}",
            "priceCurrency": "GBP",
            "url": url,
            "itemOffered": {"@type": "Service", "name": meta.service or meta.title, "description": meta.description},
            **({"description": offer.description} if offer.description else {}),
        }
        for offer in meta.offers
    ]
    return found


def blog_posting(meta: PageMeta, url: str, published: date, updated: date, authors: list[str],
                 studio: Studio, site_url: str) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "BlogPosting",
        "headline": meta.title,
        "description": meta.description,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": published.isoformat(),
        "dateModified": updated.isoformat(),
        "author": [{"@type": "Person", "name": name} for name in authors],
        "publisher": {"@type": "Organization", "name": studio.name, "url": site_url},
    }


def exercise_plan(program: Program, url: str, studio: Studio, site_url: str) -> dict:
    """schema.org's ExercisePlan, each property for what schema.org defines it as (workload is energy, so absent)."""
    spans = program_spans(program)
    found = {
        "@context": CONTEXT,
        "@type": "ExercisePlan",
        "name": program.title,
        "description": program.summary,
        "url": url,
        "exerciseType": goal_label(program),
        "activityFrequency": {"@type": "QuantitativeValue", "value": program.sessions_per_week,
                              "unitText": "sessions per week"},
        "activityDuration": f"PT{program.session_minutes}M",
        "timeRequired": f"P{program.weeks}W",
        "audience": {"@type": "PeopleAudience", "audienceType": f"{program.level.capitalize()} lifters"},
        "provider": {"@type": "HealthClub", "name": studio.name, "url": site_url},
    }
    if spans.reps:
        found["repetitions"] = {"@type": "QuantitativeValue", "minValue": spans.reps[0], "maxValue": spans.reps[1],
                                "unitText": "repetitions per set"}
    if spans.rest:
        # UN/CEFACT code SEC: seconds.
        found["restPeriods"] = {"@type": "QuantitativeValue", "minValue": spans.rest[0], "maxValue": spans.rest[1],
                                "unitCode": "SEC", "unitText": "seconds between sets"}
    if spans.loads:
        found["intensity"] = "; ".join(spans.loads)
    return found


def page_jsonld(site: Site, src: str, url: str, authors: list[str], image: str | None = None) -> dict | None:
    """The structured data for one page, or None for pages that describe nothing in particular.

    `image` is the page's share card (absolute), given to the types that describe the page itself.
    """
    found = _page_jsonld(site, src, url, authors)
    if found is not None and image and found["@type"] in ("BlogPosting", "ExercisePlan"):
        found["image"] = image
    return found


def _page_jsonld(site: Site, src: str, url: str, authors: list[str]) -> dict | None:
    base = site.site_url
    if src == "index.md":
        return business(site.studio, base)
    if src.startswith("programs/") and (program := site.catalog.program(src.removeprefix("programs/").removesuffix(".md"))):
        return exercise_plan(program, url, site.studio, base)
    page = site.pages.get(src)
    if page is None:
        return None
    if page.meta.offers:
        return service(site.studio, base, page.meta, url)
    if page.is_article:
        published, updated = page.dates
        if published:
            return blog_posting(page.meta, url, published, updated, authors, site.studio, base)
    return None
