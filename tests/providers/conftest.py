"""The contract suite runs once per SDK-backed provider kind, each against its fake server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .helpers import FAKES, Setup, short_config


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy configured in the environment would otherwise receive the calls to 127.0.0.1.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(params=list(FAKES))
def setup(request: pytest.FixtureRequest) -> Iterator[Setup]:
    kind = request.param
    with FAKES[kind]() as server:
        yield Setup(kind, server, short_config(kind, server.base_url))
