"""A live Daphne server for tests that need a real socket or a real browser."""

from channels.testing import ChannelsLiveServerTestCase
from daphne.testing import DaphneProcess
from django.db import connections


class FreshConnectionsDaphneProcess(DaphneProcess):
    """The forked server must not reuse the database handles it inherited from the test process."""

    def run(self):
        for connection in connections.all(initialized_only=True):
            connection.connection = None
        super().run()


class LiveServerTestCase(ChannelsLiveServerTestCase):
    ProtocolServerProcess = FreshConnectionsDaphneProcess
