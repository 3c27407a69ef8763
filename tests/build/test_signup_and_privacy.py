"""The sign-up form, the privacy page and consent-first measurement in a real build of a copy of the test site."""

from leads import BUTTONDOWN, CONSENT, turn_on
from sitecopy import run_build


def test_the_presale_call_before_opening_is_a_plain_signup_form_with_a_consent_line(site_copy):
    build = run_build(turn_on(site_copy))
    assert build.returncode == 0, build.output
    page = build.page("programs/move-well-first/")
    cta = page.select_one('.studio-cta[data-cta="coaching-presale"]')
    form = cta.select_one("form.studio-signup")
    assert form["action"] == BUTTONDOWN and form["method"] == "post"
    email = form.select_one("input[type=email]")
    assert email["name"] == "email" and email.has_attr("required") and email["autocomplete"] == "email"
    assert form.select_one(f'label[for="{email["id"]}"]').get_text() == "Your email address"
    assert [(i["name"], i["value"]) for i in form.select("input[type=hidden]")] == [("embed", "1")]
    assert form.select_one("button[type=submit]").get_text() == "Tell me when it opens"
    consent = form.select_one(".studio-signup__consent")
    assert consent.get_text(" ", strip=True) == (
        "By signing up you agree to get emails from Kestrel Strength Studio about this. Your address goes to "
        "Buttondown, which sends the emails for us; every email has a link to unsubscribe. How we handle your "
        "data .")
    assert consent.a["href"] == "../../privacy/"
    assert email["aria-describedby"] == consent["id"]
    assert cta.select("a.md-button") == []  # the form in place of the pre-sale link
    assert page.select("script[src*='buttondown']") == [] and "buttondown" not in str(page.head)
    # Without analytics nothing loads the events script, and the footer links the privacy page.
    assert "measure.js" not in str(page)
    assert page.select_one(".studio-contact a[href='../../privacy/']").get_text() == "Privacy"
    assert page.select_one("a[href='#__consent']") is None


def test_the_privacy_page_says_what_is_kept_and_sent_from_the_settings(site_copy):
    build = run_build(turn_on(site_copy, analytics={"provider": "plausible", "domain": "kestrel-strength.example"},
                              consent=CONSENT))
    assert build.returncode == 0, build.output
    page = build.page("privacy/")
    text = page.select_one("article").get_text(" ", strip=True)
    assert "studio-training:" in text and "studio-calculator:" in text
    assert ("When you sign up for emails , the form sends your email address to Buttondown (buttondown.com), "
            "which keeps our mailing list") in text
    assert "Only if you agree to it , Plausible (plausible.io) counts visits and a few actions" in text
    assert "Plausible sets no cookies and keeps no personal data" in text
    assert "When you ask for the booking form in a page , it loads from kestrel-strength.example" in text
    assert "Nothing is measured" not in text
    assert [li.get_text(" ", strip=True) for li in page.select("#changing-your-mind + ul > li")] == [
        "Change your cookie choice at any time; the site asks again and forgets the old answer.",
        "To stop the emails, use the unsubscribe link in any of them, or write to hello@kestrel-strength.example "
        "and we will remove your address.",
        "To remove what the site keeps on your device, use the training view's tools or clear this site's data in "
        "your browser."]
    assert page.select_one("article a[href='#__consent']").get_text() == "Change your cookie choice"
    assert page.select_one(".studio-contact a[href='#__consent']").get_text() == "Cookie settings"
    # Material's consent dialog names Plausible; its analytics partial is ours, and waits for consent.
    assert [label.get_text(strip=True) for label in page.select("#__consent label.task-list-control")] == ["Plausible"]
    head = str(page.head)
    assert 'function __md_analytics(){' in head and '"https://plausible.io/js/script.js"' in head
    assert 'consent&&consent.analytics&&__md_analytics()' in head
    assert 'if(c&&c.analytics){var s=document.createElement("script");s.src="../assets/measure.js"' in head
    assert page.select("script[src*='plausible']") == []
    assert (build.site / "assets" / "measure.js").is_file()


def test_without_analytics_the_privacy_page_says_nothing_is_measured(built):
    page = built.page("privacy/")
    text = page.select_one("article").get_text(" ", strip=True)
    assert "Nothing is measured. The site counts no visits and sends nothing about what you do here." in text
    assert "sign up" not in text and "cookie choice" not in text
    assert page.select_one("#__consent") is None
    assert page.select_one(".studio-cta") is None  # no place to sell
    assert [li.get_text(" ", strip=True) for li in page.select("#changing-your-mind + ul > li")] == [
        "To remove what the site keeps on your device, use the training view's tools or clear this site's data in "
        "your browser."]


def test_a_bad_mailing_list_setting_stops_the_build_with_its_line(site_copy):
    turn_on(site_copy, address="http://buttondown.com/api/emails/embed-subscribe/kestrel")
    lines = (site_copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "address: http://" in text)
    build = run_build(site_copy)
    assert build.returncode == 1 and "Traceback" not in build.output
    assert (f"mkdocs.yml:{line}: extra.studio.mailing_list.address: 'http://buttondown.com/api/emails/"
            "embed-subscribe/kestrel' is not an https address, so readers' emails would travel unencrypted; write "
            "the https:// address Buttondown's embed form posts to, like "
            "https://buttondown.com/api/emails/embed-subscribe/<username>") in build.output


def test_analytics_without_consent_stops_the_build(site_copy):
    turn_on(site_copy, analytics={"provider": "plausible", "domain": "kestrel-strength.example"})
    lines = (site_copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("  analytics:"))
    build = run_build(site_copy)
    assert build.returncode == 1
    assert (f"mkdocs.yml:{line}: extra.analytics: analytics would start before the reader agrees; add extra.consent "
            "with a title: and a description: (the owner's guide shows one), so it loads only after they accept"
            ) in build.output


def test_a_signup_form_without_a_mailing_list_is_refused_at_its_line(site_copy):
    calls = site_copy / "data" / "calls-to-action.yml"
    text = calls.read_text(encoding="utf-8").replace("      button: Join the pre-sale list\n",
                                                      "      button: Join the pre-sale list\n      signup: true\n")
    calls.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "signup: true" in row)
    build = run_build(site_copy)
    assert build.returncode == 1
    assert (f"data/calls-to-action.yml:{line}: calls_to_action[2].before_opening.signup: a sign-up form needs the "
            "mailing list it sends to, set once in mkdocs.yml: add extra.studio.mailing_list with provider:, address: "
            "and list: (the owner's guide shows each provider's), or remove signup:") in build.output
