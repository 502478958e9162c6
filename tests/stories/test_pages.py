"""/about/, the 404 and 500 pages, and the landmarks every public page shares."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.wsgi import get_wsgi_application
from django.template import engines
from django.test import Client, RequestFactory

from stories.models import Story

pytestmark = pytest.mark.django_db


def test_the_about_page_says_why_storyshare_exists(client: Client) -> None:
    response = client.get("/about/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Why storyshare exists</h1>" in html
    assert "NDA" in html and "push back" in html
    assert 'href="/privacy/"' in html and 'href="/share/"' in html


def test_an_unknown_page_gets_a_helpful_404(client: Client) -> None:
    response = client.get("/no/such/page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "We could not find that page" in html
    assert 'name="q"' in html and 'href="/"' in html


def test_the_500_page_renders_without_context_processors_or_database(
    django_assert_num_queries,
) -> None:
    template = engines["django"].get_template("500.html")
    with django_assert_num_queries(0):
        html = template.render()  # what django.views.defaults.server_error does: no request
    assert "Something went wrong on our side" in html
    assert "{%" not in html and "{{" not in html


def test_a_server_error_shows_the_500_page(make_story: Callable[..., Story], settings) -> None:
    client = Client(raise_request_exception=False)
    settings.ROOT_URLCONF = "tests.stories.urls_that_fail"
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/about/", "/insights/", "/most-shared/", "/privacy/"])
def test_every_public_page_has_landmarks_a_skip_link_and_one_h1(
    client: Client, url: str, make_story: Callable[..., Story]
) -> None:
    make_story()
    html = client.get(url).content.decode()
    assert '<a class="visually-hidden-focusable skip-link" href="#main">' in html
    assert '<main id="main"' in html and "<header" in html and "<footer" in html
    assert '<nav class="container' in html and 'aria-label="Main"' in html
    assert html.count("<h1") == 1
    assert 'href="/about/"' in html and 'href="/privacy/"' in html


def _page_served_under(script_name: str, path: str) -> str:
    """The page as the WSGI handler serves it (the test client ignores SCRIPT_NAME)."""
    environ = RequestFactory().get(path, SCRIPT_NAME=script_name).environ
    started: list[str] = []
    body = get_wsgi_application()(environ, lambda status, headers: started.append(status))
    return b"".join(body).decode()


def test_the_header_and_footer_links_follow_the_prefix_the_site_is_served_under() -> None:
    # {% link %} keeps each address once per process: under its URLconf and script prefix.
    plain = _page_served_under("", "/share/")
    mounted = _page_served_under("/mounted", "/share/")
    again = _page_served_under("", "/share/")
    for name in ("privacy", "about", "status", "data", "share"):
        assert f'href="/{name}/"' in plain and f'href="/{name}/"' in again
        assert f'href="/mounted/{name}/"' in mounted and f'href="/{name}/"' not in mounted
