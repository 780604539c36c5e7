"""The desk tests use the workflow tests' small newsroom (two Central Java units, one in Jakarta)."""

from tests.workflow.conftest import _fast_passwords, world  # noqa: F401 - fixtures
