"""The mailing list, analytics and consent settings in mkdocs.yml: each mistake with its line and what to write,
and the sign-up form of a call to action."""

from __future__ import annotations

import pytest
import yaml

from studio import ContentError
from studio.content import CallToAction, resolve_call
from studio.site import load_measuring, load_studio

HEAD = """site_name: Kestrel
extra:
  studio:
    name: Kestrel
    city: Leeds
    email: hello@kestrel.example
    booking:
      personal_training: https://a.example/pt
      sports_massage: https://a.example/m
      presale: https://a.example/p
"""


def settings(tmp_path, text: str):
    """mkdocs.yml with HEAD and `text` after it; returns (extra, path)."""
    config = tmp_path / "mkdocs.yml"
    config.write_text(HEAD + text, encoding="utf-8")
    return yaml.safe_load(config.read_text(encoding="utf-8"))["extra"], config


def problems(call) -> list[str]:
    with pytest.raises(ContentError) as error:
        call()
    return [str(p) for p in error.value.problems]


LIST = "    mailing_list:\n"
BUTTONDOWN = "https://buttondown.com/api/emails/embed-subscribe/kestrel"


@pytest.mark.parametrize(("text", "provider", "email", "hidden"), [
    (f"      provider: buttondown\n      address: {BUTTONDOWN}\n      list: kestrel\n", "Buttondown", "email",
     (("embed", "1"),)),
    ("      provider: mailchimp\n      address: https://kestrel.us21.list-manage.com/subscribe/post?u=4ee9&id=e0eb\n"
     "      list: e0eb\n", "Mailchimp", "EMAIL", ()),
    ("      provider: kit\n      address: https://app.kit.com/forms/9983525/subscriptions\n      list: 9983525\n",
     "Kit", "email_address", ()),
    # A provider stood in for on this computer may be plain http.
    ("      provider: buttondown\n      address: http://127.0.0.1:8123/api/emails/embed-subscribe/kestrel\n"
     "      list: kestrel\n", "Buttondown", "email", (("embed", "1"),)),
])
def test_each_provider_s_form_fields(tmp_path, text, provider, email, hidden):
    mailing_list = load_studio(*settings(tmp_path, LIST + text)).mailing_list
    assert (mailing_list.known.name, mailing_list.known.email, mailing_list.known.hidden) == (provider, email, hidden)


@pytest.mark.parametrize(("text", "expected"), [
    ("      provider: buttondown\n      address: http://buttondown.com/api/emails/embed-subscribe/kestrel\n"
     "      list: kestrel\n",
     "mkdocs.yml:13: extra.studio.mailing_list.address: 'http://buttondown.com/api/emails/embed-subscribe/kestrel' "
     "is not an https address, so readers' emails would travel unencrypted; write the https:// address Buttondown's "
     "embed form posts to, like https://buttondown.com/api/emails/embed-subscribe/<username>"),
    (f"      provider: buttondown\n      address: {BUTTONDOWN}\n",
     "mkdocs.yml:11: extra.studio.mailing_list: the list id is missing; add list: with your newsletter's username, "
     "the last part of the form address"),
    ("      provider: kit\n      address: https://app.kit.com/forms/9983525/subscriptions\n      list: ''\n",
     "mkdocs.yml:11: extra.studio.mailing_list: the list id is missing; add list: with the form id, the number in "
     "the form address"),
    ("      provider: sendy\n      address: https://sendy.example/subscribe\n      list: abc\n",
     "mkdocs.yml:12: extra.studio.mailing_list.provider: 'sendy' is not a provider the site knows; write "
     "buttondown, mailchimp or kit (the owner's guide says what each needs)"),
    ("      address: https://sendy.example/subscribe\n      list: abc\n",
     "mkdocs.yml:11: extra.studio.mailing_list: the provider is missing; add provider: with one of buttondown, "
     "mailchimp or kit"),
    ("      provider: mailchimp\n      list: e0eb\n",
     "mkdocs.yml:11: extra.studio.mailing_list: the form address is missing; add address: with the address "
     "Mailchimp's embed form posts to, like "
     "https://<account>.<server>.list-manage.com/subscribe/post?u=<user id>&id=<audience id>"),
    ("      provider: mailchimp\n      address: https://kestrel.us21.list-manage.com/subscribe/post?u=4ee9&id=e0eb\n"
     "      list: e0ec\n",
     "mkdocs.yml:14: extra.studio.mailing_list.list: the form address does not name list 'e0ec'; Mailchimp's form "
     "address looks like https://<account>.<server>.list-manage.com/subscribe/post?u=<user id>&id=<audience id>, "
     "and list: is the audience id, the id= part of the form address"),
    ("      provider: kit\n      address: https://app.kit.com/forms/9983525\"><script>/subscriptions\n"
     "      list: 9983525\n",
     "mkdocs.yml:13: extra.studio.mailing_list.address: 'https://app.kit.com/forms/9983525\"><script>/subscriptions' "
     "is not a web address; write the address Kit's embed form posts to, like "
     "https://app.kit.com/forms/<form id>/subscriptions"),
    ("      provider: kit\n      address: javascript:alert(1)\n      list: '1'\n",
     "mkdocs.yml:13: extra.studio.mailing_list.address: 'javascript:alert(1)' is not a web address; write the "
     "address Kit's embed form posts to, like https://app.kit.com/forms/<form id>/subscriptions"),
    (f"      provider: buttondown\n      address: {BUTTONDOWN}\n      list: kestrel\n      tag: presale\n",
     "mkdocs.yml:15: extra.studio.mailing_list.tag: unknown field 'tag'; allowed here: provider, address, list"),
])
def test_a_wrong_or_missing_mailing_list_setting_is_a_line_of_mkdocs_yml(tmp_path, text, expected):
    assert problems(lambda: load_studio(*settings(tmp_path, LIST + text))) == [expected]


CONSENT = "  consent:\n    title: Cookies\n    description: We count visits only if you agree.\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("  analytics:\n    provider: plausible\n    domain: kestrel.example\n",
     "mkdocs.yml:11: extra.analytics: analytics would start before the reader agrees; add extra.consent with a "
     "title: and a description: (the owner's guide shows one), so it loads only after they accept"),
    ("  analytics:\n    provider: matomo\n" + CONSENT,
     "mkdocs.yml:12: extra.analytics.provider: 'matomo' is not a provider; use plausible or google"),
    ("  analytics:\n    provider: plausible\n" + CONSENT,
     "mkdocs.yml:11: extra.analytics: Plausible needs the site's domain as you added it there; add domain:, e.g. "
     "domain: kestrel-strength.example"),
    ("  analytics:\n    provider: plausible\n    domain: kestrel.example\n    src: http://plausible.example/js/s.js\n"
     + CONSENT,
     "mkdocs.yml:14: extra.analytics.src: 'http://plausible.example/js/s.js' is not an https address; write the "
     "address of Plausible's script, like https://plausible.io/js/script.js"),
    ("  analytics:\n    provider: google\n" + CONSENT,
     "mkdocs.yml:11: extra.analytics: Google Analytics needs its measurement id; add property:, e.g. property: "
     "G-XXXXXXXXXX"),
    ("  consent:\n    title: Cookies\n",
     "mkdocs.yml:11: extra.consent.description: required field 'description' is missing; add it, e.g. "
     "description: | followed by indented paragraphs"),
    ("  consent:\n    title: Cookies\n    description: Fine.\n    actions: [accept, ignore]\n",
     "mkdocs.yml:14: extra.consent.actions: 'ignore' is not a button of the dialog; use accept, reject or manage, "
     "e.g. actions: [accept, reject, manage]"),
    ("  consent:\n    title: Cookies<script>alert(1)</script>\n    description: Fine.\n",
     "mkdocs.yml:12: extra.consent.title: 'Cookies<script>alert(1)</script>' has < > or `, which the theme would "
     "print as part of the page's code; write plain text"),
])
def test_wrong_analytics_and_consent_settings_are_lines_of_mkdocs_yml(tmp_path, text, expected):
    extra, config = settings(tmp_path, text)
    assert problems(lambda: load_measuring(extra, config)) == [expected]


def test_measuring_is_off_unless_configured_and_analytics_comes_with_consent(tmp_path):
    off = load_measuring(*settings(tmp_path, ""))
    assert (off.analytics, off.consent) == (None, None)
    on = load_measuring(*settings(tmp_path, "  analytics:\n    provider: plausible\n    domain: kestrel.example\n"
                                            + CONSENT))
    assert (on.analytics.name, on.analytics.host, on.consent.title) == ("Plausible", "plausible.io", "Cookies")
    google = load_measuring(*settings(tmp_path, "  analytics:\n    provider: google\n    property: G-ABC123\n"
                                                + CONSENT))
    assert (google.analytics.name, google.analytics.host) == ("Google Analytics", "www.googletagmanager.com")


WORDING = {"heading": "Online coaching opens on {opens}", "text": "Hear first.", "button": "Tell me when it opens"}


def test_a_call_to_action_shows_a_signup_form_before_it_opens_and_its_link_after():
    from datetime import date

    call = CallToAction.model_validate({
        "id": "presale", "heading": "Coaching is open", "text": "Enrol now.", "button": "Enrol", "booking": "presale",
        "opens": "2027-01-11", "before_opening": {**WORDING, "signup": True}})
    before = resolve_call(call, date(2026, 11, 22), "https://a.example/p")
    assert (before.signup, before.url, before.button, before.heading) == (
        True, "", "Tell me when it opens", "Online coaching opens on 11 January")
    after = resolve_call(call, date(2027, 1, 11), "https://a.example/p")
    assert (after.signup, after.url) == (False, "https://a.example/p")


@pytest.mark.parametrize(("extra", "expected"), [
    ({"booking": "presale"}, "signup: true shows a sign-up form in place of a link; remove booking:, or signup: to "
                             "link instead"),
    ({"url": "https://a.example/x"}, "signup: true shows a sign-up form in place of a link; remove url:, or signup: "
                                     "to link instead"),
    ({"embed": "https://a.example/embed"}, "signup: true shows a sign-up form in place of a link; remove embed:, or "
                                           "signup: to link instead"),
])
def test_a_signup_call_has_no_link(extra, expected):
    with pytest.raises(ValueError, match="signup") as error:
        CallToAction.model_validate({"id": "list", **WORDING, "signup": True, **extra})
    assert expected in str(error.value)
