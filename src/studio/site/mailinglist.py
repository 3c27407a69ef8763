"""The owner's mailing list (`extra.studio.mailing_list` in mkdocs.yml): which provider, its form address, the list.

A call to action with `signup: true` shows a plain HTML form that posts straight to the provider, with no script
of theirs: each provider's own form takes the reader's email under its own field name and knows the list from its
address. The field names are those of the providers' documented embed forms (the owner's guide lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from studio.common import word_list
from studio.format import quote


@dataclass(frozen=True)
class Provider:
    name: str  # as a reader knows it
    email: str  # the form field that carries the reader's email
    hidden: tuple[tuple[str, str], ...]  # fields the provider's own form sends with it
    example: str  # the form address, as the provider's embed code has it
    list_is: str  # what the provider calls the list id, and where it is in the address


PROVIDERS = {
    "buttondown": Provider("Buttondown", "email", (("embed", "1"),),
                           "https://buttondown.com/api/emails/embed-subscribe/<username>",
                           "your newsletter's username, the last part of the form address"),
    "mailchimp": Provider("Mailchimp", "EMAIL", (),
                          "https://<account>.<server>.list-manage.com/subscribe/post?u=<user id>&id=<audience id>",
                          "the audience id, the id= part of the form address"),
    "kit": Provider("Kit", "email_address", (),
                    "https://app.kit.com/forms/<form id>/subscriptions",
                    "the form id, the number in the form address"),
}

# A form on this computer may be plain http (a provider stood in for while trying the site out); anywhere else,
# the reader's email only ever travels encrypted.
_LOCAL = ("localhost", "127.0.0.1", "::1")


def is_secure(address: str) -> bool:
    parts = urlsplit(address)
    return parts.scheme == "https" or (parts.scheme == "http" and (parts.hostname or "") in _LOCAL)


def _names_list(provider: str, address: str, list_id: str) -> bool:
    parts = urlsplit(address)
    if provider == "mailchimp":
        return list_id in parse_qs(parts.query).get("id", [])
    return list_id in parts.path.split("/")


class MailingList(BaseModel):
    """Where a sign-up form sends the reader's email."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    provider: str = Field(description="buttondown, mailchimp or kit.")
    address: str = Field(description="The https address the provider's embed form posts to.")
    list: str = Field(description="The list's id at the provider.")

    @model_validator(mode="before")
    @classmethod
    def _present(cls, value: Any) -> Any:
        """A missing setting, said with what to write (pydantic's own would only say 'Field required')."""
        if not isinstance(value, dict):
            return value
        known = PROVIDERS.get(value.get("provider"))  # type: ignore[arg-type]
        if value.get("provider") is None:
            raise ValueError(f"the provider is missing; add provider: with one of {word_list(list(PROVIDERS), 'or')}")
        if known and _blank(value.get("address")):
            raise ValueError(f"the form address is missing; add address: with the address {known.name}'s embed "
                             f"form posts to, like {known.example}")
        if known and _blank(value.get("list")):
            raise ValueError(f"the list id is missing; add list: with {known.list_is}")
        return value

    @field_validator("provider", mode="before")
    @classmethod
    def _provider(cls, value: Any) -> Any:
        if value not in PROVIDERS:
            raise ValueError(f"{quote(value)} is not a provider the site knows; write "
                             f"{word_list(list(PROVIDERS), 'or')} (the owner's guide says what each needs)")
        return value

    @field_validator("address")
    @classmethod
    def _address(cls, address: str, info: ValidationInfo) -> str:
        known = PROVIDERS[info.data["provider"]] if "provider" in info.data else None
        form = f"{known.name}'s embed form" if known else "the provider's embed form"
        like = f", like {known.example}" if known else ""
        if any(c in address for c in " \"'<>\\`") or not urlsplit(address).hostname:
            raise ValueError(f"{quote(address)} is not a web address; write the address {form} posts to{like}")
        if not is_secure(address):
            raise ValueError(f"{quote(address)} is not an https address, so readers' emails would travel "
                             f"unencrypted; write the https:// address {form} posts to{like}")
        return address

    @field_validator("list", mode="before")
    @classmethod
    def _list(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # Kit's form ids are numbers
        if not isinstance(value, str) or "provider" not in info.data or "address" not in info.data:
            return value
        known = PROVIDERS[info.data["provider"]]
        if not _names_list(info.data["provider"], info.data["address"], value.strip()):
            raise ValueError(f"the form address does not name list {quote(value.strip())}; {known.name}'s form "
                             f"address looks like {known.example}, and list: is {known.list_is}")
        return value

    @property
    def known(self) -> Provider:
        return PROVIDERS[self.provider]

    @property
    def host(self) -> str:
        return urlsplit(self.address).hostname or ""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
