from django.urls import path

from inquiries import api
from inquiries.api_email import InboundEmailView

urlpatterns = [
    path("inbound-email", InboundEmailView.as_view(), name="api-inbound-email"),
    path("conversations/", api.ConversationListView.as_view(), name="api-conversations"),
    path("conversations/<int:pk>/", api.ConversationDetailView.as_view(), name="api-conversation"),
    path("conversations/<int:pk>/reply/", api.ConversationReplyView.as_view(), name="api-conversation-reply"),
    path("conversations/<int:pk>/close/", api.ConversationCloseView.as_view(), name="api-conversation-close"),
    path("knowledge/", api.ArticleListView.as_view(), name="api-articles"),
    path("knowledge/<int:pk>/", api.ArticleDetailView.as_view(), name="api-article"),
]
