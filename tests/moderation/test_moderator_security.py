"""Moderator logins: a second factor (TOTP), lockout after failed passwords, and no trace of
the client (address, user agent) in any table or log line."""

from __future__ import annotations

import logging

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import MODERATOR_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
QUEUE_URL = "/admin/stories/submission/"
ADDRESS = "203.0.113.77"
USER_AGENT = "DistinctiveBrowser/9.9 (storyshare-lockout-test)"


@pytest.fixture
def device(moderator: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=moderator, name="phone", confirmed=True)


def code(device: TOTPDevice, *, offset: int = 0) -> str:
    """The code the moderator's authenticator app shows now (``offset`` makes a wrong one)."""
    value = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{(value + offset) % 10**device.digits:0{device.digits}d}"


def log_in(client: Client, password: str, token: str, **meta: str):
    data = {"username": "mod", "password": password, "otp_token": token, "next": QUEUE_URL}
    return client.post(LOGIN_URL, data, **meta)


def test_the_login_form_asks_for_a_code_from_an_authenticator_app(client: Client) -> None:
    html = client.get(LOGIN_URL).content.decode()
    assert 'name="password"' in html and 'name="otp_token"' in html


def test_a_moderator_with_only_a_password_cannot_open_the_queue(moderator: User) -> None:
    client = Client()
    client.force_login(moderator)  # a password login, no code
    response = client.get(QUEUE_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_the_right_password_with_a_wrong_code_is_refused(device: TOTPDevice) -> None:
    client = Client()
    response = log_in(client, MODERATOR_PASSWORD, code(device, offset=1))
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert client.get(QUEUE_URL).status_code == 302


def test_the_right_password_without_a_code_is_refused(device: TOTPDevice) -> None:
    client = Client()
    assert log_in(client, MODERATOR_PASSWORD, "").status_code == 200
    assert client.get(QUEUE_URL).status_code == 302


def test_the_right_password_and_code_open_the_queue(device: TOTPDevice) -> None:
    client = Client()
    response = log_in(client, MODERATOR_PASSWORD, code(device))
    assert response.status_code == 302
    assert response["Location"] == QUEUE_URL
    assert client.get(QUEUE_URL).status_code == 200


def test_a_code_from_another_users_device_is_refused(device: TOTPDevice) -> None:
    other = User.objects.create_user("other", password="y" * 20, is_staff=True)
    other_device = TOTPDevice.objects.create(user=other, name="phone", confirmed=True)
    client = Client()
    assert log_in(client, MODERATOR_PASSWORD, code(other_device)).status_code == 200
    assert client.get(QUEUE_URL).status_code == 302


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(
    device: TOTPDevice,
) -> None:
    client = Client()
    for _ in range(4):
        assert log_in(client, "wrong-password", code(device)).status_code == 200
    fifth = log_in(client, "wrong-password", code(device))
    assert fifth.status_code == 429
    assert "This moderator login is locked" in fifth.content.decode()
    sixth = log_in(client, MODERATOR_PASSWORD, code(device))
    assert sixth.status_code == 429
    assert "This moderator login is locked" in sixth.content.decode()
    assert client.get(QUEUE_URL).status_code == 302
    assert AccessAttempt.objects.get().username == "mod"


def test_a_guesser_elsewhere_locks_only_themselves_out(device: TOTPDevice) -> None:
    for _ in range(5):
        log_in(Client(), "wrong-password", "123456", REMOTE_ADDR="198.51.100.1")
    guesser = Client()
    response = log_in(guesser, MODERATOR_PASSWORD, code(device), REMOTE_ADDR="198.51.100.1")
    assert response.status_code == 429
    moderator = Client()
    response = log_in(moderator, MODERATOR_PASSWORD, code(device), REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302
    assert moderator.get(QUEUE_URL).status_code == 200
    # Axes knows the client only by the hourly tag: an address, but no one's.
    stored = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert stored and all(address.startswith("fd") for address in stored)


def test_a_lockout_leaves_no_address_or_user_agent_in_any_table_or_log(
    device: TOTPDevice, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    meta = {"REMOTE_ADDR": ADDRESS, "HTTP_USER_AGENT": USER_AGENT, "HTTP_ACCEPT": USER_AGENT}
    client = Client()
    for _ in range(6):
        log_in(client, "wrong-password", code(device), **meta)
    # A successful login and logout by someone else, from the same client, for the access log.
    admin = User.objects.create_superuser("root", password="z" * 20)
    admin_device = TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)
    data = {"username": "root", "password": "z" * 20, "otp_token": code(admin_device)}
    assert client.post(LOGIN_URL, data, **meta).status_code == 302
    client.post("/admin/logout/", **meta)

    assert AccessAttempt.objects.filter(username="mod").exists()  # axes did record the lockout
    dump = dump_every_table()
    assert "mod" in dump  # the dump does contain the data
    assert ADDRESS not in dump
    assert USER_AGENT not in dump
    assert "DistinctiveBrowser" not in dump
    assert caplog.records, "axes logged nothing: this test would prove nothing about logs"
    assert ADDRESS not in caplog.text and "DistinctiveBrowser" not in caplog.text


def dump_every_table() -> str:
    rows: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(rows)
