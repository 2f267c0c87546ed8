"""Knowledge retrieval: PostgreSQL full-text search with the article's language, a scored fallback elsewhere.

Questions are long and articles short, so terms are OR-ed and ranked rather than AND-ed.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection

from inquiries.models import KnowledgeArticle

PG_CONFIG = {"de": "german", "en": "english"}
WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = set(
    """der die das und oder ich sie wir ihr ein eine einen einem einer ist sind bin war wie was wann wo warum
    kann können muss müssen mein meine meinen bei mit von vom zu zum zur für auf aus an am im in ist es nicht
    noch auch nur schon ja nein bitte danke hallo guten tag the a an and or i you we is are was how what when
    where why can could my me with from to for on at in it not please thanks hello hi do does of have has""".split()
)
SUFFIXES = ("ungen", "ung", "en", "er", "es", "e", "n", "s", "ing", "ed")


@dataclass(frozen=True)
class Passage:
    id: str
    title: str
    text: str
    url: str


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return list(dict.fromkeys(_stem(w) for w in words if w not in STOPWORDS and len(w) > 2))


def _as_passage(article: KnowledgeArticle) -> Passage:
    return Passage(id=f"kb-{article.pk}", title=article.title, text=article.body, url=article.url)


def search(question: str, language: str, limit: int = 3) -> list[Passage]:
    """The best-matching published articles of the current tenant, best first; empty when nothing matches."""
    query_terms = terms(question)
    if not query_terms:
        return []
    articles = KnowledgeArticle.objects.filter(published=True)
    if connection.vendor == "postgresql":
        return _search_postgres(articles, query_terms, language, limit)
    return _search_fallback(articles, query_terms, limit)


def _search_postgres(articles, query_terms, language, limit):
    config = PG_CONFIG.get(language, "simple")
    query = None
    for term in query_terms:
        part = SearchQuery(term, config=config, search_type="plain") | SearchQuery(
            term + ":*", config="simple", search_type="raw"
        )
        query = part if query is None else query | part
    vector = SearchVector("title", weight="A", config=config) + SearchVector("body", weight="B", config=config)
    ranked = articles.annotate(rank=SearchRank(vector, query)).filter(rank__gt=0.01).order_by("-rank", "pk")[:limit]
    return [_as_passage(a) for a in ranked]


def _search_fallback(articles, query_terms, limit):
    wanted = set(query_terms)
    scored = []
    for article in articles:
        title_terms = set(terms(article.title))
        body_terms = set(terms(article.body))
        score = 2 * len(wanted & title_terms) + len(wanted & body_terms)
        score += sum(1 for t in wanted for b in title_terms | body_terms if t != b and len(t) >= 5 and b.startswith(t))
        if score:
            scored.append((score, -article.pk, article))
    scored.sort(reverse=True, key=lambda row: (row[0], row[1]))
    return [_as_passage(a) for _, _, a in scored[:limit]]
