from tests.workflow.conftest import world  # noqa: F401 - the same small newsroom
