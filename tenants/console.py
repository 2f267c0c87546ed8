"""Console access: a logged-in member of the current tenant, with one of the roles a view names."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

ALL_ROLES = ("owner", "admin", "agent", "dpo")
MANAGERS = ("owner", "admin")
LEGAL = ("owner", "admin", "dpo")


def console_view(roles=ALL_ROLES):
    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.membership is None or request.membership.role not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
