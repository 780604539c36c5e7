"""Production settings refuse to start without their secrets, and pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_stops_with_a_message():
    result = run_manage("check", DEBUG="false", ALLOWED_HOSTS="warta.contoh.go.id")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_without_allowed_hosts_stops_with_a_message():
    result = run_manage("check", DEBUG="false", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="k3#Jd8!sla0-QpZ2@vnX7^ub4Rw9&eTm1Yc6*oLh5Fg)Ai+Ns_" + "x" * 20,
        ALLOWED_HOSTS="warta.contoh.go.id",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def printed_settings(*names, **env):
    code = "from django.conf import settings; " + "; ".join(
        f"print(repr(settings.{n}))" for n in names
    )
    result = run_manage("shell", "--no-imports", "-c", code, DEBUG="true", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_mail_timeout_admins_and_staff_idle_time_come_from_the_environment():
    assert printed_settings("EMAIL_TIMEOUT", "ADMINS", "SESSION_COOKIE_AGE") == [
        "10.0",
        "[]",
        str(8 * 3600),
    ]
    assert printed_settings(
        "EMAIL_TIMEOUT",
        "ADMINS",
        "SESSION_COOKIE_AGE",
        EMAIL_TIMEOUT="4",
        ADMINS="Tim TI <ti@contoh.go.id>, ops@contoh.go.id",
        STAFF_IDLE_HOURS="0.5",
    ) == [
        "4.0",
        "[('Tim TI', 'ti@contoh.go.id'), ('', 'ops@contoh.go.id')]",
        "1800",
    ]
