from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from inquiries import selectors, services
from inquiries.serializers import ConversationDetailSerializer, ConversationSerializer, KnowledgeArticleSerializer
from tenants.drf import TenantGenericAPIView, created


class ConversationListView(TenantGenericAPIView):
    serializer_class = ConversationSerializer

    def get(self, request):
        page = self.paginate_queryset(selectors.conversation_list(status=request.query_params.get("status")))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class ConversationDetailView(TenantGenericAPIView):
    serializer_class = ConversationDetailSerializer

    def get(self, request, pk: int):
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
