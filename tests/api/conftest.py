import pytest


@pytest.fixture
def api(client):
    """GET an API path (below /api/v1/) with query parameters; the response, JSON checked."""

    def get(path, status=200, **params):
        response = client.get(f"/api/v1/{path}", params)
        assert response.status_code == status, response.content[:500]
        assert response["Content-Type"].startswith("application/json")
        return response

    return get
