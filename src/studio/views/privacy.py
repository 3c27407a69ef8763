"""The privacy page (/privacy/): what the site keeps on the reader's device, what it sends and to whom, and how to
change one's mind, written from the settings so it always says what this build does."""

from __future__ import annotations

from jinja2 import Environment

from studio.content import resolve_call
from studio.site import Site


def privacy_body(site: Site, env: Environment, video_hosts: list[str]) -> str:
    """The page's Markdown; `video_hosts`: where the exercise videos play from ('YouTube', 'Vimeo')."""
    booking_hosts = sorted({shown.embed_host for call in site.calls.calls_to_action
                            if (shown := resolve_call(call, site.today, "")) is not None and shown.embed})
    return env.get_template("privacy.md.j2").render(
        studio=site.studio, mailing_list=site.studio.mailing_list, analytics=site.measuring.analytics,
        consent=site.measuring.consent, booking_hosts=booking_hosts, video_hosts=sorted(set(video_hosts)))
