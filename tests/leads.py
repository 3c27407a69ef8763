"""A copy of the test site with the sign-up form and consent-first measurement turned on, for the build and browser
tests of both. The shared test site keeps them off, so no other test's pages change."""

from __future__ import annotations

from pathlib import Path

from studio.project import dump_config, load_config

BUTTONDOWN = "https://buttondown.com/api/emails/embed-subscribe/kestrel"
CONSENT = {"title": "Cookies and measurement",
           "description": "With your agreement we count visits and a few actions with Plausible, which sets no "
                          "cookies, to see which articles and programmes help. Nothing is measured until you "
                          "accept.",
           "actions": ["accept", "reject", "manage"]}


def turn_on(root: Path, *, address: str = BUTTONDOWN, provider: str = "buttondown", list_id: str = "kestrel",
            analytics: dict | None = None, consent: dict | None = None) -> Path:
    """`root`'s mkdocs.yml with a mailing list (and analytics and consent, when given), and the pre-sale call to
    action's before-opening wording as a sign-up form ("tell me when it opens")."""
    config_file = root / "mkdocs.yml"
    config = load_config(config_file.read_text(encoding="utf-8"))
    config["extra"]["studio"]["mailing_list"] = {"provider": provider, "address": address, "list": list_id}
    if analytics is not None:
        config["extra"]["analytics"] = analytics
    if consent is not None:
        config["extra"]["consent"] = consent
    config_file.write_text(dump_config(config), encoding="utf-8")
    calls = root / "data" / "calls-to-action.yml"
    text = calls.read_text(encoding="utf-8")
    old = "      button: Join the pre-sale list\n"
    assert old in text
    calls.write_text(text.replace(old, "      button: Tell me when it opens\n      signup: true\n"), encoding="utf-8")
    return root
