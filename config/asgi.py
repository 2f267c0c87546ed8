import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402  (needs the app registry)
from django.urls import re_path  # noqa: E402

from inquiries.consumers import ChatConsumer, UnknownPathConsumer  # noqa: E402
from tenants.middleware import WidgetKeyChannelsMiddleware  # noqa: E402

websocket_urlpatterns = [
    re_path(r"^ws/chat/(?P<widget_key>[\w-]+)/?$", ChatConsumer.as_asgi()),
    re_path(r"", UnknownPathConsumer.as_asgi()),  # "/ws/chat/?key=…" or any other path: refused, no 500
]

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": WidgetKeyChannelsMiddleware(URLRouter(websocket_urlpatterns)),
    }
)
