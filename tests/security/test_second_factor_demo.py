"""`make run` stays a one-command demo: the start-up output says how to pass the second factor."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from demo.accounts import DEMO_PASSWORD
from tests.factories import log_in_password_only
from tests.security.conftest import app_code

pytestmark = pytest.mark.django_db


def demo_output():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_the_printed_key_of_a_demo_account_passes_the_second_factor(client, settings):
    settings.DEBUG = True
    output = demo_output()
    line = next(line for line in output.splitlines() if "humas.permisan" in line)
    key = re.search(r"kunci ([A-Z2-7 ]+)$", line).group(1).replace(" ", "")
    assert re.search(r"kode sekarang \d{6}", line)
    user = get_user_model().objects.get(username="humas.permisan")
    log_in_password_only(client, user, DEMO_PASSWORD)
    response = client.post(reverse("twofactor:verify"), {"code": app_code(key)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_every_demo_account_has_a_line_and_a_second_run_keeps_the_keys(settings):
    settings.DEBUG = True
    first = demo_output()
    second = demo_output()
    keys = lambda text: re.findall(r"kunci ([A-Z2-7 ]+)$", text, re.M)  # noqa: E731
    assert len(keys(first)) >= 5
    assert keys(first) == keys(second)


def test_demo_codes_prints_the_current_codes_in_development_only(settings):
    settings.DEBUG = True
    demo_output()
    out = io.StringIO()
    call_command("demo_codes", stdout=out)
    assert re.search(r"admin\s+kode sekarang \d{6}", out.getvalue())
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_codes", stdout=io.StringIO())
