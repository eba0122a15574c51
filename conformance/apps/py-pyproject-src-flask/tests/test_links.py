from linkshort import create_app


def test_shorten_and_follow():
    client = create_app().test_client()
    code = client.post("/api/links", json={"url": "https://example.org/a"}).get_json()["code"]
    assert client.get("/" + code).headers["Location"] == "https://example.org/a"
