from tests.workflow.conftest import _fast_passwords, world  # noqa: F401
