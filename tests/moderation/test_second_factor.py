"""The authenticator-app code at the admin login: a typo costs nothing, guessing is slowed,
and a moderator with one app never sees a menu of devices."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.second_factor import seconds_to_wait
from tests.conftest import MODERATOR_PASSWORD
from tests.moderation.test_moderator_security import QUEUE_URL, code, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def device(moderator: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=moderator, name="authenticator app", confirmed=True)


def let_time_pass(device: TOTPDevice, seconds: float) -> None:
    """Move the last wrong code ``seconds`` into the past, as if the moderator had waited."""
    device.refresh_from_db()
    if device.throttling_failure_timestamp is not None:
        device.throttling_failure_timestamp -= datetime.timedelta(seconds=seconds)
        device.save(update_fields=["throttling_failure_timestamp"])


def type_wrong_codes(client: Client, device: TOTPDevice, count: int) -> None:
    """``count`` wrong codes in a row, each one checked (the moderator waits between them)."""
    for _ in range(count):
        response = log_in(client, MODERATOR_PASSWORD, code(device, offset=1))
        assert "is not the one your authenticator app shows now" in response.content.decode()
        let_time_pass(device, 24 * 60 * 60)


def page_text(response) -> str:
    return response.content.decode()


def test_one_wrong_code_then_the_right_one_at_once_logs_in(device: TOTPDevice) -> None:
    client = Client()
    wrong = log_in(client, MODERATOR_PASSWORD, code(device, offset=1))
    assert wrong.status_code == 200
    assert "That code is not the one your authenticator app shows now" in page_text(wrong)
    right = log_in(client, MODERATOR_PASSWORD, code(device))
    assert right.status_code == 302 and right["Location"] == QUEUE_URL
    assert client.get(QUEUE_URL).status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_two_wrong_codes_then_the_right_one_at_once_logs_in(device: TOTPDevice) -> None:
    client = Client()
    for _ in range(2):
        log_in(client, MODERATOR_PASSWORD, code(device, offset=1))
    assert log_in(client, MODERATOR_PASSWORD, code(device)).status_code == 302
    assert client.get(QUEUE_URL).status_code == 200


def seconds_asked_to_wait(response) -> int:
    found = re.search(r"Too many wrong codes in a row\. Wait (\d+) seconds?", page_text(response))
    assert found, page_text(response)
    return int(found.group(1))


def test_seven_wrong_codes_in_a_row_make_even_the_right_one_wait(device: TOTPDevice) -> None:
    client = Client()
    type_wrong_codes(client, device, 7)
    let_time_pass(device, -24 * 60 * 60)  # back to the moment of the seventh wrong code

    refused = log_in(client, MODERATOR_PASSWORD, code(device))
    assert refused.status_code == 200
    # 16 seconds after the seventh (1, 2, 4, 8, 16), less the time this login took.
    assert 10 <= seconds_asked_to_wait(refused) <= 16
    assert client.get(QUEUE_URL).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 7  # a code sent while waiting is not even checked

    let_time_pass(device, 16)
    assert log_in(client, MODERATOR_PASSWORD, code(device)).status_code == 302
    assert client.get(QUEUE_URL).status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_a_wrong_code_sent_while_waiting_is_refused_unchecked(device: TOTPDevice) -> None:
    client = Client()
    type_wrong_codes(client, device, 7)
    let_time_pass(device, -24 * 60 * 60)
    refused = log_in(client, MODERATOR_PASSWORD, code(device, offset=1))
    assert seconds_asked_to_wait(refused) >= 10
    device.refresh_from_db()
    assert device.throttling_failure_count == 7


def test_the_wait_doubles_with_each_wrong_code_past_two_and_stops_at_a_day() -> None:
    last = timezone.now()
    waits = [
        seconds_to_wait(
            TOTPDevice(throttling_failure_count=count, throttling_failure_timestamp=last), now=last
        )
        for count in range(8)
    ]
    assert waits == [0, 0, 0, 1, 2, 4, 8, 16]
    endless = TOTPDevice(throttling_failure_count=10**9, throttling_failure_timestamp=last)
    assert seconds_to_wait(endless, now=last) == 24 * 60 * 60
    assert seconds_to_wait(endless, now=last + datetime.timedelta(days=1)) == 0


def test_a_moderator_with_one_app_never_sees_a_menu_of_devices(device: TOTPDevice) -> None:
    client = Client()
    html = page_text(log_in(client, MODERATOR_PASSWORD, code(device, offset=1)))
    assert "errornote" in html
    assert 'name="otp_device"' not in html
    assert "Authenticator:" not in html and "---------" not in html
    assert 'name="otp_token"' in html


def test_a_moderator_with_two_apps_chooses_the_one_the_code_comes_from(
    device: TOTPDevice, moderator: User
) -> None:
    TOTPDevice.objects.create(user=moderator, name="spare phone", confirmed=True)
    client = Client()
    html = page_text(log_in(client, MODERATOR_PASSWORD, code(device)))
    assert "Choose the authenticator app the code comes from" in html
    assert 'name="otp_device"' in html and "spare phone" in html
    data = {
        "username": "mod",
        "password": MODERATOR_PASSWORD,
        "otp_device": device.persistent_id,
        "otp_token": code(device),
        "next": QUEUE_URL,
    }
    assert client.post("/admin/login/", data).status_code == 302
    assert client.get(QUEUE_URL).status_code == 200


def test_a_staff_account_without_an_app_is_told_how_to_get_one(moderator: User) -> None:
    client = Client()
    html = page_text(log_in(client, MODERATOR_PASSWORD, "123456"))
    assert "This account has no authenticator app yet" in html
    assert "addtotp" in html
    assert client.get(QUEUE_URL).status_code == 302
