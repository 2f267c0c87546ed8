"""Django's own German addresses the reader informally ("Gib eine gültige E-Mail Adresse an."); Klardesk's
customers are addressed formally. Listing Django's msgids here lets `make messages` pick them up, and
locale/de (first in LOCALE_PATHS) re-translates them."""

from django.utils.translation import gettext_noop

DJANGO_MSGIDS = (gettext_noop("Enter a valid email address."), gettext_noop("Enter a valid URL."))
