import re
import time

import pyotp
import pytest

from newsroom import permissions
from tests.factories import staff_user


@pytest.fixture
def officer(db):
    return staff_user("humas.uji", permissions.OFFICER_GROUP)


def typed_key(page_html):
    """The key an enrolment page shows for typing, without its spaces."""
    return re.search(r'id="twofactor-key">([A-Z2-7 ]+)<', page_html).group(1).replace(" ", "")


def app_code(key, *, seconds_ago=0):
    """What an authenticator app given this key shows now (or showed that long ago)."""
    return pyotp.TOTP(key).at(time.time() - seconds_ago)
