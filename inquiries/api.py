from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from inquiries import selectors, services
from inquiries.models import ConversationStatus
from inquiries.serializers import (
    ConversationDetailSerializer,
    ConversationSerializer,
    KnowledgeArticleSerializer,
    MessageSerializer,
)
from tenants.drf import ApiError, TenantGenericAPIView, created

CLOSED_MESSAGE = _("The conversation is closed.")
UNKNOWN_STATUS = _("Unknown status; use one of: %(choices)s.")


class ConversationListView(TenantGenericAPIView):
    serializer_class = ConversationSerializer

    def get(self, request):
        status = request.query_params.get("status") or None
        if status is not None and status not in ConversationStatus.values:
            raise ApiError(
                "invalid",
                details={"status": [str(UNKNOWN_STATUS) % {"choices": ", ".join(ConversationStatus.values)}]},
            )
        page = self.paginate_queryset(selectors.conversation_list(status=status))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class ConversationDetailView(TenantGenericAPIView):
    serializer_class = ConversationDetailSerializer

    def get(self, request, pk: int):
        return Response(self.get_serializer(selectors.conversation_get(pk)).data)


class ReplySerializer(serializers.Serializer):
    text = serializers.CharField(max_length=4000, trim_whitespace=True)


class ConversationReplyView(TenantGenericAPIView):
    """An agent's reply from an integration (help desk, CRM): delivered to the chat or by e-mail."""

    serializer_class = ReplySerializer

    @extend_schema(request=ReplySerializer, responses={201: MessageSerializer})
    def post(self, request, pk: int):
        conversation = selectors.conversation_get(pk)
        if conversation.status == ConversationStatus.CLOSED:
            raise ApiError("conversation_closed", str(CLOSED_MESSAGE), status_code=409)
        payload = self.get_serializer(data=request.data)
        payload.is_valid(raise_exception=True)
        message = services.agent_reply(conversation=conversation, actor=self.actor, text=payload.validated_data["text"])
        return created(MessageSerializer(message).data)


class ConversationCloseView(TenantGenericAPIView):
    serializer_class = ConversationSerializer

    @extend_schema(request=None, responses={200: ConversationSerializer})
    def post(self, request, pk: int):
        conversation = selectors.conversation_get(pk)
        services.conversation_close(conversation=conversation, actor=self.actor)
        return Response(self.get_serializer(selectors.conversation_get(pk)).data)


class ArticleListView(TenantGenericAPIView):
    serializer_class = KnowledgeArticleSerializer

    def get(self, request):
        page = self.paginate_queryset(selectors.article_list())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(request=KnowledgeArticleSerializer, responses={201: KnowledgeArticleSerializer})
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        article = services.article_save(tenant=self.tenant, actor=self.actor, **serializer.validated_data)
        return created(self.get_serializer(article).data)


class ArticleDetailView(TenantGenericAPIView):
    serializer_class = KnowledgeArticleSerializer

    def get(self, request, pk: int):
        return Response(self.get_serializer(selectors.article_get(pk)).data)

    def patch(self, request, pk: int):
        article = selectors.article_get(pk)
        serializer = self.get_serializer(article, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        article = services.article_save(
            tenant=self.tenant, actor=self.actor, article=article, **serializer.validated_data
        )
        return Response(self.get_serializer(article).data)

    def delete(self, request, pk: int):
        services.article_delete(tenant=self.tenant, actor=self.actor, article=selectors.article_get(pk))
        return Response(status=204)
