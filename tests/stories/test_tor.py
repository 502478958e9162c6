"""Tor: the pages tell a worried submitter how to use Tor Browser; an onion address is announced."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from storyshare.settings import onion_url

pytestmark = pytest.mark.django_db

ONION = "http://storyshare2ciyvgkdiwa3ijlkc7jpcsdlx5jzlyuwynjhw3qhn63jquyd.onion"


@pytest.mark.parametrize("url", ["/share/", "/about/"])
def test_the_share_and_about_pages_explain_tor_browser(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    assert "Tor Browser" in html
    assert "Safest" in html


def test_no_onion_location_header_without_an_onion_address(client: Client) -> None:
    assert "Onion-Location" not in client.get("/about/")


def test_an_onion_address_is_announced_on_every_page_and_named_on_share(
    client: Client, settings: Any
) -> None:
    settings.STORYSHARE_ONION_URL = ONION
    response = client.get("/about/?q=private+words")
    assert response["Onion-Location"] == f"{ONION}/about/"
    assert client.get("/share/")["Onion-Location"] == f"{ONION}/share/"
    assert ONION in client.get("/share/").content.decode()


@pytest.mark.parametrize(
    ("configured", "expected"),
    [
        ("", ""),
        (f"{ONION}/", ONION),
        (ONION.replace("http:", "https:"), ONION.replace("http:", "https:")),
    ],
)
def test_the_onion_setting_keeps_only_the_origin(configured: str, expected: str) -> None:
    assert onion_url(configured) == expected


@pytest.mark.parametrize("configured", ["https://example.org", "ftp://x.onion", "x.onion"])
def test_an_onion_setting_that_is_no_onion_address_stops_start_up(configured: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="STORYSHARE_ONION_URL"):
        onion_url(configured)
